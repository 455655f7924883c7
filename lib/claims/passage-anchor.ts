import { reanchorPassage, type PassageAnchor } from "../sources/anchor";

/** A claim's anchor as its four columns hold it. */
export type AnchorColumns = {
  anchorExact: string | null;
  anchorPrefix: string | null;
  anchorSuffix: string | null;
  anchorParagraph: number | null;
};

/** The anchor the columns hold, or null when there is none. */
export function storedAnchor(row: AnchorColumns): PassageAnchor | null {
  if (!row.anchorExact) return null;
  return { exact: row.anchorExact, prefix: row.anchorPrefix ?? "", suffix: row.anchorSuffix ?? "", paragraph: row.anchorParagraph ?? 0 };
}

export function anchorColumns(anchor: PassageAnchor | null): AnchorColumns {
  return {
    anchorExact: anchor?.exact ?? null,
    anchorPrefix: anchor?.prefix ?? null,
    anchorSuffix: anchor?.suffix ?? null,
    anchorParagraph: anchor?.paragraph ?? null,
  };
}

const sameAnchor = (a: PassageAnchor | null, b: PassageAnchor | null) => JSON.stringify(a) === JSON.stringify(b);

export type AnchorOnSave = {
  /** False when the save leaves the anchor's columns alone (neither the quote nor the source changed). */
  recomputed: boolean;
  anchor: PassageAnchor | null;
  /** What the editor must be told, in a sentence; null when there is nothing to say. */
  notice: string | null;
};

/**
 * What a save does to a claim's passage anchor. The anchor says where in the first appearance's
 * text the claim was reported; it may be wider than the quote (a sentence around a few quoted
 * words), or stand without a quote at all, so it is never recomputed from the form alone:
 *
 * - neither the quote nor the first appearance changed: the anchor is kept exactly as it is;
 * - otherwise it is found again in the (new) source's text: the anchored passage itself when it
 *   still holds the quote (or there is no quote), else the quote, preferring the old paragraph;
 * - when neither is there, the anchor goes, and the notice says so and why: it never vanishes
 *   silently.
 */
export function anchorOnSave(input: {
  before: { quote: string | null; firstAppearanceId: string | null; anchor: PassageAnchor | null };
  quote: string | null;
  source: { id: string; title: string; text: string | null } | null;
}): AnchorOnSave {
  const { before, quote, source } = input;
  const old = before.anchor;
  if (quote === before.quote && (source?.id ?? null) === before.firstAppearanceId) {
    return { recomputed: false, anchor: old, notice: null };
  }

  let anchor: PassageAnchor | null = null;
  if (source?.text) {
    if (old && (!quote || old.exact.includes(quote))) anchor = reanchorPassage(source.text, old);
    // No context: the quote's first occurrence in the old paragraph, else its first occurrence.
    if (!anchor && quote) anchor = reanchorPassage(source.text, { exact: quote, prefix: "", suffix: "", paragraph: old?.paragraph ?? -1 });
  }

  const title = source ? `“${source.title}”` : "";
  if (anchor) {
    const notice = sameAnchor(anchor, old) ? null : `The passage anchor now points at paragraph ${anchor.paragraph + 1} of ${title}.`;
    return { recomputed: true, anchor, notice };
  }
  const why = !source
    ? "no first appearance is recorded"
    : !source.text
      ? `${title} has no text stored to find it in`
      : quote
        ? `the quote is not found word for word in ${title}`
        : `the anchored passage is not found in ${title}`;
  if (old) {
    return {
      recomputed: true,
      anchor: null,
      notice: `The passage anchor was removed: ${why}, so readers no longer see where it was reported.`,
    };
  }
  return { recomputed: true, anchor: null, notice: quote && source ? `No passage is anchored: ${why}.` : null };
}
