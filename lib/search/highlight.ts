import type { ParsedSearch } from "./query";
import { searchWords } from "./tokens";

/** A stretch of text, and whether it is a word the search matched. */
export type HighlightSegment = { text: string; match: boolean };

/** A word as written, accents and combining marks included, so it can be folded as the index folds it. */
const WRITTEN_WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The text cut into stretches, the words a search matched marked: the same folding as the
 * index (so "geneve" marks "Genève"), whole words, and the last word of the query as a prefix
 * when it is one ("transcr" marks "transcript"). A phrase's words are marked wherever they
 * occur; the text itself is never changed.
 */
export function highlightMatches(text: string, search: ParsedSearch): HighlightSegment[] {
  const whole = new Set<string>();
  const prefixes: string[] = [];
  for (const group of search.groups) {
    group.words.forEach((word, index) => {
      if (group.prefix && index === group.words.length - 1) prefixes.push(word);
      else whole.add(word);
    });
  }
  if (whole.size === 0 && prefixes.length === 0) return [{ text, match: false }];

  const matches = (written: string) => {
    const folded = searchWords(written);
    return (
      folded.length > 0 &&
      folded.every((word) => whole.has(word) || prefixes.some((prefix) => word.startsWith(prefix)))
    );
  };
  const segments: HighlightSegment[] = [];
  let last = 0;
  for (const found of text.matchAll(WRITTEN_WORD)) {
    if (!matches(found[0])) continue;
    if (found.index > last) segments.push({ text: text.slice(last, found.index), match: false });
    segments.push({ text: found[0], match: true });
    last = found.index + found[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}
