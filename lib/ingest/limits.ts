/**
 * How long a pasted article may be, in characters, checked by the page before anything is sent
 * and by the service. A long wire report is about 30,000 characters; this leaves room for
 * features and transcripts while keeping a request well under the 1 MB a desk form may send
 * (lib/http/bad-input.ts), even for text of three-byte characters.
 */
export const MAX_ARTICLE_CHARS = 200_000;

export const tooLongMessage = (length: number) =>
  `The text is too long: ${length.toLocaleString("en")} characters, and an article may have at most ${MAX_ARTICLE_CHARS.toLocaleString("en")}. Paste one article at a time.`;
