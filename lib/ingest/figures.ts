import { isLinkLine, tokenAt, type Article, type Sentence } from "./article";
import { attributionBefore, type Attribution } from "./attribution";
import { isNegated, isSpeechVerb } from "./subject";
import type { Cast } from "./cast";
import type { Candidate } from "./candidate";
import { DOCUMENT_NOUNS, MONTHS, NUMBER_WORDS, REPORTING_VERBS, VERB_PRELUDE, WEEKDAYS } from "./lexicon";
import type { Token } from "./nlp";

const CONFIDENCE = { figure: 0.55, reported: 0.35, unnamed: 0.7 } as const;
/** Verbs an unnamed source states a figure with ("Two people familiar with the matter told Reuters …"). */
const PLAIN_SPEECH = new Set(["said", "says", "told", "tells"]);
const SHOWING = new Set(["show", "shows", "showed", "shown"]);

/** A number that counts something: not a year, a date or a clock time. */
function isFigure(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  if (NUMBER_WORDS.has(token.lower)) return true;
  if (!/\d/.test(token.text)) return false;
  // A name with digits ("A350", "G20", "COVID-19") or a clock time is not a figure.
  if (/\p{L}/u.test(token.text.replace(/^\d+(st|nd|rd|th|s|m|bn|k|km|kg|%)$/i, "")) || /^\d{1,2}:\d\d$/.test(token.text)) return false;
  if (/^(1[89]|20)\d\d$/.test(token.text)) return false;
  const before = tokens[index - 1]?.lower ?? "";
  const after = tokens[index + 1]?.lower ?? "";
  if (MONTHS.has(before) || MONTHS.has(after) || before === "no." || before === "#") return false;
  // An age after a name: "Maria Lopez, 54, said", "said Maria Lopez, 54."
  const age = before === "," && /^\d{1,3}$/.test(token.text) && /^[,.;)]$/.test(after) && (tokens[index - 2]?.capitalised ?? false);
  return !age && !/^\d+-year-old$/.test(token.lower);
}

/**
 * Does the verb report a statement rather than an act: a clause after it ("said that …",
 * "confirmed Moscow remains …"), or it closes or interrupts the sentence ("…, the ministry said.",
 * "Her first bill, she said, would …"), or it is "according to"?
 */
function reportsStatement(tokens: Token[], attribution: Attribution, sentence: Sentence): boolean {
  const verb = attribution.verb;
  if (verb === null) return false;
  if (attribution.via === "according") return true;
  if (!REPORTING_VERBS.has(tokens[verb]!.lower)) return false;
  let after = verb + 1;
  while (after < sentence.endToken && (VERB_PRELUDE.has(tokens[after]!.lower) || WEEKDAYS.has(tokens[after]!.lower) || tokens[after]!.lower === "on")) after++;
  const next = tokens[after];
  if (!next || after >= sentence.endToken || next.text === "." || next.text === ",") return true;
  for (let index = verb + 1; index < Math.min(sentence.endToken, verb + 15); index++) {
    const token = tokens[index]!;
    if (token.lower === "that") return true;
    if ((token.pos === "VERB" || token.pos === "AUX") && !token.capitalised) return index > verb + 1;
    if (token.text === "." || token.text === ":" || token.text === ";") return false;
  }
  return false;
}

/** The stretches of the sentence outside kept quotations, as token ranges. */
function outsideQuotes(sentence: Sentence, quoted: Uint8Array): [number, number][] {
  const ranges: [number, number][] = [];
  let first = sentence.firstToken;
  for (let index = sentence.firstToken; index < sentence.endToken; index++) {
    if (!quoted[index]) continue;
    if (index > first) ranges.push([first, index]);
    first = index + 1;
  }
  if (first < sentence.endToken) ranges.push([first, sentence.endToken]);
  return ranges;
}

/**
 * A "said"/"told" whose subject no rule could read, or what a document "showed": someone unnamed
 * stated it ("Two people familiar with the matter told Reuters …", "Official figures published
 * last week showed …").
 */
function unnamedSource(article: Article, ranges: [number, number][]): Attribution | null {
  const { tokens } = article;
  for (const [first, end] of ranges) {
    for (let index = first; index < end; index++) {
      const token = tokens[index]!;
      const documentShows = SHOWING.has(token.lower) && tokens.slice(first, index).some((word) => DOCUMENT_NOUNS.has(word.lower));
      const speaks = PLAIN_SPEECH.has(token.lower) && isSpeechVerb(token);
      if ((speaks || documentShows) && !isNegated(tokens, index) && !/^(was|were|is|be|been)$/.test(tokens[index - 1]?.lower ?? "")) {
        return { mention: { kind: "role", name: null, role: null, noun: null, indefinite: true, firstToken: index, endToken: index }, appositiveRole: null, via: "before", verb: index };
      }
    }
  }
  return null;
}

/**
 * Attributed figures: sentences stating numbers on someone's word ("Ukraine's air force said Russia
 * launched 464 drones", "…, according to Mayor Vitalii Klitschko"), and reported speech without
 * quotation marks ("Bevz clarified that …"), the latter less surely. Numbers inside a kept direct
 * quote do not count: the quote is its own candidate.
 */
export function figureCandidates(article: Article, cast: Cast, quotes: Candidate[]): Candidate[] {
  const { tokens, text } = article;
  const kept = new Uint8Array(tokens.length);
  for (const quote of quotes) for (let index = tokenAt(article, quote.start); index < tokens.length && tokens[index]!.start < quote.end; index++) kept[index] = 1;
  const candidates: Candidate[] = [];
  for (const sentence of article.sentences) {
    if (isLinkLine(article, sentence.start)) continue;
    const ranges = outsideQuotes(sentence, kept);
    const quoting = ranges.length !== 1 || ranges[0]![0] !== sentence.firstToken || ranges[0]![1] !== sentence.endToken;
    let figures = false;
    let attribution: Attribution | null = null;
    for (const [first, end] of ranges) {
      for (let index = first; index < end && !figures; index++) figures = !article.quoted[index] && isFigure(tokens, index);
      attribution ??= attributionBefore(article, first, end, sentence.firstToken, "statement");
    }
    attribution ??= unnamedSource(article, ranges);
    if (!attribution || (quoting && !figures)) continue;
    if (!figures && !reportsStatement(tokens, attribution, sentence)) continue;
    const speaker = attribution.mention.kind === "role" && attribution.mention.noun === null ? null : cast.resolve(attribution.mention, sentence.start, attribution.appositiveRole);
    const base = figures ? CONFIDENCE.figure : CONFIDENCE.reported;
    candidates.push({
      kind: "figure",
      text: text.slice(sentence.start, sentence.end),
      speaker: speaker?.speaker ?? null,
      speakerRole: speaker?.speaker ? speaker.role : null,
      paragraph: sentence.paragraph,
      partial: false,
      confidence: Math.round(base * (speaker?.speaker ? speaker.certainty : CONFIDENCE.unnamed) * 100) / 100,
      start: sentence.start,
      end: sentence.end,
    });
  }
  return candidates;
}
