import type { Metadata } from "next";
import Link from "next/link";
import { Day } from "@/app/components/day";
import { SearchForm } from "@/app/components/search-form";
import { ClaimCard } from "@/app/components/claim-card";
import { countPublishedByVerification } from "@/lib/claims/queries";
import { recentlyPublished, recentStatusChanges } from "@/lib/claims/recent";
import { claimListSearchParams } from "@/lib/claims/list-query";
import { VERIFICATION_LABELS } from "@/lib/claims/status-labels";
import { describeChange } from "@/lib/claims/timeline";
import { Verification } from "@/lib/db/enums";

export const homeMetadata: Metadata = {
  title: { absolute: "ClaimDesk — where claims stand" },
  description: "What changed lately on the claims ClaimDesk tracks, and how many stand at each verification status.",
  alternates: { canonical: "/" },
  openGraph: { url: "/", title: "ClaimDesk — where claims stand" },
};

/** The home page: counts by status, what changed lately, what was newly published. */
export async function Home() {
  const [counts, changes, published] = await Promise.all([
    countPublishedByVerification(),
    recentStatusChanges({ take: 8 }),
    recentlyPublished({ take: 10 }),
  ]);

  return (
    <>
      <section className="intro" aria-labelledby="intro-title">
        <h1 id="intro-title">Where claims stand</h1>
        <p>
          Every claim is tracked from its first appearance: who made it, where it was reported, and how far it has been
          verified.
        </p>
        <SearchForm />
        <ul className="status-counts" aria-label="Published claims by verification status">
          {Object.values(Verification).map((status) => (
            <li key={status}>
              <Link href={`/claims?${claimListSearchParams({ verification: status })}`}>
                <strong>{counts[status] ?? 0}</strong> {VERIFICATION_LABELS[status].label}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <div className="home-columns">
        <section aria-labelledby="changes-title">
          <h2 id="changes-title">What changed lately</h2>
          {changes.length === 0 ? (
            <p className="empty">No status changes yet.</p>
          ) : (
            <ol className="change-list">
              {changes.map((change) => {
                const { field, from, to } = describeChange(change);
                return (
                  <li key={change.id} className="change-item">
                    <Link href={`/claims/${change.claim.slug}`}>{change.claim.statement}</Link>
                    <p className="change-item__what">
                      {field}: {from} → <strong>{to}</strong> · <Day date={change.createdAt} />
                    </p>
                  </li>
                );
              })}
            </ol>
          )}
        </section>
        <section aria-labelledby="published-title">
          <h2 id="published-title">Newly published</h2>
          {published.length === 0 ? (
            <p className="empty">No claims have been published yet.</p>
          ) : (
            <ol className="claim-list claim-list--compact" aria-label="Newly published claims">
              {published.map((item) => (
                <ClaimCard key={item.id} claim={item.claim} />
              ))}
            </ol>
          )}
          <p>
            <Link href="/claims" className="button-link">
              Browse all claims →
            </Link>
          </p>
        </section>
      </div>
    </>
  );
}
