import type { Rating, Verification, Workflow } from "../db/enums";

/** What each verification status means, in the words a reader sees. */
export const VERIFICATION_LABELS: Record<Verification, { label: string; meaning: string }> = {
  UNVERIFIED: {
    label: "Reported, not independently verified",
    meaning: "The claim has been reported, but no one independent of the report has confirmed it.",
  },
  CORROBORATED: {
    label: "Corroborated",
    meaning: "Independent sources confirm the claim.",
  },
  ON_RECORD: {
    label: "On the record",
    meaning: "A named speaker made the claim publicly; that they said it is established, not that it is true.",
  },
  DISPUTED: {
    label: "Disputed",
    meaning: "A credible party contests the claim.",
  },
  DENIED: {
    label: "Denied",
    meaning: "The person or body the claim is about denies it.",
  },
  RETRACTED: {
    label: "Retracted",
    meaning: "The source that made the claim has withdrawn it.",
  },
};

export const RATING_LABELS: Record<Rating, string> = {
  TRUE: "True",
  MOSTLY_TRUE: "Mostly true",
  HALF_TRUE: "Half true",
  MOSTLY_FALSE: "Mostly false",
  FALSE: "False",
  MISLEADING: "Misleading",
  UNPROVEN: "Unproven",
  OUTDATED: "Outdated",
  NOT_A_FACTUAL_CLAIM: "Not a factual claim",
};

export const WORKFLOW_LABELS: Record<Workflow, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  PUBLISHED: "Published",
  ARCHIVED: "Archived",
};
