/** One block of an article: the text between blank lines, with its place in the whole text. */
export type ArticleParagraph = {
  /** From 0; paragraph 0 is the first block, usually the headline. */
  index: number;
  text: string;
  /** Offset of `text` in the whole article, and one past its end. */
  start: number;
  end: number;
};

const BLANK_LINE = /\n\s*\n/g;

/**
 * The article's paragraphs as the issue defines them: the text split on blank lines (/\n\s*\n/),
 * numbered from 0, empty blocks included so the numbering matches a plain `text.split(/\n\s*\n/)`.
 */
export function splitArticleParagraphs(text: string): ArticleParagraph[] {
  const paragraphs: ArticleParagraph[] = [];
  let start = 0;
  for (const blank of text.matchAll(BLANK_LINE)) {
    paragraphs.push({ index: paragraphs.length, text: text.slice(start, blank.index), start, end: blank.index });
    start = blank.index + blank[0].length;
  }
  paragraphs.push({ index: paragraphs.length, text: text.slice(start), start, end: text.length });
  return paragraphs;
}
