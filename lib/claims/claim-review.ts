import type { Rating, SpeakerKind } from "../db/enums";
import type { SiteConfig } from "../site-config";
import { RATING_LABELS } from "./status-labels";

/** Google's limit for claimReviewed. */
export const CLAIM_REVIEWED_MAX = 75;

/** The ordinal ratings and their values; the others carry only their name (alternateName). */
export const ORDINAL_RATING_VALUES: Partial<Record<Rating, number>> = {
  TRUE: 5,
  MOSTLY_TRUE: 4,
  HALF_TRUE: 3,
  MOSTLY_FALSE: 2,
  FALSE: 1,
};

export type ClaimForReview = {
  statement: string;
  rating: Rating | null;
  ratedAt: Date | null;
  saidAt: Date | null;
  claimant: { name: string; kind: SpeakerKind; sameAs: string | null };
  firstAppearance: { title: string; url: string | null; publisher: string | null; publishedAt: Date | null } | null;
};

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Shortens to at most `max` characters at a word boundary, ending with an ellipsis. */
export function shortenClaim(text: string, max = CLAIM_REVIEWED_MAX): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const atWord = cut.lastIndexOf(" ") > max / 2 ? cut.slice(0, cut.lastIndexOf(" ")) : cut;
  return `${atWord.replace(/[\s,;:.–—-]+$/, "")}…`;
}

/**
 * schema.org ClaimReview for a rated claim, following Google's fact-check markup rules; null
 * for an unrated claim (there is no review to mark up). One per page.
 */
export function buildClaimReview(claim: ClaimForReview, pageUrl: string, config: SiteConfig): Record<string, unknown> | null {
  if (!claim.rating) return null;
  const madeOn = claim.saidAt ?? claim.firstAppearance?.publishedAt ?? null;
  const ordinal = ORDINAL_RATING_VALUES[claim.rating];
  const appearance = claim.firstAppearance
    ? {
        "@type": "CreativeWork",
        name: claim.firstAppearance.title,
        ...(claim.firstAppearance.url ? { url: claim.firstAppearance.url } : {}),
        ...(claim.firstAppearance.publisher
          ? { publisher: { "@type": "Organization", name: claim.firstAppearance.publisher } }
          : {}),
        ...(claim.firstAppearance.publishedAt ? { datePublished: isoDay(claim.firstAppearance.publishedAt) } : {}),
      }
    : null;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: pageUrl,
    claimReviewed: shortenClaim(claim.statement),
    ...(claim.ratedAt ? { datePublished: isoDay(claim.ratedAt) } : {}),
    author: { "@type": "Organization", name: config.orgName, url: config.orgUrl },
    reviewRating: {
      "@type": "Rating",
      alternateName: RATING_LABELS[claim.rating],
      ...(ordinal ? { ratingValue: ordinal, bestRating: 5, worstRating: 1 } : {}),
    },
    itemReviewed: {
      "@type": "Claim",
      author: {
        "@type": claim.claimant.kind === "PERSON" ? "Person" : "Organization",
        name: claim.claimant.name,
        ...(claim.claimant.sameAs ? { sameAs: claim.claimant.sameAs } : {}),
      },
      // When the claim was made: the day it was said, else the day it first appeared in print.
      ...(madeOn ? { datePublished: isoDay(madeOn) } : {}),
      ...(appearance ? { appearance: [appearance], firstAppearance: appearance } : {}),
    },
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the tag. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
