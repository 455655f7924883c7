import { QUOTE_MAX_CHARS, STATEMENT_MAX_CHARS, STATEMENT_MIN_CHARS } from "../claims/schemas";
import type { Candidate } from "./candidate";

/** `text` cut to at most `max` characters at a word boundary, marked with "…" when cut. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const lastSpace = room.search(/\s\S*$/);
  // A single enormous "word" (a URL) is cut where it must be.
  const cut = lastSpace > max / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:–—-]+$/u, "")}…`;
}

/**
 * A candidate's words as a claim records them: the text without the punctuation that belongs to
 * the reporter's sentence, not the speaker's (`"…a concept," Trump said` records "…a concept"; a
 * partial quote's closing period too). A full quote keeps its own final period.
 */
export function claimWords(candidate: Pick<Candidate, "text" | "partial">): string {
  return candidate.text.trim().replace(candidate.partial ? /[\s,.;:]+$/u : /[\s,;:]+$/u, "");
}

/**
 * A draft's statement: the candidate's words on one line, within the statement's length limits.
 * A quote too short to stand alone ("workable") is said with who said it, so the list of drafts
 * reads; the editor rewrites statements anyway.
 */
export function draftStatement(candidate: Pick<Candidate, "text" | "partial">, speakerName: string): string {
  const words = claimWords(candidate).replace(/\s+/g, " ");
  const statement = words.length >= STATEMENT_MIN_CHARS ? words : `${speakerName}: “${words}”`;
  return cutAtWord(statement, STATEMENT_MAX_CHARS);
}

/** The verbatim words of a quote (null for a figure, whose sentence is not a quotation). */
export function draftQuote(candidate: Pick<Candidate, "kind" | "text" | "partial">): string | null {
  return candidate.kind === "quote" ? cutAtWord(claimWords(candidate), QUOTE_MAX_CHARS) : null;
}

/**
 * The words a draft's passage anchor holds: the candidate's span in the article, without the
 * reporter's punctuation (claimWords), and only up to the end of its first line when it runs on
 * (a quote continued in the next paragraph), because a reader's page highlights a passage within
 * one paragraph.
 */
export function anchoredWords(text: string, candidate: Pick<Candidate, "start" | "end" | "text" | "partial">): string {
  const firstLine = text.slice(candidate.start, candidate.end).split("\n")[0]!;
  return claimWords({ text: firstLine, partial: candidate.partial });
}

export type PassageSegment = { paragraph: number; before: string; marked: string; after: string };

/**
 * The paragraph(s) a candidate's span covers, each split around the part of the span in it, so a
 * page can show the paragraph with the quote or sentence highlighted.
 */
export function passageSegments(
  paragraphs: { text: string; start: number }[],
  candidate: Pick<Candidate, "start" | "end">,
): PassageSegment[] {
  return paragraphs.flatMap((paragraph, index) => {
    const end = paragraph.start + paragraph.text.length;
    if (end <= candidate.start || paragraph.start >= candidate.end) return [];
    const from = Math.max(candidate.start, paragraph.start) - paragraph.start;
    const to = Math.min(candidate.end, end) - paragraph.start;
    return [{ paragraph: index, before: paragraph.text.slice(0, from), marked: paragraph.text.slice(from, to), after: paragraph.text.slice(to) }];
  });
}
