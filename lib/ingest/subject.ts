import type { Article } from "./article";
import { PLACES, SPEECH_PARTICIPLES, SPEECH_VERBS, TITLE_WORDS, VERB_PRELUDE, WEEKDAYS } from "./lexicon";
import { phraseEndingAt, phraseStartingAt, type Mention } from "./names";
import type { Token } from "./nlp";

// Who does what in a sentence: the subject of a verb read backwards from it, past the appositives,
// places and relative clauses wire copy puts between a name and its "said".

export const PASSIVE_AUX = new Set(["was", "were", "is", "are", "been", "being", "be"]);
const COPULAS = new Set(["was", "is", "were", "are"]);
export const RELATIVES = new Set(["who", "whose", "which", "where", "when", "whom"]);
export const LOCATIVES = new Set(["in", "of", "from", "at"]);
export const MAX_APPOSITIVE = 24;
const MAX_SEGMENTS = 4;

/** A verb that attributes words ("said", "insisted", "dismissed … as"), as the tagger reads it here. */
export function isSpeechVerb(token: Token | undefined): boolean {
  if (!token || !SPEECH_VERBS.has(token.lower)) return false;
  // The tagger sometimes reads "says"/"claims"/"calls" as nouns; "said"/"told" are never nouns.
  return token.pos === "VERB" || token.pos === "AUX" || /^(said|says|told|added|wrote)$/.test(token.lower);
}

/** A full stop, semicolon or colon that ends a clause; not the dot of "R-Ky." before its comma. */
export function isClauseStop(tokens: Token[], index: number): boolean {
  const text = tokens[index]!.text;
  if (text === ";" || text === ":") return true;
  return text === "." && tokens[index + 1]?.text !== "," && !/^\p{Lu}[\p{L}]{0,2}$/u.test(tokens[index - 1]?.text ?? "");
}

/** A speaker phrase, not a bare "who" whose antecedent was not found. */
export function acceptable(mention: Mention | null): mention is Mention {
  return mention !== null && mention.kind !== "relative";
}

/** The role an appositive gives when it reads as one ("the deputy head of the delegation", "a spokeswoman for …"). */
export function appositiveRole(article: Article, first: number, end: number): string | null {
  const { tokens, text } = article;
  if (end <= first) return null;
  const opener = tokens[first]!;
  const words = tokens.slice(first, end);
  const readsAsRole = /^(the|a|an)$/.test(opener.lower) || words.some((token) => TITLE_WORDS.has(token.lower));
  if (!readsAsRole || RELATIVES.has(opener.lower) || words.some((token) => (token.pos === "VERB" || token.pos === "AUX") && !TITLE_WORDS.has(token.lower))) return null;
  return text.slice(tokens[first]!.start, tokens[end - 1]!.end).replace(/^(the|a|an)\s+/i, "");
}

/** "has not said", "did n't tell", "never said": no statement to attribute. */
export function isNegated(tokens: Token[], verb: number): boolean {
  for (let index = verb - 1; index >= 0 && verb - index <= 3; index--) {
    const word = tokens[index]!.lower;
    if (word === "not" || word === "n't" || word === "n’t" || word === "never") return true;
    if (!VERB_PRELUDE.has(word)) return false;
  }
  return false;
}

/** Skips words between a subject and its verb, backwards; returns the exclusive end of the subject. */
function skipPreludeBackward(tokens: Token[], index: number, floor: number): number {
  while (index > floor) {
    const token = tokens[index - 1]!;
    if (VERB_PRELUDE.has(token.lower) || WEEKDAYS.has(token.lower)) index--;
    else if (token.lower === "on" && WEEKDAYS.has(tokens[index]?.lower ?? "")) index--;
    else if (token.text === ")") {
      let open = index - 2;
      while (open > floor && tokens[open]!.text !== "(" && index - open < 10) open--;
      if (tokens[open]?.text !== "(") break;
      index = open;
    } else break;
  }
  return index;
}

/** A lone capitalised word with no title, or a body: what "in Tempe", "of the Gard fire service" name. */
function isPlaceLike(mention: Mention): boolean {
  return mention.kind === "body" || (mention.kind === "person" && !mention.role && !mention.name?.includes(" "));
}

