import { describe, expect, it } from "vitest";
import {
  buildClaimReview,
  CLAIM_REVIEWED_MAX,
  jsonLdScript,
  ORDINAL_RATING_VALUES,
  shortenClaim,
  type ClaimForReview,
} from "@/lib/claims/claim-review";
import { RATING_LABELS } from "@/lib/claims/status-labels";
import { Rating } from "@/lib/db/enums";
import type { SiteConfig } from "@/lib/site-config";

const config: SiteConfig = {
  siteUrl: "https://desk.example.org",
  orgName: "Example Fact Desk",
  orgUrl: "https://example.org",
  correctionsEmail: "corrections@example.org",
};
const pageUrl = "https://desk.example.org/claims/trump-donbas";

const claim = (overrides: Partial<ClaimForReview> = {}): ClaimForReview => ({
  statement: "Trump says the Donbas region might be taken by Russia anyway within the next couple of months.",
  rating: "MISLEADING",
  ratedAt: new Date("2025-11-26T00:00:00Z"),
  saidAt: new Date("2025-11-25T00:00:00Z"),
  claimant: { name: "Donald Trump", kind: "PERSON", sameAs: "https://www.wikidata.org/wiki/Q22686" },
  firstAppearance: {
    title: "Trump Sends Envoys to Moscow and Kyiv for Peace Talks",
    url: "https://news.example.com/envoys",
    publisher: "Newslooks",
    publishedAt: new Date("2025-11-26T00:00:00Z"),
  },
  ...overrides,
});

/** The schema.org vocabulary a ClaimReview of ours may use, and nothing else. */
const SCHEMA_ORG_TYPES = new Set(["ClaimReview", "Rating", "Claim", "Person", "Organization", "CreativeWork"]);
const SCHEMA_ORG_PROPERTIES = new Set([
  "@context", "@type", "url", "claimReviewed", "datePublished", "author", "reviewRating", "itemReviewed", "name",
  "sameAs", "alternateName", "ratingValue", "bestRating", "worstRating", "appearance", "firstAppearance", "publisher",
]);

function vocabulary(value: unknown, seen: { types: string[]; properties: string[] }) {
  if (Array.isArray(value)) value.forEach((item) => vocabulary(item, seen));
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      seen.properties.push(key);
      if (key === "@type") seen.types.push(String(child));
      vocabulary(child, seen);
    }
  }
  return seen;
}

describe("buildClaimReview", () => {
  it("has Google's required properties: claimReviewed, reviewRating with alternateName, url", () => {
    const review = buildClaimReview(claim(), pageUrl, config)!;
    expect(review["@context"]).toBe("https://schema.org");
    expect(review["@type"]).toBe("ClaimReview");
    expect(review.url).toBe(pageUrl);
    expect(review.claimReviewed).toEqual(expect.any(String));
    expect(review.reviewRating).toMatchObject({ "@type": "Rating", alternateName: "Misleading" });
  });

  it("keeps claimReviewed within 75 characters, at a word boundary, and free of the rating", () => {
    const review = buildClaimReview(claim(), pageUrl, config)!;
    const reviewed = review.claimReviewed as string;
    expect(reviewed.length).toBeLessThanOrEqual(CLAIM_REVIEWED_MAX);
    expect(reviewed.endsWith("…")).toBe(true);
    expect(claim().statement.startsWith(reviewed.slice(0, -1))).toBe(true);
    expect(reviewed.toLowerCase()).not.toContain("misleading");
    expect(shortenClaim("Short claim.")).toBe("Short claim.");
  });

  it("gives ratingValue on a 1–5 scale for the ordinal ratings only", () => {
    for (const rating of Object.values(Rating)) {
      const reviewRating = buildClaimReview(claim({ rating }), pageUrl, config)!.reviewRating as Record<string, unknown>;
      expect(reviewRating.alternateName).toBe(RATING_LABELS[rating]);
      if (rating in ORDINAL_RATING_VALUES) {
        expect(reviewRating).toMatchObject({ ratingValue: ORDINAL_RATING_VALUES[rating], bestRating: 5, worstRating: 1 });
      } else {
        expect(reviewRating).not.toHaveProperty("ratingValue");
        expect(reviewRating).not.toHaveProperty("bestRating");
      }
    }
    expect(ORDINAL_RATING_VALUES).toEqual({ TRUE: 5, MOSTLY_TRUE: 4, HALF_TRUE: 3, MOSTLY_FALSE: 2, FALSE: 1 });
  });

  it("names the publishing organisation from configuration as author", () => {
    expect(buildClaimReview(claim(), pageUrl, config)!.author).toEqual({
      "@type": "Organization",
      name: "Example Fact Desk",
      url: "https://example.org",
    });
  });

  it("reviews a Claim with its author (sameAs when known), appearance, first appearance and date", () => {
    const item = buildClaimReview(claim(), pageUrl, config)!.itemReviewed as Record<string, unknown>;
    expect(item).toMatchObject({
      "@type": "Claim",
      author: { "@type": "Person", name: "Donald Trump", sameAs: "https://www.wikidata.org/wiki/Q22686" },
      datePublished: "2025-11-25",
      firstAppearance: { "@type": "CreativeWork", url: "https://news.example.com/envoys" },
    });
    expect(item.appearance).toEqual([item.firstAppearance]);
    const organisation = buildClaimReview(
      claim({ claimant: { name: "Institute for the Study of War", kind: "ORGANIZATION", sameAs: null } }),
      pageUrl,
      config,
    )!.itemReviewed as { author: Record<string, unknown> };
    expect(organisation.author).toEqual({ "@type": "Organization", name: "Institute for the Study of War" });
  });

  it("dates the reviewed claim by its first appearance when the day it was said is unknown", () => {
    const item = buildClaimReview(claim({ saidAt: null }), pageUrl, config)!.itemReviewed as Record<string, unknown>;
    expect(item.datePublished).toBe((claim().firstAppearance!.publishedAt as Date).toISOString().slice(0, 10));
    const undated = buildClaimReview(claim({ saidAt: null, firstAppearance: null }), pageUrl, config)!.itemReviewed as Record<string, unknown>;
    expect(undated).not.toHaveProperty("datePublished");
  });

  it("is absent for a claim without a rating", () => {
    expect(buildClaimReview(claim({ rating: null }), pageUrl, config)).toBeNull();
  });

  it("parses as JSON and uses only schema.org types and properties", () => {
    for (const rating of Object.values(Rating)) {
      const script = jsonLdScript(buildClaimReview(claim({ rating }), pageUrl, config));
      const parsed = JSON.parse(script);
      const seen = vocabulary(parsed, { types: [], properties: [] });
      expect(seen.types.filter((type) => !SCHEMA_ORG_TYPES.has(type))).toEqual([]);
      expect(seen.properties.filter((property) => !SCHEMA_ORG_PROPERTIES.has(property))).toEqual([]);
    }
  });

  it("cannot be broken out of its script tag", () => {
    const script = jsonLdScript(buildClaimReview(claim({ statement: "</script><script>alert(1)</script>" }), pageUrl, config));
    expect(script).not.toContain("<");
    expect(JSON.parse(script).claimReviewed).toContain("</script>");
  });
});
