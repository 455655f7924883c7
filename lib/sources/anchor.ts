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
  const end = start + exact.length;
  const paragraph = splitParagraphs(text).findLastIndex((p) => p.start <= start);
  return {
    exact,
    prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT_CHARS), start),
    suffix: text.slice(end, end + ANCHOR_CONTEXT_CHARS),
    paragraph,
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
 * Finds an anchor's passage again, preferring the occurrence whose surroundings still match
 * (the text may have been edited), then any occurrence in the recorded paragraph.
 * Returns null when the passage is gone.
 */
export function resolvePassage(text: string, anchor: PassageAnchor): ResolvedPassage | null {
  const found = occurrences(text, anchor.exact);
  if (found.length === 0) return null;
  const paragraphs = splitParagraphs(text);
  const paragraphOf = (at: number) => paragraphs.findLastIndex((p) => p.start <= at);
  const contextMatches = (at: number) =>
    text.slice(0, at).endsWith(anchor.prefix) && text.slice(at + anchor.exact.length).startsWith(anchor.suffix);

  const start =
    found.find(contextMatches) ?? found.find((at) => paragraphOf(at) === anchor.paragraph) ?? found[0]!;
  const index = paragraphOf(start);
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
