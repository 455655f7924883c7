/**
 * Passage anchors: how a claim points at the words in its source's text.
 * Modelled on the W3C Web Annotation TextQuoteSelector (exact + prefix + suffix), plus the
 * paragraph index so a page can show the whole paragraph with the quote highlighted.
 */
export type PassageAnchor = {
  exact: string;
  prefix: string;
  suffix: string;
  /** Index among the text's non-empty lines (its paragraphs). */
  paragraph: number;
};

export const ANCHOR_CONTEXT_CHARS = 32;

export class AnchorError extends Error {
  override name = "AnchorError";
}

type Paragraph = { text: string; start: number };

/** The source text's paragraphs: its non-empty lines, with their offsets. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) paragraphs.push({ text: line, start: offset });
    offset += line.length + 1;
  }
  return paragraphs;
}

function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/**
 * Anchors `exact` in `text`. When it occurs more than once, `occurrence` (0-based) picks which;
 * without it an ambiguous passage is an error, so an anchor never silently points at the wrong place.
 */
export function anchorPassage(text: string, exact: string, occurrence?: number): PassageAnchor {
  if (!exact.trim()) throw new AnchorError("Cannot anchor an empty passage");
  const found = occurrences(text, exact);
  if (found.length === 0) throw new AnchorError(`Passage not found in the source text: "${exact}"`);
  if (found.length > 1 && occurrence === undefined) {
    throw new AnchorError(`Passage occurs ${found.length} times; say which occurrence: "${exact}"`);
  }
  const start = found[occurrence ?? 0];
  if (start === undefined) throw new AnchorError(`Passage has no occurrence ${occurrence}: "${exact}"`);
  return anchorAt(text, start, exact);
}

/**
 * The anchor of `exact` found at `start` in `text`: the words, some context either side, the
 * paragraph. For a caller that knows which occurrence it means by its offset (article ingestion).
 */
export function anchorAt(text: string, start: number, exact: string): PassageAnchor {
  const end = start + exact.length;
  return {
    exact,
    prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT_CHARS), start),
    suffix: text.slice(end, end + ANCHOR_CONTEXT_CHARS),
    paragraph: splitParagraphs(text).findLastIndex((p) => p.start <= start),
  };
}

export type ResolvedPassage = {
  /** The paragraph holding the passage, split around it for highlighting. */
  before: string;
  exact: string;
  after: string;
  paragraph: number;
};

/**
 * Where an anchor's words are in `text` now: the occurrence whose surroundings still match (the
 * text may have been edited), else one in the recorded paragraph, else the first. Null when the
 * words are gone. An anchor with no context at all (only words and a paragraph) is a hint: the
 * first occurrence in that paragraph, else the first.
 */
export function locatePassage(text: string, anchor: PassageAnchor): number | null {
  const found = occurrences(text, anchor.exact);
  if (found.length === 0) return null;
  const paragraphs = splitParagraphs(text);
  const paragraphOf = (at: number) => paragraphs.findLastIndex((p) => p.start <= at);
  const hasContext = anchor.prefix !== "" || anchor.suffix !== "";
  const contextMatches = (at: number) =>
    hasContext && text.slice(0, at).endsWith(anchor.prefix) && text.slice(at + anchor.exact.length).startsWith(anchor.suffix);
  return found.find(contextMatches) ?? found.find((at) => paragraphOf(at) === anchor.paragraph) ?? found[0]!;
}

/**
 * Anchors an existing anchor's words again in `text` (the same text, or another source that
 * holds the same words), at the occurrence `locatePassage` picks, with fresh context and
 * paragraph. Null when the words are not there.
 */
export function reanchorPassage(text: string, anchor: PassageAnchor): PassageAnchor | null {
  if (!anchor.exact.trim()) return null;
  const start = locatePassage(text, anchor);
  return start === null ? null : anchorAt(text, start, anchor.exact);
}

/**
 * Finds an anchor's passage again (see `locatePassage`), as the paragraph split around it.
 * Returns null when the passage is gone.
 */
export function resolvePassage(text: string, anchor: PassageAnchor): ResolvedPassage | null {
  const start = locatePassage(text, anchor);
  if (start === null) return null;
  const paragraphs = splitParagraphs(text);
  const index = paragraphs.findLastIndex((p) => p.start <= start);
  const paragraph = paragraphs[index]!;
  const offset = start - paragraph.start;
  return {
    before: paragraph.text.slice(0, offset),
    exact: anchor.exact,
    after: paragraph.text.slice(offset + anchor.exact.length),
    paragraph: index,
  };
}

/**
 * Narrows a resolved passage's highlight to the verbatim quote when the anchored words are wider
 * than it (a sentence around a two-word quote); otherwise highlights the whole passage.
 */
export function highlightQuote(passage: ResolvedPassage, quote: string | null | undefined): ResolvedPassage {
  const at = quote ? passage.exact.indexOf(quote) : -1;
  if (!quote || at === -1) return passage;
  return {
    ...passage,
    before: passage.before + passage.exact.slice(0, at),
    exact: quote,
    after: passage.exact.slice(at + quote.length) + passage.after,
  };
}
