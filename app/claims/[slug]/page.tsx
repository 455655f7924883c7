import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClaimView } from "./claim-view";
import { buildClaimReview, jsonLdScript } from "@/lib/claims/claim-review";
import { getPublicClaim } from "@/lib/claims/public-claim";
import { RATING_LABELS, VERIFICATION_LABELS } from "@/lib/claims/status-labels";
import { absoluteUrl, siteConfig } from "@/lib/site-config";

type Props = { params: Promise<{ slug: string }> };

// One database read per request, shared by the metadata and the page.
const loadClaim = cache(getPublicClaim);

/**
 * Served from Next's cache: the page is the same for every reader. A desk write on this instance
 * refreshes it at once (lib/auth/desk-action.ts); other instances re-render it when it is older
 * than this many seconds. No page is built ahead: each is rendered at its first request.
 */
export const revalidate = 3;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await loadClaim((await params).slug);
  if (!claim) return { title: "Claim not found" };
  const status = VERIFICATION_LABELS[claim.verification].label;
  const description = `${claim.claimant.name}${claim.quote ? `: “${claim.quote}”` : ""} — ${status}${
    claim.rating ? `; rated ${RATING_LABELS[claim.rating].toLowerCase()}` : ""
  }.`;
  const url = `/claims/${claim.slug}`;
  return {
    title: claim.statement,
    description,
    alternates: { canonical: url },
    openGraph: { type: "article", url, title: claim.statement, description, modifiedTime: claim.updatedAt.toISOString() },
  };
}

export default async function ClaimPage({ params }: Props) {
  const claim = await loadClaim((await params).slug);
  if (!claim) notFound();

  const config = siteConfig();
  const claimReview = buildClaimReview(claim, absoluteUrl(`/claims/${claim.slug}`, config), config);
  return (
    <ClaimView claim={claim} config={config}>
      {claimReview ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(claimReview) }} /> : null}
    </ClaimView>
  );
}
