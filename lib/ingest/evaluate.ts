import { z } from "zod";
import { searchWords } from "../search/tokens";
import type { Candidate } from "./candidate";

/**
 * Scoring the article extractor against hand labels (`npm run ingest:eval`, bench/ingest-eval.ts).
 * Pure: candidates and labels in, counts out. The rules are the issue's, made precise here.
 */

const ZLabel = z
  .object({
    paragraph: z.number().int().nonnegative(),
    text: z.string().trim().min(1),
    /** The fullest form of the name the article gives; null when the article names no one. */
    speaker: z.string().trim().min(1).nullable(),
  })
  .strict();

/** A `<name>.labels.json` beside `<name>.txt` under tests/fixtures/ingest/. */
export const ZArticleLabels = z
  .object({
    about: z.string().trim().min(1),
    /** Attributed direct quotes, full or partial: the words between the marks. */
    quotes: z.array(ZLabel),
    /** Attributed figures and reported speech: the whole sentence. */
    figures: z.array(ZLabel),
  })
  .strict();
export type TArticleLabels = z.infer<typeof ZArticleLabels>;
export type TLabel = z.infer<typeof ZLabel>;

/** The rule: the text split on blank lines, numbered from 0. */
export function articleParagraphs(text: string): string[] {
  return text.split(/\n\s*\n/);
}

/**
 * Quote text as compared: curly and straight quotation marks and apostrophes alike, inner runs of
 * whitespace as one space (a quote spanning paragraphs is joined with one space, and line breaks
 * inside a paragraph are layout, not words), trimmed, and trailing `,.;:` and whitespace dropped
 * (`"…concept," Trump said` and `…a "work in progress."` end inside the marks by wire convention).
 */
export function normaliseQuoteText(text: string): string {
  return text
    .replace(/[“”„‟]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s,.;:]+$/, "");
}

// ---------------------------------------------------------------------------------------------
// Speakers

/** Titles and honorifics dropped before a name ("Mr.", "President", "Rep."), lower case without dots. */
const HONORIFICS = new Set(
  (
    "mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father president vice sen senator rep " +
    "representative gov governor gen general col colonel capt captain lt lieutenant sgt sergeant maj major adm admiral " +
    "cmdr commander judge justice mayor minister prime chancellor secretary ambassador king queen prince princess pope " +
    "sheikh chief deputy attorney mp mep rabbi imam cardinal bishop archbishop coach superintendent detective inspector"
  ).split(" "),
);
/** After a name: "Martin Luther King Jr." is King. */
const NAME_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"]);
/** Lower-case words a person's name may hold ("Madeleine de Vries", "Ludwig van Beethoven"). */
const NAME_PARTICLES = new Set(["de", "del", "della", "der", "den", "di", "da", "dos", "du", "la", "le", "van", "von", "ter", "bin", "ibn", "al", "y"]);
/** Words that make a capitalised name a body's rather than a person's ("Home Builders Alliance"). */
const BODY_WORDS = new Set(
  (
    "agency airline airlines airways alliance army assembly association authority bank board bureau cabinet capital center " +
    "centre channel church clinic club coalition college commission committee company confederation congress corporation " +
    "council county court department district embassy federation force foundation fund government group guard hospital " +
    "inc institute index journal league ltd llc magazine media ministry museum network news newspaper office organisation " +
    "organization parliament partners party police post prefecture press project radio report research reuters school " +
    "securities senate service services survey team television times treasury trust union united university"
  ).split(" "),
);
/** Not counted in an acronym ("Institute for the Study of War" is ISW). */
const ACRONYM_SKIP = new Set(["of", "for", "the", "and", "on", "in"]);

/** Folded for comparison: accents stripped, lower case, letters and digits only ("O’Brien" → "obrien"). */
function fold(word: string): string {
  return searchWords(word).join("");
}

