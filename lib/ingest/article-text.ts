import { createHash } from "node:crypto";

/**
 * An article's text as the desk stores it (Source.text) and extracts from: one line-ending
 * convention, one Unicode form, no trailing spaces on lines and no blank lines around it. Pasting
 * the same article from a Windows editor or a web page then gives the same text, so the same
 * hash (Source.textHash) finds the source it was stored as.
 */
export function normaliseArticleText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/^\n+/, "")
    .trimEnd();
}

/** The key an ingested article's source is found by: SHA-256 of its normalised text, in hex. */
export function articleTextHash(normalisedText: string): string {
  return createHash("sha256").update(normalisedText, "utf8").digest("hex");
}

// C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL; and
// the replacement character a decoder leaves for bytes that are not UTF-8.
const NOT_TEXT = /[\u0000-\u0008\u000E-\u001F\u007F\uFFFD]/g;
/**
 * Above this share of such characters a "text" is a file of another kind (a PDF, a Word file, an
 * image) read as text. A real article has none, or one stray character copied from a web page.
 */
export const MAX_NOT_TEXT_SHARE = 0.01;

export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const notText = text.match(NOT_TEXT)?.length ?? 0;
  return notText > 0 && notText / text.length > MAX_NOT_TEXT_SHARE;
}
