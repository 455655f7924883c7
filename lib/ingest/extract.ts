import { markQuoted, readArticle } from "./article";
import { Cast } from "./cast";
import type { Candidate } from "./candidate";
import { figureCandidates } from "./figures";
import { quoteCandidates } from "./quote-candidates";
import { findDoubleQuotes, findHeadlineSingleQuotes } from "./quotes";

export { splitArticleParagraphs, type ArticleParagraph } from "./paragraphs";

/**
 * The candidate claims of a news article: its attributed direct quotes and attributed figures, each
 * with its speaker (at the fullest name the article gives), its paragraph and its offsets, in the
 * order they appear. Pure: reads nothing but the text.
 */
export function extractCandidates(text: string): Candidate[] {
  const article = readArticle(text);
  const doubles = findDoubleQuotes(text, article.paragraphs);
  const quotes = [...doubles, ...findHeadlineSingleQuotes(text, article.paragraphs, doubles)].sort((a, b) => a.open - b.open);
  markQuoted(article, quotes);
  const cast = new Cast(article);
  const quoted = quoteCandidates(article, quotes, cast);
  // Names and roles are sliced from the text: a hard-wrapped line break inside one is a space.
  const candidates = [...quoted, ...figureCandidates(article, cast, quoted)].map((candidate) => ({
    ...candidate,
    speaker: oneLine(candidate.speaker),
    speakerRole: oneLine(candidate.speakerRole),
  }));
  return candidates.sort((a, b) => a.start - b.start || (a.kind === b.kind ? 0 : a.kind === "quote" ? -1 : 1));
}

function oneLine(words: string | null): string | null {
  return words === null ? null : words.replace(/\s*\n\s*/g, " ");
}
