import Link from "next/link";
import type { Rating, Verification } from "@/lib/db/enums";
import type { ParsedSearch } from "@/lib/search/query";
import { Day } from "./day";
import { Highlighted } from "./highlighted";
import { RatingBadge, VerificationBadge } from "./status-badges";

export type ClaimCardData = {
  slug: string;
  statement: string;
  quote?: string | null;
  saidAt?: Date | null;
  saidAtInferred?: boolean;
  verification: Verification;
  rating?: Rating | null;
  claimant?: { slug: string; name: string; title?: string | null } | null;
};

/**
 * One claim in a list. `role`: the part the page's subject plays in the claim ("Said",
 * "Relayed", "About"), shown first. `search`: in search results, the words it matched are marked.
 */
export function ClaimCard({ claim, role, search }: { claim: ClaimCardData; role?: string; search?: ParsedSearch }) {
  return (
    <li className="claim-card" data-testid="claim-card">
      {role ? (
        <p className="claim-card__role">
          <span className="role-badge" data-testid="claim-role">
            {role}
          </span>
        </p>
      ) : null}
      <p className="claim-card__statement">
        <Link href={`/claims/${claim.slug}`}>
          <Highlighted text={claim.statement} search={search} />
        </Link>
      </p>
      {claim.quote ? <blockquote className="claim-card__quote">
          “<Highlighted text={claim.quote} search={search} />”
        </blockquote> : null}
      <p className="claim-card__meta">
        {claim.claimant ? (
          <>
            <Link className="claim-card__claimant" href={`/speakers/${claim.claimant.slug}`}>
              <Highlighted text={claim.claimant.name} search={search} />
            </Link>
            {claim.claimant.title ? <span>, {claim.claimant.title}</span> : null}
          </>
        ) : null}
        {claim.saidAt ? (
          <>
            {claim.claimant ? " · " : null}
            <Day date={claim.saidAt} inferred={claim.saidAtInferred} />
          </>
        ) : null}
      </p>
      <p className="claim-card__status">
        <VerificationBadge verification={claim.verification} />
        {claim.rating ? <RatingBadge rating={claim.rating} /> : null}
      </p>
    </li>
  );
}
