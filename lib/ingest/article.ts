import { analyse, type Token } from "./nlp";
import { splitArticleParagraphs, type ArticleParagraph } from "./paragraphs";

/** A sentence of the article, never crossing a line break or a paragraph. `endToken` and `end` are exclusive. */
export type Sentence = {
  index: number;
  paragraph: number;
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
};

/** The article read once: its paragraphs, tokens and sentences, shared by every rule. */
export type Article = {
  text: string;
  paragraphs: ArticleParagraph[];
  tokens: Token[];
  sentences: Sentence[];
  /** 1 for each token inside quotation marks (marks included), once the quotes are known. */
  quoted: Uint8Array;
};

const LOWER_START = /^[\p{Ll}]/u;

function isLineBreak(token: Token): boolean {
  return token.pos === "SPACE" && token.text.includes("\n");
}

/**
 * The model's sentences, cut at line breaks (headlines, summary points and paragraphs are never one
 * sentence with the next) and joined where the model split before a lower-case word (`"Why?" she
 * asked.` is one sentence). A line break before a lower-case word is a hard wrap, not a break.
 */
function sentencesOf(text: string, tokens: Token[], modelSentences: { firstToken: number; endToken: number }[], paragraphs: ArticleParagraph[]): Sentence[] {
  const cuts: { firstToken: number; endToken: number }[] = [];
  for (const span of modelSentences) {
    let first = span.firstToken;
    for (let index = span.firstToken; index < span.endToken; index++) {
      const token = tokens[index]!;
      if (!isLineBreak(token)) continue;
      const next = tokens[index + 1];
      const hardWrap = !token.text.includes("\n\n") && next !== undefined && LOWER_START.test(next.text) && !/\n\s*\n/.test(token.text);
      if (hardWrap) continue;
      cuts.push({ firstToken: first, endToken: index });
      first = index + 1;
    }
    cuts.push({ firstToken: first, endToken: span.endToken });
  }
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const cut of cuts) {
    let first = cut.firstToken;
    let end = cut.endToken;
    while (first < end && tokens[first]!.pos === "SPACE") first++;
    while (end > first && tokens[end - 1]!.pos === "SPACE") end--;
    if (first >= end) continue;
    const start = tokens[first]!.start;
    while (paragraphs[paragraph + 1] && paragraphs[paragraph + 1]!.start <= start) paragraph++;
    const previous = sentences[sentences.length - 1];
    const joinsPrevious =
      previous !== undefined &&
      previous.paragraph === paragraph &&
      !text.slice(previous.end, start).includes("\n") &&
      (LOWER_START.test(tokens[first]!.text) || /^[,;)—–]$/.test(tokens[first]!.text));
    if (joinsPrevious) {
      previous.endToken = end;
      previous.end = tokens[end - 1]!.end;
      continue;
    }
    sentences.push({ index: sentences.length, paragraph, firstToken: first, endToken: end, start, end: tokens[end - 1]!.end });
  }
  return sentences;
}

/** Shorter lines are bylines, datelines and headings, not a column's width of wrapped prose. */
const MIN_WRAPPED_LINE = 30;

/**
 * Hard-wrapped copy breaks lines at a column, mid-sentence: before a lower-case word, or before a
 * capitalised one after a comma or a word no sentence or heading ends on ("a docker from\nValencia,
 * said", "Maria Lopez,\nthe mayor"). A short line (a byline) and a list of headlines or bullets,
 * whose lines end on content words, stand alone.
 */
function isWrappedLine(rawLine: string, next: string): boolean {
  const line = rawLine.trimEnd();
  if (line.length < MIN_WRAPPED_LINE || BULLET.test(line) || BULLET.test(next)) return false;
  if (LOWER_START.test(next)) return true;
  const lastWord = /([\p{L}]+|,)$/u.exec(line)?.[1]?.toLowerCase() ?? "";
  return lastWord === "," || WRAP_WORDS.has(lastWord);
}

/** Words a wrapped line may end on but a heading or a sentence does not. */
const WRAP_WORDS = new Set(
  "a an the and or but of in on at to for from by with as that who which said told according than into over about after before".split(" "),
);

/**
 * The text with each hard wrap read as a space, so the tagger sees one paragraph's sentences whole;
 * same length, so offsets hold. In a paragraph that ends as prose does (".", "?", a closing mark),
 * every line break between lines of some length is a wrap; elsewhere only those `isWrappedLine` reads
 * as mid-sentence, so a block of headlines or a byline keeps its lines.
 */
function unwrapped(text: string, paragraphs: ArticleParagraph[]): string {
  const wraps: number[] = [];
  for (const paragraph of paragraphs) {
    const block = text.slice(paragraph.start, paragraph.end);
    if (!block.includes("\n")) continue;
    const prose = /[.!?"”’)]$/.test(block.trimEnd());
    const lines = block.split("\n");
    let offset = paragraph.start;
    for (let index = 0; index < lines.length - 1; index++) {
      const line = lines[index]!;
      offset += line.length;
      const next = lines[index + 1]!.trimStart().split(/\s/)[0] ?? "";
      if (next && (prose ? isProseLine(line, next) : isWrappedLine(line, next))) wraps.push(offset);
      offset += 1;
    }
  }
  if (!wraps.length) return text;
  const chars = text.split("");
  for (const offset of wraps) chars[offset] = " ";
  return chars.join("");
}

function isProseLine(line: string, next: string): boolean {
  return line.trim().length >= MIN_WRAPPED_LINE && !BULLET.test(line) && !BULLET.test(next);
}

const BULLET = /^\s*[•*·–—-]/;

export function readArticle(text: string): Article {
  const paragraphs = splitArticleParagraphs(text);
  const { tokens, sentences } = analyse(unwrapped(text, paragraphs));
  return { text, paragraphs, tokens, sentences: sentencesOf(text, tokens, sentences, paragraphs), quoted: new Uint8Array(tokens.length) };
}

/** Marks the tokens inside each span (from its opening mark to its closing one) as quoted. */
export function markQuoted(article: Article, spans: { open: number; close: number | null; end: number }[]): void {
  for (const span of spans) {
    const last = span.close ?? span.end - 1;
    for (let index = tokenAt(article, span.open); index < article.tokens.length && article.tokens[index]!.start <= last; index++) article.quoted[index] = 1;
  }
}

/** Index of the first token that starts at or after `offset`. */
export function tokenAt(article: Article, offset: number): number {
  const { tokens } = article;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The sentence holding `offset`, or the last one before it. */
export function sentenceAt(article: Article, offset: number): Sentence | undefined {
  const { sentences } = article;
  let low = 0;
  let high = sentences.length - 1;
  let found: Sentence | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sentences[middle]!.start <= offset) {
      found = sentences[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Pasted pages carry links to other stories ("READ MORE: Trump says Putin 'not happy'"): not this article's words. */
const LINK_LINE = /^\s*[•*-]?\s*(read more|related|see also|more on|watch|listen|recommended|also read)\b\s*[:|—–-]/i;

/** Is `offset` on such a line? */
export function isLinkLine(article: Article, offset: number): boolean {
  const { text } = article;
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = text.indexOf("\n", offset);
  return LINK_LINE.test(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd));
}