/** "Raj Patel in Tempe", "residents of Kyiv": the one before the place. */
function pastPlace(article: Article, mention: Mention, floor: number, sentenceStart: number): Mention {
  const { tokens, text } = article;
  let current = mention;
  // "Judge Ana Reyes of the Northern District": the article before the place is no obstacle.
  const prepositionOf = (mention: Mention) => mention.firstToken - (tokens[mention.firstToken - 1]?.lower === "the" ? 2 : 1);
  while (LOCATIVES.has(tokens[prepositionOf(current)]?.lower ?? "")) {
    const before = phraseEndingAt(tokens, text, prepositionOf(current), floor, sentenceStart);
    if (!before || before.kind === "relative" || before.kind === "pronoun") break;
    // "Lena Amstutz of ETH Zurich told": a name after a named person's "of" is where they work.
    if (!isPlaceLike(current) && !(current.kind === "person" && before.kind === "person" && !before.role)) break;
    // "Analysts at Norberg Capital said": a group nobody names speaks for the firm they work at.
    if (before.kind === "role" && before.indefinite && /^(at|from)$/.test(tokens[prepositionOf(current)]!.lower) && !PLACES.has(current.name?.toLowerCase() ?? "")) break;
    current = before;
  }
  return current;
}

export type Subject = { mention: Mention; role: string | null };

/**
 * The subject of the verb at `verb`: the phrase before it, past appositives ("Bevz, the deputy head
 * of the delegation, said"; "Jordan Pike, a portfolio manager at X, which owns …, asked"), a name
 * in apposition to a description ("The opposition housing spokesman, Oliver Grant, said"), a place
 * ("Raj Patel in Tempe, Arizona, said") and a relative "who".
 */
export function subjectOf(article: Article, verb: number, floor: number, sentenceStart: number): Subject | null {
  const { tokens, text } = article;
  const end = skipPreludeBackward(tokens, verb, floor);
  if (tokens[end - 1]?.text !== ",") {
    const last = phraseEndingAt(tokens, text, end, floor, sentenceStart);
    if (!last) return null;
    if (last.kind === "relative") return antecedentOf(article, last, floor, sentenceStart);
    const mention = firstOfPair(article, last, floor, sentenceStart);
    const identified = mention.kind === "role" ? identifiedBy(article, verb, sentenceStart) : null;
    if (identified) return { mention: identified, role: mention.role };
    return { mention: pastPlace(article, mention, floor, sentenceStart), role: null };
  }
  // Walk back over the comma-enclosed stretches before the verb.
  let segmentEnd = end - 1;
  let role: string | null = null;
  // "The operator, Copperbelt Mining, a venture of X and Y, said": the name in apposition to the opener.
  let namedBody: Mention | null = null;
  for (let count = 0; count < MAX_SEGMENTS; count++) {
    let segmentStart = segmentEnd - 1;
    while (segmentStart >= floor && tokens[segmentStart]!.text !== "," && segmentEnd - segmentStart < MAX_APPOSITIVE) {
      if (isClauseStop(tokens, segmentStart)) return null;
      segmentStart--;
    }
    const opensClause = segmentStart < floor || tokens[segmentStart]?.text !== ",";
    segmentStart = Math.max(segmentStart + 1, floor);
    if (segmentStart >= segmentEnd) return null;
    const mention = phraseEndingAt(tokens, text, segmentEnd, segmentStart, sentenceStart);
    if (opensClause) {
      // "A U.N. official familiar with the talks, who …, said": the phrase opening the clause, before its modifier.
      if (!mention) {
        const opening = openingPhrase(article, segmentStart, segmentEnd, sentenceStart);
        return opening ? { mention: opening, role } : null;
      }
      if (mention.kind === "relative") return antecedentOf(article, mention, floor, sentenceStart);
      if (namedBody && isDescription(tokens, mention)) return { mention: namedBody, role };
      return { mention: pastPlace(article, mention, floor, sentenceStart), role };
    }
    let firstWord = segmentStart;
    while (firstWord < segmentEnd && /^(the|a|an)$/.test(tokens[firstWord]!.lower)) firstWord++;
    const fills = mention !== null && mention.firstToken === firstWord;
    // "Tempe, Arizona": a lone capitalised word after another is a place, not the subject.
    const placePair = mention?.kind === "person" && !mention.role && !mention.name?.includes(" ") && (tokens[segmentStart - 2]?.capitalised ?? false);
    if (fills && mention.kind === "person" && !placePair) return { mention, role: role ?? mention.role };
    if (fills && mention.kind === "body" && mention.endToken === segmentEnd && !isDescription(tokens, mention)) namedBody = mention;
    else namedBody = null;
    role ??= appositiveRole(article, segmentStart, segmentEnd);
    segmentEnd = segmentStart - 1;
  }
  return null;
}

