import type { Rating, Verification } from "@/lib/db/enums";
import { RATING_LABELS, VERIFICATION_LABELS } from "@/lib/claims/status-labels";

export function VerificationBadge({ verification }: { verification: Verification }) {
  const { label, meaning } = VERIFICATION_LABELS[verification];
  return (
    <span className={`badge badge--${verification.toLowerCase()}`} title={meaning}>
      {label}
    </span>
  );
}

export function RatingBadge({ rating }: { rating: Rating }) {
  return <span className="badge badge--rating">Verdict: {RATING_LABELS[rating]}</span>;
}
