/**
 * What the article extractor finds: an attributed direct quote, or an attributed figure
 * (a sentence with numbers stated by a named person or body, and reported speech without
 * quotation marks), with who said it and where in the article it is.
 */
export type CandidateKind = "quote" | "figure";

export type Candidate = {
  kind: CandidateKind;
  /**
   * A quote: the exact words between the quotation marks (a quote spanning paragraphs is joined
   * with one space, without the continuation paragraph's opening mark). A figure: its sentence.
   */
  text: string;
  /** The speaker's full name as the article gives it ("Oleksandr Bevz", also for a later "Bevz"); null when none was found. */
  speaker: string | null;
  /** The speaker's role or title when the article gives one ("Ukrainian delegate"). */
  speakerRole: string | null;
  /** Index of the paragraph where the text starts: the article split on blank lines (/\n\s*\n/), from 0. */
  paragraph: number;
  /** True for a quote of a few words inside the writer's own sentence. */
  partial: boolean;
  /** 0..1: how sure the extractor is of the text and its speaker together. */
  confidence: number;
  /** Offsets of `text`'s first character and one past its last in the whole article (for quotes spanning paragraphs, of the whole span). */
  start: number;
  end: number;
};

/** The fields `npm run ingest -- --json` prints, in this order. */
export const PRINTED_FIELDS = ["kind", "text", "speaker", "speakerRole", "paragraph", "partial", "confidence"] as const;
