// What a fresh install tells readers about the seeded claims (issue 9, items 2–4): who reports,
// supports or disputes each claim, what its timeline and the feed say happened and when, and that
// every sentence is written for a reader. On a real database, through the same reads the pages use.
import { beforeAll, describe, expect, it } from "vitest";
import { claimDetail } from "@/lib/api/v1/serialize";
import { getPublicClaim } from "@/lib/claims/public-claim";
import { feedEntries, recentlyPublished, recentStatusChanges } from "@/lib/claims/recent";
import { db } from "@/lib/db";
import { SEED_ARTICLE } from "@/seed/article";
import { SEED_CLAIMS } from "@/seed/data/claims";
import { seedTestDatabase } from "../helpers/fixtures";
import { SEEDED_SOURCING_LINES } from "../helpers/seeded-sourcing";
import { TEST_ENGINE } from "../helpers/test-database";

beforeAll(async () => {
  await seedTestDatabase();
});


const published = SEED_CLAIMS.filter((claim) => claim.workflow === "PUBLISHED");
const articleDay = SEED_ARTICLE.publishedAt.toISOString().slice(0, 10);
const day = (date: Date) => date.toISOString().slice(0, 10);

describe(`each seeded claim's sourcing line (${TEST_ENGINE})`, () => {
  it("pins the line of every published seeded claim, and only those", () => {
    expect(Object.keys(SEEDED_SOURCING_LINES).sort()).toEqual(published.map((claim) => claim.slug).sort());
  });

  for (const claim of published) {
    it(claim.slug, async () => {
      const row = await getPublicClaim(claim.slug);
      expect(row).not.toBeNull();
      expect(claimDetail(row!).sourcing).toBe(SEEDED_SOURCING_LINES[claim.slug]);
    });
  }

  it("names Bevz, not the outlet that carried his interview, as disputing the 19-point figure", async () => {
    const line = claimDetail((await getPublicClaim("peace-plan-now-stands-at-19-points"))!).sourcing;
    expect(line).toContain("Disputed by Oleksandr Bevz");
    expect(line).not.toMatch(/Associated Press/);
  });
});

describe(`the seeded public record (${TEST_ENGINE})`, () => {
  it("writes no 'none → …' entries: a claim's first status is not a change", async () => {
    const firsts = await db.statusChange.findMany({ where: { fromValue: null }, select: { field: true, claim: { select: { slug: true } } } });
    expect(firsts).toEqual([]);
    for (const claim of published) {
      const timeline = (await getPublicClaim(claim.slug))!.statusChanges;
      expect(timeline.filter((change) => change.fromValue === null), claim.slug).toEqual([]);
    }
  });

  it("dates seeded history by the article, not by the day the data was loaded", async () => {
    const changes = await db.statusChange.findMany({ select: { createdAt: true } });
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) expect(day(change.createdAt)).toBe(articleDay);
    for (const claim of published) {
      const row = (await getPublicClaim(claim.slug))!;
      expect(day(row.createdAt), claim.slug).toBe(articleDay);
      expect(day(row.updatedAt), claim.slug).toBe(articleDay);
      if (row.ratedAt) {
        for (const change of row.statusChanges) expect(day(change.createdAt), claim.slug).toBe(day(row.ratedAt));
      }
    }
  });

  it("gives each published claim one timeline entry and one feed entry: its publication", async () => {
    for (const claim of published) {
      const timeline = (await getPublicClaim(claim.slug))!.statusChanges;
      expect(timeline.map((change) => `${change.field}:${change.fromValue}→${change.toValue}`), claim.slug).toEqual([
        "WORKFLOW:DRAFT→PUBLISHED",
      ]);
    }
    const feed = await feedEntries({ take: 500 });
    expect(feed).toHaveLength(published.length);
    expect(new Set(feed.map((entry) => entry.claim.slug)).size).toBe(published.length);
    expect(await recentlyPublished({ take: 500 })).toHaveLength(published.length);
    expect(await recentStatusChanges({ take: 500 })).toEqual([]);
  });
});

/** Words that belong to the desk or to the code, not to a sentence written for a reader. */
const INTERNAL_WORDING = /seed|Rated on the basis|ClaimDesk|stands (as|for)|resolved against|Its own status/i;

describe(`reader-facing seed text (${TEST_ENGINE})`, () => {
  it("says nothing about how the data was loaded or modelled", async () => {
    const [claims, evidence, sources, speakers, changes] = await Promise.all([
      db.claim.findMany({ select: { slug: true, statement: true, context: true, saidAtNote: true, venue: true, ratingSummary: true } }),
      db.evidence.findMany({ select: { note: true } }),
      db.source.findMany({ select: { title: true, verificationNote: true } }),
      db.speaker.findMany({ select: { name: true, title: true, description: true } }),
      db.statusChange.findMany({ select: { reason: true } }),
    ]);
    const texts = [
      ...claims.flatMap((c) => [c.statement, c.context, c.saidAtNote, c.venue, c.ratingSummary]),
      ...evidence.map((e) => e.note),
      ...sources.flatMap((s) => [s.title, s.verificationNote]),
      ...speakers.flatMap((s) => [s.name, s.title, s.description]),
      ...changes.map((c) => c.reason),
    ].filter((text): text is string => Boolean(text));
    expect(texts.filter((text) => INTERNAL_WORDING.test(text))).toEqual([]);
  });
});
