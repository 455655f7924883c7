import type { SourceKind } from "../db/enums";

/** A source's kind in readers' words, on its page and in the index of sources. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  NEWS_ARTICLE: "News article",
  TRANSCRIPT: "Transcript",
  RECORDING: "Recording",
  REPORT: "Report",
  DOCUMENT: "Document",
  SOCIAL_POST: "Social media post",
  STATEMENT: "Statement",
  INTERVIEW: "Interview",
  ANALYSIS: "Analysis",
  OTHER: "Source",
};
