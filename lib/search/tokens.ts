/**
 * One tokenizer for search, used on both sides: what is stored for a claim and what a reader
 * types. Text is folded (Unicode compatibility forms, accents stripped, lowercase) and cut into
 * runs of letters and digits; everything else separates words. Stored as words joined by single
 * spaces, it reads the same to SQLite's unicode61 tokenizer and PostgreSQL's `simple` parser,
 * so both engines index exactly the same words at the same positions.
 */
const WORD = /[\p{L}\p{N}]+/gu;

export function searchWords(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .match(WORD) ?? []
  );
}

/** The stored form: the words of every part, in order, joined by single spaces. */
export function searchDocument(parts: (string | null | undefined)[]): string {
  return parts.flatMap((part) => (part ? searchWords(part) : [])).join(" ");
}
