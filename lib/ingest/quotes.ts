import type { ArticleParagraph } from "./paragraphs";

/** A run of words between quotation marks, possibly carried over several paragraphs. */
export type QuoteSpan = {
  /** Paragraph where the quote opens, and where it ends (the same unless it is carried on). */
  paragraph: number;
  lastParagraph: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the quote runs to the end of its last paragraph. */
  close: number | null;
  /** The words, one piece per paragraph, joined with one space. */
  text: string;
  /** Offsets of the first word's first character and one past the last word's last character. */
  start: number;
  end: number;
  /** Single marks, found only in headline-like lines. */
  single: boolean;
};

const OPENERS = new Set(["“", "„", "«", '"']);
const CLOSERS: Record<string, string> = { "“": "”\"", "„": "“”\"", "«": "»", '"': "\"”" };
const LEADING_OPENER = /^\s*["“„«]/;
const DOUBLE_MARK = /["“”„«»]/g;

type Piece = { start: number; end: number };
type OpenQuote = { opener: string; open: number; paragraph: number; pieces: Piece[] };

function isSpace(char: string | undefined): boolean {
  return char === undefined || /\s/.test(char);
}

/** Offsets of `piece` without the whitespace at its edges, or null when nothing is left. */
function trimPiece(text: string, start: number, end: number): Piece | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

function makeSpan(text: string, pieces: Piece[], paragraphs: [number, number], open: number, close: number | null, single: boolean): QuoteSpan | null {
  const kept = pieces.map((piece) => trimPiece(text, piece.start, piece.end)).filter((piece) => piece !== null);
  const first = kept[0];
  const last = kept[kept.length - 1];
  if (!first || !last) return null;
  const words = kept.map((piece) => text.slice(piece.start, piece.end)).join(" ");
  if (!/[\p{L}\p{N}]/u.test(words)) return null;
  return { paragraph: paragraphs[0], lastParagraph: paragraphs[1], open, close, text: words, start: first.start, end: last.end, single };
}

/**
 * Double-quoted spans of the article, in order. An unclosed quote is carried into the next paragraph
 * only when that paragraph begins with an opening mark (the wire convention for a quote running over
 * paragraphs); otherwise it ends with its paragraph.
 */
export function findDoubleQuotes(text: string, paragraphs: ArticleParagraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const marks = Array.from(text.matchAll(DOUBLE_MARK), (match) => match.index);
  let nextMark = 0;
  let carried = null as OpenQuote | null;
  for (const paragraph of paragraphs) {
    let at = paragraph.start;
    let current: OpenQuote | null = carried;
    carried = null;
    if (current) {
      // Skip the continuation paragraph's own opening mark.
      while (/\s/.test(text[at]!)) at++;
      at++;
      current.pieces.push({ start: at, end: at });
    }
    for (; at < paragraph.end; at++) {
      // Jump to the next quotation mark: most characters are not one.
      while (marks[nextMark] !== undefined && marks[nextMark]! < at) nextMark++;
      const markAt = marks[nextMark];
      if (markAt === undefined || markAt >= paragraph.end) break;
      at = markAt;
      const char = text[at]!;
      if (current) {
        if (CLOSERS[current.opener]!.includes(char)) {
          current.pieces[current.pieces.length - 1]!.end = at;
          const span = makeSpan(text, current.pieces, [current.paragraph, paragraph.index], current.open, at, false);
          if (span) spans.push(span);
          current = null;
        }
        continue;
      }
      const opensHere =
        OPENERS.has(char) ||
        // Some texts use the closing mark for both ends: an opener when it starts a word.
        (char === "”" && isSpace(text[at - 1]) && !isSpace(text[at + 1]));
      // A straight mark after a word and before a space closes something we did not see open.
      if (!opensHere || (char === '"' && !isSpace(text[at - 1]) && isSpace(text[at + 1]))) continue;
      current = { opener: char === "”" ? '"' : char, open: at, paragraph: paragraph.index, pieces: [{ start: at + 1, end: at + 1 }] };
    }
    if (current) {
      current.pieces[current.pieces.length - 1]!.end = paragraph.end;
      const next = paragraphs[paragraph.index + 1];
      if (next && LEADING_OPENER.test(next.text)) {
        carried = current;
      } else {
        const span = makeSpan(text, current.pieces, [current.paragraph, paragraph.index], current.open, null, false);
        if (span) spans.push(span);
      }
    }
  }
  return spans;
}

const SINGLE_OPEN = new Set(["‘", "'"]);
const SINGLE_CLOSE = new Set(["’", "'"]);
const WORD_CHAR = /[\p{L}\p{N}]/u;
// "’90s", "'til": apostrophes that start a word, not quotation marks.
const LEADING_APOSTROPHE = /^['’](\d\d?s\b|\d\d\b|til\b|em\b|cause\b|n\b)/i;

/** A line that reads as a headline or a summary point: short, with no closing full stop. */
function isHeadlineLike(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed) return false;
  if (/[.!?:;]["”’']?$/.test(trimmed)) return false;
  return trimmed.split(/\s+/).length <= 25;
}

/**
 * Single-quoted spans in headline-like lines (headlines use single marks where the story uses
 * double ones). An apostrophe inside a word ("Russia's", "don’t") or starting one ("’90s") is not a
 * mark: an opener must start a word and a closer must end one.
 */
export function findHeadlineSingleQuotes(text: string, paragraphs: ArticleParagraph[], doubles: QuoteSpan[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const insideDouble = (at: number) => doubles.some((span) => at >= span.open && at <= (span.close ?? span.end));
  for (const paragraph of paragraphs) {
    let lineStart = paragraph.start;
    for (const line of paragraph.text.split("\n")) {
      const lineEnd = lineStart + line.length;
      if (isHeadlineLike(line)) {
        for (let at = lineStart; at < lineEnd; at++) {
          const char = text[at]!;
          const before = text[at - 1];
          if (!SINGLE_OPEN.has(char) || (at > lineStart && WORD_CHAR.test(before!)) || !WORD_CHAR.test(text[at + 1] ?? "")) continue;
          if (LEADING_APOSTROPHE.test(text.slice(at, at + 5)) || insideDouble(at)) continue;
          let close = -1;
          for (let end = at + 2; end < lineEnd; end++) {
            if (SINGLE_CLOSE.has(text[end]!) && !WORD_CHAR.test(text[end + 1] ?? "") && !/\s/.test(text[end - 1]!)) {
              close = end;
              break;
            }
          }
          if (close === -1) break;
          const span = makeSpan(text, [{ start: at + 1, end: close }], [paragraph.index, paragraph.index], at, close, true);
          if (span) spans.push(span);
          at = close;
        }
      }
      lineStart = lineEnd + 1;
    }
  }
  return spans;
}