/** "Senator Ana Ruiz and Representative Tom Hill said": the first named stands for both. */
function firstOfPair(article: Article, last: Mention, floor: number, sentenceStart: number): Mention {
  const { tokens, text } = article;
  if (tokens[last.firstToken - 1]?.lower !== "and" || (last.kind !== "person" && last.kind !== "body")) return last;
  const first = phraseEndingAt(tokens, text, last.firstToken - 1, floor, sentenceStart);
  // Two full names of one kind; a lone word before "and" is more likely part of a title ("Governor
  // for Monetary and Economics Sector Lourdes Abad").
  const named = first !== null && first.kind === last.kind && (first.kind === "body" || (first.name?.includes(" ") ?? false));
  // "Smith, Jones and Lee said": a list read from its start is another sentence's business.
  return named && tokens[first.firstToken - 1]?.text !== "," ? first : last;
}

/** "the operator", "the company": a phrase of lowercase words that describes rather than names. */
function isDescription(tokens: Token[], mention: Mention): boolean {
  return (mention.kind === "body" || mention.kind === "role") && !tokens.slice(mention.firstToken, mention.endToken).some((token) => token.capitalised);
}

/** The longest speaker phrase that opens tokens [first, end) ("A U.N. official" of "A U.N. official familiar with the talks"). */
function openingPhrase(article: Article, first: number, end: number, sentenceStart: number): Mention | null {
  for (let limit = end; limit > first; limit--) {
    const mention = phraseStartingAt(article.tokens, article.text, first, limit, sentenceStart);
    if (acceptable(mention) && mention.kind !== "pronoun") return mention;
  }
  return null;
}

/** "The top American was Tyler Haskins": a description identified by a copula is the person it names. */
function identifiedBy(article: Article, verb: number, sentenceStart: number): Mention | null {
  const { tokens, text } = article;
  if (!COPULAS.has(tokens[verb]!.lower)) return null;
  const named = phraseStartingAt(tokens, text, verb + 1, tokens.length, sentenceStart);
  return named?.kind === "person" && named.firstToken === verb + 1 ? named : null;
}

function antecedentOf(article: Article, relative: Mention, floor: number, sentenceStart: number): Subject | null {
  // "…, residents like 90-year-old Liubov Petrivna, who told AP:"
  if (article.tokens[relative.firstToken - 1]?.text !== ",") return null;
  const antecedent = phraseEndingAt(article.tokens, article.text, relative.firstToken - 1, floor, sentenceStart);
  return antecedent && antecedent.kind !== "relative" ? { mention: antecedent, role: null } : null;
}

/**
 * The subject of the nearest verb before token `end` that has one, outside relative clauses
 * (", who …,", ", whose team had led …,").
 */
export function nearestSubject(article: Article, sentenceStart: number, end: number): Subject | null {
  const { tokens, quoted } = article;
  const inRelative = new Uint8Array(Math.max(0, end - sentenceStart));
  let relative = false;
  for (let index = sentenceStart; index < end; index++) {
    const token = tokens[index]!;
    if (token.text === ",") relative = RELATIVES.has(tokens[index + 1]?.lower ?? "");
    inRelative[index - sentenceStart] = relative ? 1 : 0;
  }
  for (let index = end - 1; index >= sentenceStart; index--) {
    const token = tokens[index]!;
    if ((token.pos !== "VERB" && token.pos !== "AUX") || token.capitalised || quoted[index] || inRelative[index - sentenceStart]) continue;
    if (PASSIVE_AUX.has(tokens[index - 1]?.lower ?? "") || SPEECH_PARTICIPLES.has(token.lower)) continue;
    const subject = subjectOf(article, index, sentenceStart, sentenceStart);
    if (!subject || !acceptable(subject.mention)) continue;
    // Inside a "that" clause, "the office had been …" is what was said, not who said it.
    const { mention } = subject;
    const common = mention.kind === "body" && !tokens.slice(mention.firstToken, mention.endToken).some((word) => word.capitalised);
    if (common && tokens.slice(sentenceStart, mention.firstToken).some((word) => word.lower === "that")) continue;
    return subject;
  }
  return null;
}
