import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { anchorPassage } from "@/lib/sources/anchor";
import { readSeedArticle } from "@/seed/article";
import { SEED_CLAIMS } from "@/seed/data/claims";
import { SEED_SOURCES } from "@/seed/data/sources";
import { SEED_SPEAKERS } from "@/seed/data/speakers";

const article = readSeedArticle();
const speakerSlugs = new Set(SEED_SPEAKERS.map((speaker) => speaker.slug));
const sourceSlugs = new Set<string>(SEED_SOURCES.map((source) => source.slug));
const claimSlugs = new Set(SEED_CLAIMS.map((claim) => claim.slug));

describe("seed data", () => {
  // The shared article sits beside the checkout on the team's machines and in CI.
  const shared = new URL("../../../shared/seed-article.txt", import.meta.url);
  it.skipIf(!existsSync(shared))("is a verbatim copy of the shared article", () => {
    expect(article).toBe(readFileSync(shared, "utf8"));
  });

  it("holds at least 25 claims, 15 speakers (people and organisations) and 8 sources", () => {
    expect(SEED_CLAIMS.length).toBeGreaterThanOrEqual(25);
    expect(SEED_SPEAKERS.length).toBeGreaterThanOrEqual(15);
    expect(SEED_SPEAKERS.some((speaker) => speaker.kind === "ORGANIZATION")).toBe(true);
    expect(SEED_SOURCES.length).toBeGreaterThanOrEqual(8);
  });

  it("quotes every quote verbatim and anchors it to exactly one place in the article", () => {
    for (const claim of SEED_CLAIMS) {
      const passage = claim.passage ?? claim.quote;
      expect(passage, claim.slug).toBeDefined();
      if (claim.quote) {
        expect(article.includes(claim.quote), `${claim.slug}: quote not verbatim`).toBe(true);
        expect(passage!.includes(claim.quote), `${claim.slug}: passage must contain the quote`).toBe(true);
      }
      expect(() => anchorPassage(article, passage!), claim.slug).not.toThrow();
    }
  });

  it("refers only to speakers, sources and claims that exist, with unique slugs", () => {
    expect(claimSlugs.size).toBe(SEED_CLAIMS.length);
    for (const claim of SEED_CLAIMS) {
      expect(speakerSlugs.has(claim.claimant), claim.slug).toBe(true);
      if (claim.relayedFrom) expect(speakerSlugs.has(claim.relayedFrom), claim.slug).toBe(true);
      for (const item of claim.evidence) expect(sourceSlugs.has(item.source), `${claim.slug} → ${item.source}`).toBe(true);
      expect(new Set(claim.evidence.map((item) => item.source)).size, `${claim.slug}: one row per source`).toBe(
        claim.evidence.length,
      );
      for (const link of claim.links ?? []) expect(claimSlugs.has(link.to), `${claim.slug} → ${link.to}`).toBe(true);
    }
  });

  it("rates a claim only with a summary that gives the basis, written for a reader", () => {
    const rated = SEED_CLAIMS.filter((claim) => claim.rating);
    expect(rated.length).toBeGreaterThan(0);
    for (const claim of rated) {
      expect(claim.rating!.summary.length, claim.slug).toBeGreaterThan(40);
      expect(claim.rating!.summary, claim.slug).not.toMatch(/seed|Rated on the basis/i);
    }
  });

  it("names who supports, disputes or contradicts a claim, never just the outlet that carried it", () => {
    const publisherOf = new Map<string, string | undefined>(SEED_SOURCES.map((source) => [source.slug, "publisher" in source ? source.publisher : undefined]));
    for (const claim of SEED_CLAIMS) {
      for (const item of claim.evidence) {
        if (item.by) expect(speakerSlugs.has(item.by), `${claim.slug} → ${item.by}`).toBe(true);
        if (["SUPPORTS", "DISPUTES", "CONTRADICTS"].includes(item.stance)) {
          expect(item.by, `${claim.slug}: who ${item.stance.toLowerCase()} it in ${item.source} (${publisherOf.get(item.source)})?`).toBeDefined();
        }
      }
    }
    const nineteen = SEED_CLAIMS.find((claim) => claim.slug === "peace-plan-now-stands-at-19-points")!;
    expect(nineteen.evidence.find((item) => item.stance === "DISPUTES")?.by).toBe("oleksandr-bevz");
  });
});
