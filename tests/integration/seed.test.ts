import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resolvePassage } from "@/lib/sources/anchor";
import { SEED_ARTICLE } from "@/seed/article";
import { SEED_CLAIMS } from "@/seed/data/claims";
import { SEED_SOURCES } from "@/seed/data/sources";
import { SEED_SPEAKERS } from "@/seed/data/speakers";
import { DEMO_USERS } from "@/seed/data/users";
import { seedDatabase, shouldSeedDemoUsers, type SeedReport } from "@/seed/seed";
import { seedTestDatabase } from "../helpers/fixtures";

let firstRun: SeedReport;

beforeAll(async () => {
  firstRun = await seedTestDatabase();
});

const claimBySlug = (slug: string) =>
  db.claim.findUniqueOrThrow({
    where: { slug },
    include: {
      claimant: true,
      relayedFrom: true,
      evidence: { include: { source: true } },
      linksFrom: { include: { toClaim: true } },
      linksTo: { include: { fromClaim: true } },
      statusChanges: true,
    },
  });

describe("seed from the article", () => {
  it("creates every claim, speaker and source of the seed data", async () => {
    expect(firstRun.claims).toEqual({ created: SEED_CLAIMS.length, skipped: 0 });
    expect(await db.claim.count()).toBe(SEED_CLAIMS.length);
    expect(await db.speaker.count()).toBe(SEED_SPEAKERS.length);
    expect(await db.source.count()).toBe(SEED_SOURCES.length);
    expect(await db.claim.count()).toBeGreaterThanOrEqual(25);
    expect(await db.speaker.count()).toBeGreaterThanOrEqual(15);
    expect(await db.source.count()).toBeGreaterThanOrEqual(8);
    expect(await db.evidence.count()).toBe(firstRun.evidence.created);
    expect(await db.user.count()).toBe(DEMO_USERS.length);
  });

  it("is idempotent: a second run creates nothing and leaves the counts as they were", async () => {
    const before = await Promise.all([db.claim.count(), db.evidence.count(), db.claimLink.count(), db.statusChange.count()]);
    const second = await seedTestDatabase();
    for (const kind of Object.values(second)) expect(kind.created).toBe(0);
    expect(second.claims.skipped).toBe(SEED_CLAIMS.length);
    const after = await Promise.all([db.claim.count(), db.evidence.count(), db.claimLink.count(), db.statusChange.count()]);
    expect(after).toEqual(before);
  });

  it("never overwrites a claim an editor has changed", async () => {
    await db.claim.update({
      where: { slug: "peace-plan-now-stands-at-19-points" },
      data: { verification: "DENIED", statement: "Edited by the desk", version: { increment: 1 } },
    });
    await seedTestDatabase();
    const claim = await claimBySlug("peace-plan-now-stands-at-19-points");
    expect(claim.verification).toBe("DENIED");
    expect(claim.statement).toBe("Edited by the desk");
    await db.claim.update({
      where: { id: claim.id },
      data: { verification: "DISPUTED", statement: SEED_CLAIMS.find((c) => c.slug === claim.slug)!.statement },
    });
  });

  it("stores the article as a source with its text, title and publisher", async () => {
    const article = await db.source.findUniqueOrThrow({ where: { slug: SEED_ARTICLE.slug } });
    expect(article).toMatchObject({ title: SEED_ARTICLE.title, publisher: "Newslooks", publishedAtInferred: true });
    expect(article.text).toContain("Trump Sends Envoys to Moscow and Kyiv");
  });

  it("keeps every quote verbatim and anchored to its paragraph of the article", async () => {
    const article = await db.source.findUniqueOrThrow({ where: { slug: SEED_ARTICLE.slug } });
    const claims = await db.claim.findMany();
    expect(claims.filter((claim) => claim.quote).length).toBeGreaterThanOrEqual(15);
    for (const claim of claims) {
      expect(claim.firstAppearanceId).toBe(article.id);
      const passage = resolvePassage(article.text!, {
        exact: claim.anchorExact!,
        prefix: claim.anchorPrefix!,
        suffix: claim.anchorSuffix!,
        paragraph: claim.anchorParagraph!,
      });
      expect(passage, claim.slug).not.toBeNull();
      expect(passage!.paragraph, claim.slug).toBe(claim.anchorParagraph);
      if (claim.quote) {
        expect(article.text!.includes(claim.quote), claim.slug).toBe(true);
        expect(claim.anchorExact!.includes(claim.quote), claim.slug).toBe(true);
      }
    }
    const concept = await claimBySlug("trump-plan-was-a-concept");
    expect(concept.quote).toBe("That was not a plan — it was a concept");
    expect(concept.venue).toBe("aboard Air Force One");
  });

  it("resolves \"Tuesday\" against the article date and records that it was inferred", async () => {
    const claim = await claimBySlug("trump-plan-was-a-concept");
    expect(claim.saidAt?.toISOString().slice(0, 10)).toBe("2025-11-25");
    expect(claim.saidAtInferred).toBe(true);
    expect(claim.saidAtNote).toBe(
      'The article says "Tuesday night" without a date; we take it to be 25 Nov 2025, the Tuesday before the article appeared (the article is itself undated; we date it 26 Nov 2025).',
    );
    const transcript = await db.source.findUniqueOrThrow({ where: { slug: "witkoff-ushakov-call-transcript" } });
    expect(transcript.publishedAt?.toISOString().slice(0, 10)).toBe("2025-10-14");
    expect(transcript.publishedAtInferred).toBe(true);
  });

  it("records the leaked-call claims as unverified: Bloomberg reports, the AP could not verify", async () => {
    for (const slug of ["witkoff-coached-ushakov-on-trump-pitch", "witkoff-advised-ushakov-to-congratulate-trump-on-gaza"]) {
      const claim = await claimBySlug(slug);
      expect(claim.verification).toBe("UNVERIFIED");
      expect(claim.rating).toBeNull();
      const stances = claim.evidence.map((item) => [item.source.publisher, item.stance]);
      expect(stances).toContainEqual(["Bloomberg News", "REPORTS"]);
      expect(stances).toContainEqual(["The Associated Press", "COULD_NOT_VERIFY"]);
      expect(claim.evidence.find((item) => item.stance === "REPORTS" && item.source.kind === "NEWS_ARTICLE")?.note).toMatch(
        /reviewed a recording/,
      );
      const transcript = claim.evidence.find((item) => item.source.kind === "TRANSCRIPT")!.source;
      expect(transcript.verification).toBe("UNVERIFIED");
    }
    const gaza = await claimBySlug("witkoff-advised-ushakov-to-congratulate-trump-on-gaza");
    expect(gaza.quote).toBe("man of peace");
    expect(gaza.relayedFrom?.name).toBe("Steve Witkoff");
  });

  it("records the 19-point report as disputed, with Bevz's statement disputing it", async () => {
    const claim = await claimBySlug("peace-plan-now-stands-at-19-points");
    expect(claim.verification).toBe("DISPUTED");
    const disputes = claim.evidence.filter((item) => item.stance === "DISPUTES");
    expect(disputes).toHaveLength(1);
    expect(disputes[0]!.source.slug).toBe("ap-interview-oleksandr-bevz");
    expect(claim.linksTo.map((link) => [link.fromClaim.claimantId, link.type])).toContainEqual([
      (await db.speaker.findUniqueOrThrow({ where: { slug: "oleksandr-bevz" } })).id,
      "CONTRADICTS",
    ]);
  });

  it("links Trump's Donbas claim as contradicted by ISW's estimate of several years", async () => {
    const claim = await claimBySlug("trump-donbas-might-be-gotten-by-russia-anyway");
    expect(claim.claimant.name).toBe("Donald Trump");
    expect(claim.quote).toContain("might be gotten by Russia anyway");
    const contradicting = claim.linksTo.filter((link) => link.type === "CONTRADICTS");
    expect(contradicting.map((link) => link.fromClaim.slug)).toEqual(["isw-russia-needs-several-years-to-conquer-donbas"]);
    const isw = claim.evidence.find((item) => item.source.publisher === "Institute for the Study of War");
    expect(isw).toMatchObject({ stance: "CONTRADICTS", strength: "ESTIMATE" });
  });

  it("keeps the attribution chain when Starmer relays what Zelenskyy indicated", async () => {
    const claim = await claimBySlug("starmer-zelenskyy-majority-of-text-acceptable");
    expect(claim.claimant.name).toBe("Keir Starmer");
    expect(claim.relayedFrom?.name).toBe("Volodymyr Zelenskyy");
  });

  it("rates only where the article gives the basis, and gives it, as of the article's date", async () => {
    const rated = await db.claim.findMany({ where: { rating: { not: null } } });
    expect(rated.length).toBe(SEED_CLAIMS.filter((claim) => claim.rating).length);
    for (const claim of rated) {
      expect(claim.ratingSummary).toBe(SEED_CLAIMS.find((seed) => seed.slug === claim.slug)!.rating!.summary);
      expect(claim.ratedAt).toEqual(SEED_ARTICLE.publishedAt);
    }
  });

  it("records a seeded claim's publication, dated by the article, as its only event", async () => {
    const claim = await claimBySlug("peace-plan-now-stands-at-19-points");
    expect(claim.statusChanges.map((change) => `${change.field}:${change.fromValue}→${change.toValue}`)).toEqual(["WORKFLOW:DRAFT→PUBLISHED"]);
    expect(claim.statusChanges[0]!.createdAt).toEqual(SEED_ARTICLE.publishedAt);
    expect(claim.statusChanges[0]!.reason).toBe(`From the Newslooks article "${SEED_ARTICLE.title}".`);
    const draft = await claimBySlug(SEED_CLAIMS.find((seed) => seed.workflow === "DRAFT")!.slug);
    expect(draft.statusChanges).toEqual([]);
  });

  it("says who disputes the 19-point figure: Bevz, whose interview the AP carried", async () => {
    const claim = await db.claim.findUniqueOrThrow({
      where: { slug: "peace-plan-now-stands-at-19-points" },
      include: { evidence: { include: { source: true, attributedTo: true } } },
    });
    const dispute = claim.evidence.find((item) => item.stance === "DISPUTES")!;
    expect(dispute.attributedTo?.name).toBe("Oleksandr Bevz");
    expect(dispute.source.publisher).toBe("The Associated Press");
  });
});

describe("demo users", () => {
  it("are seeded outside production only", async () => {
    expect(shouldSeedDemoUsers({ NODE_ENV: "production" })).toBe(false);
    expect(shouldSeedDemoUsers({ NODE_ENV: "development" })).toBe(true);
    expect(shouldSeedDemoUsers({})).toBe(true);
  });

  it("carry an argon2id hash that no ordinary query returns", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS[1].email } });
    expect("passwordHash" in user).toBe(false);
    const withHash = await db.user.findUniqueOrThrow({
      where: { email: DEMO_USERS[1].email },
      select: { passwordHash: true },
    });
    expect(withHash.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("are not created when the seed runs for production", async () => {
    await db.user.deleteMany({ where: { email: DEMO_USERS[2].email } });
    const report = await seedDatabase(db, { includeDemoUsers: false });
    expect(report.users).toEqual({ created: 0, skipped: 0 });
    expect(await db.user.findUnique({ where: { email: DEMO_USERS[2].email } })).toBeNull();
  });
});