/** The words of a name: parentheses ("(R-NE)") and possessive endings dropped, split on spaces. */
function nameWords(name: string): string[] {
  return name
    .replace(/\([^)]*\)/g, " ")
    .replace(/['’]s\b/g, "")
    .split(/[\s,]+/)
    .filter((word) => fold(word) !== "");
}

function withoutHonorifics(words: string[]): string[] {
  let start = 0;
  while (start < words.length - 1 && HONORIFICS.has(fold(words[start]!))) start++;
  let end = words.length;
  while (end > start + 1 && NAME_SUFFIXES.has(fold(words[end - 1]!))) end--;
  return words.slice(start, end);
}

/**
 * The surname: the last word once titles and suffixes are dropped, and once what follows the name
 * is cut off at a comma or a lower-case "of", "at", "from" or "for" ("Captain Jean-Baptiste Morel
 * of the Gard fire service" is Morel, "Bevz, the delegate" is Bevz).
 */
export function surname(name: string): string {
  const words = withoutHonorifics(nameWords(name.split(/,|\s(?:of|at|from|for)\s/)[0]!));
  return words.length ? fold(words[words.length - 1]!) : "";
}

/**
 * A person's name: two to five capitalised words (particles aside), no possessive, none of the
 * words bodies are named with. Everything else (one word, "Ukraine's air force", "the league") is
 * treated as a body's.
 */
export function looksLikePersonName(name: string): boolean {
  if (/['’]s\b/.test(name)) return false;
  const words = withoutHonorifics(nameWords(name));
  if (words.length < 2 || words.length > 5) return false;
  return words.every((word) => {
    const folded = fold(word);
    if (BODY_WORDS.has(folded)) return false;
    return NAME_PARTICLES.has(folded) || /^\p{Lu}/u.test(word);
  });
}

type BodyName = { words: string[]; capitalised: boolean[] };

function bodyName(name: string): BodyName {
  const words = nameWords(name).flatMap((word) => {
    // "U.S." is the letters U and S, as in an acronym; other punctuation only separates.
    const parts = word.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    return parts.map((part) => ({ folded: fold(part), capital: /^\p{Lu}/u.test(part) }));
  });
  while (words.length > 1 && words[0]!.folded === "the") words.shift();
  return { words: words.map((word) => word.folded), capitalised: words.map((word) => word.capital) };
}

function acronymOf(name: BodyName): string {
  return name.words.filter((word, i) => name.capitalised[i] && !ACRONYM_SKIP.has(word)).map((word) => word[0]).join("");
}

function indexOfRun(haystack: string[], needle: string[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** A word that tells one body from another: not "the", "of", nor only a kind of body ("Ministry"). */
function isDistinctive(word: string): boolean {
  return !ACRONYM_SKIP.has(word) && !BODY_WORDS.has(word);
}

/**
 * Bodies: the same words once case, accents, a leading "the" and possessive endings are set
 * aside ("the Kremlin" = "Kremlin"); or one is the other's acronym ("PSA" = "Public Service
 * Association"); or one's words run inside the other's, include a word that is more than a kind of
 * body, and either cover at least half of the other's words or end where it ends ("Bloomberg" =
 * "Bloomberg News", "Health Ministry" = "Peru's Health Ministry", "Meridian" = "Ratings agency
 * Meridian"; but not "Peru" for "Peru's Health Ministry", "Texas" for "Texas Department of State
 * Health Services", nor "the ministry" for "Energy Ministry").
 */
export function bodiesMatch(expected: string, got: string): boolean {
  const a = bodyName(expected);
  const b = bodyName(got);
  if (a.words.length === 0 || b.words.length === 0) return false;
  if (a.words.join(" ") === b.words.join(" ")) return true;
  for (const [short, long] of [
    [a, b],
    [b, a],
  ] as const) {
    if (short.words.length === 1 && short.capitalised[0] && short.words[0]!.length >= 2 && short.words[0] === acronymOf(long)) return true;
    if (short.words.length >= long.words.length || !short.words.some(isDistinctive)) continue;
    const at = indexOfRun(long.words, short.words);
    if (at === -1) continue;
    if (short.words.length * 2 >= long.words.length || at + short.words.length === long.words.length) return true;
  }
  return false;
}

/**
 * Whether the extractor named the labelled speaker. A person: the same surname, case- and
 * accent-insensitive ("Bevz" and "Ukrainian delegate Oleksandr Bevz"). A body: `bodiesMatch`.
 * No speaker in the label matches only no speaker found.
 */
export function speakersMatch(expected: string | null, got: string | null): boolean {
  if (expected === null || got === null) return expected === got;
  if (looksLikePersonName(expected)) return surname(expected) !== "" && surname(expected) === surname(got);
  return bodiesMatch(expected, got);
}

// ---------------------------------------------------------------------------------------------
// Figures

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/**
 * The numbers a sentence states, as canonical strings: digit groups ("464", "1,200" → 1200,
 * "28-point" → 28, "2:05:40" → 2, 5, 40, "12.9") and number words up to ninety ("seven" → 7,
 * "twenty-five" → 20 and 5). Scale words ("million") and ordinals are not numbers here.
 */
export function numbersIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)) found.push(String(Number(match[0].replace(/,/g, ""))));
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const value = NUMBER_WORDS[word];
    if (value !== undefined) found.push(String(value));
  }
  return found;
}

/** Every number of the label among the candidate's, as many times as the label states it. */
function containsNumbers(candidateNumbers: string[], labelNumbers: string[]): boolean {
  const left = [...candidateNumbers];
  return labelNumbers.every((number) => {
    const at = left.indexOf(number);
    if (at === -1) return false;
    left.splice(at, 1);
    return true;
  });
}

/**
 * A figure candidate finds a figure label in the same paragraph when it holds all the label's
 * numbers. A label without numbers (reported speech) is found when one text contains the other,
 * the shorter at least half as long, so a stray fragment does not count.
 */
export function figureFound(label: TLabel, candidate: Candidate): boolean {
  if (candidate.kind !== "figure" || candidate.paragraph !== label.paragraph) return false;
  const labelNumbers = numbersIn(label.text);
  if (labelNumbers.length > 0) return containsNumbers(numbersIn(candidate.text), labelNumbers);
  const a = normaliseQuoteText(label.text).toLowerCase();
  const b = normaliseQuoteText(candidate.text).toLowerCase();
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length > 0 && short.length * 2 >= long.length && long.includes(short);
}

// ---------------------------------------------------------------------------------------------
// Matching and scores

/** Pairs as many labels with candidates as `fits` allows, each used once (augmenting paths). */
function maximumMatching<L, C>(labels: L[], candidates: C[], fits: (label: L, candidate: C) => boolean): Map<number, number> {
  const candidateOf = new Map<number, number>();
  const labelOf = new Map<number, number>();
  const tryLabel = (label: number, seen: Set<number>): boolean => {
    for (let c = 0; c < candidates.length; c++) {
      if (seen.has(c) || !fits(labels[label]!, candidates[c]!)) continue;
      seen.add(c);
      const holder = labelOf.get(c);
      if (holder === undefined || tryLabel(holder, seen)) {
        candidateOf.set(label, c);
        labelOf.set(c, label);
        return true;
      }
    }
    return false;
  };
  for (let label = 0; label < labels.length; label++) tryLabel(label, new Set());
  return candidateOf;
}

export type SpeakerMiss = { label: TLabel; candidate: Candidate };

export type ArticleScore = {
  quoteLabels: number;
  quoteCandidates: number;
  /** Labels matched by a candidate of the same paragraph and text. */
  quotesMatched: number;
  /** Of those, with the speaker right too (end-to-end true positives). */
  speakersRight: number;
  figureLabels: number;
  figureCandidates: number;
  figuresFound: number;
  missedQuotes: TLabel[];
  falseQuotes: Candidate[];
  wrongSpeakers: SpeakerMiss[];
  missedFigures: TLabel[];
};

function sameQuote(label: TLabel, candidate: Candidate): boolean {
  return label.paragraph === candidate.paragraph && normaliseQuoteText(label.text) === normaliseQuoteText(candidate.text);
}

/**
 * One article. Only candidates of kind "quote" count for quotes and only "figure" for figures;
 * a candidate matches at most one label. Among candidates of the same text, those naming the
 * labelled speaker are paired first, so a duplicate quote never costs a right speaker.
 */
export function scoreArticle(candidates: Candidate[], labels: TArticleLabels): ArticleScore {
  const quotes = candidates.filter((candidate) => candidate.kind === "quote");
  const figures = candidates.filter((candidate) => candidate.kind === "figure");

  const rightPairs = maximumMatching(labels.quotes, quotes, (label, candidate) => sameQuote(label, candidate) && speakersMatch(label.speaker, candidate.speaker));
  const usedCandidates = new Set(rightPairs.values());
  const restLabels = labels.quotes.map((label, i) => ({ label, i })).filter(({ i }) => !rightPairs.has(i));
  const restCandidates = quotes.map((candidate, c) => ({ candidate, c })).filter(({ c }) => !usedCandidates.has(c));
  const wrongPairs = maximumMatching(restLabels, restCandidates, (l, c) => sameQuote(l.label, c.candidate));

  const wrongSpeakers: SpeakerMiss[] = [];
  for (const [l, c] of wrongPairs) {
    wrongSpeakers.push({ label: restLabels[l]!.label, candidate: restCandidates[c]!.candidate });
    usedCandidates.add(restCandidates[c]!.c);
  }
  const matchedLabels = new Set([...rightPairs.keys(), ...[...wrongPairs.keys()].map((l) => restLabels[l]!.i)]);
  const figurePairs = maximumMatching(labels.figures, figures, figureFound);

  return {
    quoteLabels: labels.quotes.length,
    quoteCandidates: quotes.length,
    quotesMatched: matchedLabels.size,
    speakersRight: rightPairs.size,
    figureLabels: labels.figures.length,
    figureCandidates: figures.length,
    figuresFound: figurePairs.size,
    missedQuotes: labels.quotes.filter((_, i) => !matchedLabels.has(i)),
    falseQuotes: quotes.filter((_, c) => !usedCandidates.has(c)),
    wrongSpeakers,
    missedFigures: labels.figures.filter((_, i) => !figurePairs.has(i)),
  };
}

export type Counts = Pick<
  ArticleScore,
  "quoteLabels" | "quoteCandidates" | "quotesMatched" | "speakersRight" | "figureLabels" | "figureCandidates" | "figuresFound"
>;

/** Micro-averaging: the counts of every article added up, so each quote weighs the same. */
export function addCounts(scores: Counts[]): Counts {
  const total: Counts = { quoteLabels: 0, quoteCandidates: 0, quotesMatched: 0, speakersRight: 0, figureLabels: 0, figureCandidates: 0, figuresFound: 0 };
  for (const score of scores) for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += score[key];
  return total;
}

/** The measures; null where there is nothing to divide by (no candidates: no precision). */
export type Metrics = {
  precision: number | null;
  recall: number | null;
  speakerAccuracy: number | null;
  endToEndF1: number | null;
  figureRecall: number | null;
};

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export function metricsOf(counts: Counts): Metrics {
  return {
    precision: ratio(counts.quotesMatched, counts.quoteCandidates),
    recall: ratio(counts.quotesMatched, counts.quoteLabels),
    speakerAccuracy: ratio(counts.speakersRight, counts.quotesMatched),
    // A true positive needs the text and the speaker: F1 = 2·TP / (candidates + labels).
    endToEndF1: ratio(2 * counts.speakersRight, counts.quoteCandidates + counts.quoteLabels),
    figureRecall: ratio(counts.figuresFound, counts.figureLabels),
  };
}

/** The targets, for real wire articles the desk has not seen. */
export const TARGETS = {
  precision: 0.95,
  recall: 0.9,
  speakerAccuracy: 0.9,
  endToEndF1: 0.85,
  figureRecall: 0.6,
  msPerArticle: 20,
} as const;

export type TargetCheck = { name: string; target: string; value: number | null; pass: boolean };

export function checkTargets(metrics: Metrics, msPerArticle: number): TargetCheck[] {
  const atLeast = (name: string, key: keyof Metrics): TargetCheck => {
    const value = metrics[key];
    return { name, target: `≥ ${TARGETS[key]}`, value, pass: value !== null && value >= TARGETS[key] };
  };
  return [
    atLeast("quote precision", "precision"),
    atLeast("quote recall", "recall"),
    atLeast("speaker accuracy", "speakerAccuracy"),
    atLeast("end-to-end F1", "endToEndF1"),
    atLeast("figure recall", "figureRecall"),
    { name: "ms per article", target: `< ${TARGETS.msPerArticle}`, value: msPerArticle, pass: msPerArticle < TARGETS.msPerArticle },
  ];
}

// ---------------------------------------------------------------------------------------------
// Labels that fit their article

/** Quotation marks left out when checking that a label is in its article. */
const DOUBLE_MARKS = /["“”„‟]/g;

/**
 * What is wrong with a labels file against its article: a paragraph out of range, or a text not
 * found there after normalising. A quote may run on into the next paragraphs (it must start in
 * its own); the double quotation marks are left out on both sides, since a quote spanning
 * paragraphs is labelled without the continuation's opening mark.
 */
export function labelProblems(article: string, labels: TArticleLabels): string[] {
  const paragraphs = articleParagraphs(article).map((paragraph) => paragraph.replace(DOUBLE_MARKS, ""));
  const problems: string[] = [];
  const check = (kind: string, label: TLabel, mayRunOn: boolean) => {
    const where = `${kind} in paragraph ${label.paragraph} (${JSON.stringify(label.text.slice(0, 50))})`;
    if (label.paragraph >= paragraphs.length) {
      problems.push(`${where}: the article has ${paragraphs.length} paragraphs`);
      return;
    }
    const needle = normaliseQuoteText(label.text.replace(DOUBLE_MARKS, ""));
    const own = normaliseQuoteText(paragraphs[label.paragraph]!);
    const haystack = mayRunOn ? normaliseQuoteText(paragraphs.slice(label.paragraph).join(" ")) : own;
    const at = haystack.indexOf(needle);
    if (at === -1 || at >= own.length) problems.push(`${where}: not found there`);
  };
  for (const label of labels.quotes) check("quote", label, true);
  for (const label of labels.figures) check("figure", label, false);
  return problems;
}
