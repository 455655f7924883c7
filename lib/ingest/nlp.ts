import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * wink-nlp, loaded once per process: loading the model costs tens of milliseconds, reading an
 * article with it about two. Only sentence boundaries and parts of speech are asked for; the
 * model's entities, sentiment and negation would double the time and are not used.
 */
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

export type Token = {
  /** Position among the text's tokens. */
  index: number;
  text: string;
  lower: string;
  /** Universal part-of-speech tag from the model (PROPN, NOUN, VERB, PUNCT, SPACE, …). */
  pos: string;
  start: number;
  end: number;
  /** Begins with an upper-case letter. */
  capitalised: boolean;
};

/** A run of tokens the model reads as one sentence; `end` is exclusive, in tokens and in characters. */
type SentenceSpan = { firstToken: number; endToken: number; start: number; end: number };

export type Analysis = { tokens: Token[]; sentences: SentenceSpan[] };

const UPPER = /^\p{Lu}/u;

/** Capitals that spell a common word: "WHO" (the World Health Organization) is a name, not "who"; "IT", "US" likewise. */
const ACRONYM_WORDS = new Set(["who", "it", "us", "as", "am", "or"]);

function isAcronym(value: string): boolean {
  return value.length >= 2 && value === value.toUpperCase() && ACRONYM_WORDS.has(value.toLowerCase());
}

export function analyse(text: string): Analysis {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value);
  const spaces = doc.tokens().out(its.precedingSpaces);
  const tags = doc.tokens().out(its.pos);
  const tokens: Token[] = [];
  let offset = 0;
  for (let index = 0; index < values.length; index++) {
    const value = values[index]!;
    // wink keeps every character as a token's value or its preceding spaces, so offsets add up exactly.
    offset += spaces[index]!.length;
    tokens.push({
      index,
      text: value,
      lower: value.toLowerCase(),
      pos: isAcronym(value) ? "PROPN" : tags[index]!,
      start: offset,
      end: offset + value.length,
      capitalised: UPPER.test(value),
    });
    offset += value.length;
  }
  const sentences: SentenceSpan[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    const firstToken = tokens[first];
    const lastToken = tokens[last];
    if (!firstToken || !lastToken) continue;
    sentences.push({ firstToken: first, endToken: last + 1, start: firstToken.start, end: lastToken.end });
  }
  return { tokens, sentences };
}
