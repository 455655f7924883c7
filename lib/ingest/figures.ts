import type { Article, Sentence } from "./article";
import { attributionBefore, type Attribution } from "./attribution";
import type { Cast } from "./cast";
import type { Candidate } from "./candidate";
import { MONTHS, NUMBER_WORDS, REPORTING_VERBS } from "./lexicon";
import type { Token } from "./nlp";

const CONFIDENCE = { figure: 0.55, reported: 0.35 } as const;

/** A number that counts something: not a year, a date or a clock time. */
function isFigure(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  if (NUMBER_WORDS.has(token.lower)) return true;
  if (!/\d/.test(token.text)) return false;
  if (/^\d{1,2}:\d\d$/.test(token.text)) return false;
  if (/^(1[89]|20)\d\d$/.test(token.text)) return false;
  const before = tokens[index - 1]?.lower ?? "";
  const after = tokens[index + 1]?.lower ?? "";
  return !MONTHS.has(before) && !MONTHS.has(after);
}

/** Does a reported clause follow the verb ("said that …", "confirmed Moscow remains …")? */
function introducesClause(tokens: Token[], verb: number, limit: number): boolean {
  for (let index = verb + 1; index < Math.min(limit, verb + 9); index++) {
    const token = tokens[index]!;
    if (token.lower === "that") return true;
    if (token.pos === "VERB" || token.pos === "AUX") return index > verb + 1;
    if (token.text === "," || token.text === "." || token.text === ":") return false;
  }
  return false;
}

/** The stretches of the sentence outside quotation marks, as token ranges. */
function outsideQuotes(article: Article, sentence: Sentence): [number, number][] {
  const ranges: [number, number][] = [];
  let first = sentence.firstToken;
  for (let index = sentence.firstToken; index < sentence.endToken; index++) {
    if (!article.quoted[index]) continue;
    if (index > first) ranges.push([first, index]);
    first = index + 1;
  }
  if (first < sentence.endToken) ranges.push([first, sentence.endToken]);
  return ranges;
}

/**
 * Attributed figures: sentences stating numbers on someone's word ("Ukraine's air force said Russia
 * launched 464 drones", "…, according to Mayor Vitalii Klitschko"), and reported speech without
 * quotation marks ("Bevz clarified that …"), the latter less surely. Numbers inside a direct quote
 * do not count: the quote is its own candidate.
 */
export function figureCandidates(article: Article, cast: Cast): Candidate[] {
  const { tokens, text } = article;
  const candidates: Candidate[] = [];
  for (const sentence of article.sentences) {
    const ranges = outsideQuotes(article, sentence);
    const quoted = ranges.length !== 1 || ranges[0]![0] !== sentence.firstToken || ranges[0]![1] !== sentence.endToken;
    let figures = false;
    let attribution: Attribution | null = null;
    for (const [first, end] of ranges) {
      for (let index = first; index < end && !figures; index++) figures = isFigure(tokens, index);
      attribution ??= attributionBefore(article, first, end, sentence.firstToken, false);
    }
    if (!attribution || (quoted && !figures)) continue;
    const verb = attribution.verb === null ? undefined : tokens[attribution.verb];
    const reported = !figures && verb !== undefined && REPORTING_VERBS.has(verb.lower) && introducesClause(tokens, attribution.verb!, sentence.endToken);
    if (!figures && !reported) continue;
    const speaker = cast.resolve(attribution.mention, sentence.start, attribution.appositiveRole);
    if (!speaker.speaker) continue;
    candidates.push({
      kind: "figure",
      text: text.slice(sentence.start, sentence.end),
      speaker: speaker.speaker,
      speakerRole: speaker.role,
      paragraph: sentence.paragraph,
      partial: false,
      confidence: Math.round((figures ? CONFIDENCE.figure : CONFIDENCE.reported) * speaker.certainty * 100) / 100,
      start: sentence.start,
      end: sentence.end,
    });
  }
  return candidates;
}
