import { connection } from "next/server";
import { VerificationBadge, RatingBadge } from "@/app/components/status-badges";
import { countPublishedByVerification, listPublishedClaims } from "@/lib/claims/queries";
import { VERIFICATION_LABELS } from "@/lib/claims/status-labels";
import { Verification } from "@/lib/db/enums";

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export default async function HomePage() {
  // Rendered per request: readers must see a status change at once.
  await connection();
  const [claims, counts] = await Promise.all([listPublishedClaims(), countPublishedByVerification()]);

  return (
    <>
      <section className="intro" aria-labelledby="intro-title">
        <h1 id="intro-title">Claims on the desk</h1>
        <p>
          Every claim below is tracked from its first appearance: who made it, where it was reported, and how far it has been
          verified.
        </p>
        <ul className="status-counts" aria-label="Published claims by verification status">
          {Object.values(Verification).map((status) => (
            <li key={status}>
              <strong>{counts[status] ?? 0}</strong> {VERIFICATION_LABELS[status].label}
            </li>
          ))}
        </ul>
      </section>

      {claims.length === 0 ? (
        <p className="empty">No claims have been published yet.</p>
      ) : (
        <ol className="claim-list" aria-label="Published claims">
          {claims.map((claim) => (
            <li key={claim.id} className="claim-card" data-testid="claim-card">
              <p className="claim-card__statement">{claim.statement}</p>
              {claim.quote ? <blockquote className="claim-card__quote">“{claim.quote}”</blockquote> : null}
              <p className="claim-card__meta">
                <span className="claim-card__claimant">{claim.claimant.name}</span>
                {claim.claimant.title ? <span className="claim-card__title">, {claim.claimant.title}</span> : null}
                {claim.saidAt ? (
                  <>
                    {" · "}
                    <time dateTime={claim.saidAt.toISOString().slice(0, 10)}>{dayFormat.format(claim.saidAt)}</time>
                  </>
                ) : null}
              </p>
              <p className="claim-card__status">
                <VerificationBadge verification={claim.verification} />
                {claim.rating ? <RatingBadge rating={claim.rating} /> : null}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
