import type { StatusField } from "../db/enums";
import { RATING_LABELS, VERIFICATION_LABELS, WORKFLOW_LABELS } from "./status-labels";

type Change = { field: StatusField; fromValue: string | null; toValue: string | null };

function valueLabel(field: StatusField, value: string | null): string {
  if (value === null) return "none";
  if (field === "VERIFICATION") return VERIFICATION_LABELS[value as keyof typeof VERIFICATION_LABELS]?.label ?? value;
  if (field === "RATING") return RATING_LABELS[value as keyof typeof RATING_LABELS] ?? value;
  return WORKFLOW_LABELS[value as keyof typeof WORKFLOW_LABELS] ?? value;
}

const FIELD_LABELS: Record<StatusField, string> = { VERIFICATION: "Verification", RATING: "Rating", WORKFLOW: "Status" };

/**
 * Which changes readers see: every verification and rating change, and publication. The desk's
 * internal moves (draft, review) stay internal.
 */
export function isPublicChange(change: Change): boolean {
  return change.field !== "WORKFLOW" || change.toValue === "PUBLISHED" || change.toValue === "ARCHIVED";
}

/** A change in a reader's words: "Published", or "Verification: Unverified → Disputed". */
export function changeSentence(change: Change): string {
  if (change.field === "WORKFLOW" && change.toValue === "PUBLISHED") return "Published";
  const { field, from, to } = describeChange(change);
  return change.fromValue === null ? `${field}: ${to}` : `${field}: ${from} → ${to}`;
}

export function describeChange(change: Change): { field: string; from: string; to: string } {
  return {
    field: FIELD_LABELS[change.field],
    from: valueLabel(change.field, change.fromValue),
    to: valueLabel(change.field, change.toValue),
  };
}
