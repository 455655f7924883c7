import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseClaimListQuery } from "@/lib/claims/list-query";
import { listPublicClaims } from "@/lib/claims/public-list";
import { createPrismaClient, db, type DbClient } from "@/lib/db";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { claimSearchText } from "@/lib/text/search-text";
import { readSeedArticle } from "@/seed/article";
import { SEED_CLAIMS } from "@/seed/data/claims";
import { seedDatabase } from "@/seed/seed";
import { synthesize, type SynthReport } from "@/seed/synth/synth";
import { SYNTH_QUERY_WORDS } from "@/seed/synth/vocabulary";
import * as words from "@/seed/synth/words";
import { seedTestDatabase } from "../helpers/fixtures";
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from "../helpers/test-database";

const CLAIMS = 300;
const SEED = 7;
const SYNTHETIC = { id: { startsWith: "syn-claim-" } };

let report: SynthReport;
const progress: string[] = [];

beforeAll(async () => {
  await seedTestDatabase();
  // Small transactions, so several batches run.
  report = await synthesize(db, { claims: CLAIMS, seed: SEED, batchSize: 100, onProgress: (line) => progress.push(line) });
});

/** Every claim with what the integrity checks need, status changes in time order. */
const loadClaims = (client: DbClient) =>
  client.claim.findMany({
    orderBy: { id: "asc" },
    include: {
      claimant: true,
      relayedFrom: true,
      topics: true,
      evidence: { include: { source: true }, orderBy: { id: "asc" } },
      annotations: true,
      statusChanges: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });

const hasWord = (text: string, word: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${word}($|[^\\p{L}\\p{N}])`, "u").test(text);

describe(`npm run db:synth (${TEST_ENGINE})`, () => {
  it("grows the seeded database to the number of claims asked for, keeping the seed's", async () => {
    expect(report.claimsBefore).toBe(SEED_CLAIMS.length);
    expect(report.claimsAfter).toBe(CLAIMS);
    expect(await db.claim.count()).toBe(CLAIMS);
    expect(await db.claim.count({ where: SYNTHETIC })).toBe(CLAIMS - SEED_CLAIMS.length);
    expect(await db.claim.count({ where: { slug: { in: SEED_CLAIMS.map((claim) => claim.slug) } } })).toBe(SEED_CLAIMS.length);
    expect(report.created.evidence).toBe(await db.evidence.count({ where: { claim: SYNTHETIC } }));
    expect(report.created.statusChanges).toBe(await db.statusChange.count({ where: { claim: SYNTHETIC } }));
    expect(report.created.claimSubjects).toBe(await db.claimSubject.count({ where: { claim: SYNTHETIC } }));
    expect(progress.some((line) => /^claims: 265\/265 \(100%\), [\d,]+ claims\/s, [\d,]+ rows\/s$/.test(line))).toBe(true);
  });

  it("gives the claims a realistic shape: evidence, notes, topics, statuses and dates", async () => {
    const claims = (await loadClaims(db)).filter((claim) => claim.id.startsWith("syn-claim-"));
    const share = (test: (claim: (typeof claims)[number]) => boolean) => claims.filter(test).length / claims.length;
    for (const claim of claims) {
      expect(claim.evidence.length, claim.slug).toBeGreaterThanOrEqual(1);
      expect(claim.evidence.length, claim.slug).toBeLessThanOrEqual(4);
      expect(claim.topics.length, claim.slug).toBeGreaterThanOrEqual(1);
      expect(claim.topics.length, claim.slug).toBeLessThanOrEqual(3);
      expect(claim.annotations.length, claim.slug).toBeLessThanOrEqual(3);
      expect(claim.version).toBe(1);
      expect(claim.statement.split(" ").length, claim.statement).toBeGreaterThanOrEqual(10);
      expect(claim.statement.split(" ").length, claim.statement).toBeLessThanOrEqual(28);
      expect(claim.slug).toMatch(/^[a-z0-9-]{1,120}$/);
    }
    expect(share((claim) => claim.workflow === "PUBLISHED")).toBeGreaterThan(0.6);
    expect(share((claim) => claim.workflow === "PUBLISHED")).toBeLessThan(0.85);
    for (const workflow of ["DRAFT", "IN_REVIEW", "ARCHIVED"] as const) {
      expect(share((claim) => claim.workflow === workflow), workflow).toBeGreaterThan(0.02);
    }
    expect(new Set(claims.map((claim) => claim.verification)).size).toBeGreaterThanOrEqual(5);
    expect(share((claim) => claim.rating !== null)).toBeGreaterThan(0.3);
    expect(share((claim) => claim.quote !== null)).toBeGreaterThan(0.4);
    expect(share((claim) => claim.relayedFromId !== null)).toBeGreaterThan(0.01);
    expect(share((claim) => claim.assigneeId !== null)).toBeGreaterThan(0.05);
    expect(share((claim) => claim.annotations.some((note) => note.visibility === "PUBLIC"))).toBeGreaterThan(0.05);
    expect(share((claim) => claim.annotations.some((note) => note.visibility === "INTERNAL"))).toBeGreaterThan(0.3);
    const years = new Set(claims.flatMap((claim) => (claim.saidAt ? [claim.saidAt.getUTCFullYear()] : [])));
    expect(years.size).toBeGreaterThanOrEqual(5);
    const evidencePerClaim = claims.reduce((sum, claim) => sum + claim.evidence.length, 0) / claims.length;
    expect(evidencePerClaim).toBeGreaterThan(1.8);
    expect(evidencePerClaim).toBeLessThan(2.8);
  });

  it("makes a share of claims about someone besides their claimant and whom they relay", async () => {
    const claims = await db.claim.findMany({
      where: SYNTHETIC,
      select: { slug: true, claimantId: true, relayedFromId: true, subjects: { select: { speakerId: true } } },
    });
    const withSubjects = claims.filter((claim) => claim.subjects.length > 0);
    expect(withSubjects.length / claims.length).toBeGreaterThan(0.08);
    expect(withSubjects.length / claims.length).toBeLessThan(0.3);
    for (const claim of withSubjects) {
      expect(claim.subjects.length, claim.slug).toBeLessThanOrEqual(2);
      for (const { speakerId } of claim.subjects) {
        expect(speakerId, claim.slug).not.toBe(claim.claimantId);
        expect(speakerId, claim.slug).not.toBe(claim.relayedFromId);
      }
    }
  });

  it("holds the seed data's integrity: speakers, timelines, evidence, search text, topics", async () => {
    const claims = await loadClaims(db);
    const topicIds = new Set((await db.topic.findMany({ select: { id: true } })).map((topic) => topic.id));
    for (const claim of claims) {
      expect(claim.claimant, claim.slug).not.toBeNull();
      if (claim.relayedFromId) expect(claim.relayedFrom?.id, claim.slug).toBe(claim.relayedFromId);
      expect(claim.relayedFromId, claim.slug).not.toBe(claim.claimantId);
      expect(claim.searchText, claim.slug).toBe(
        claimSearchText({
          statement: claim.statement,
          quote: claim.quote,
          context: claim.context,
          speakerNames: [claim.claimant.name, claim.relayedFrom?.name],
        }),
      );
      expect(new Set(claim.evidence.map((item) => item.sourceId)).size, claim.slug).toBe(claim.evidence.length);
      for (const topic of claim.topics) expect(topicIds.has(topic.id)).toBe(true);
      if (claim.workflow === "PUBLISHED" || claim.workflow === "ARCHIVED") {
        expect(claim.statusChanges.some((change) => change.field === "WORKFLOW" && change.toValue === "PUBLISHED"), claim.slug).toBe(true);
      }
      if (claim.rating) {
        expect(claim.ratedAt, claim.slug).not.toBeNull();
        expect(claim.evidence.length, claim.slug).toBeGreaterThan(0);
      }
      if (!claim.id.startsWith("syn-claim-")) continue;
      // Per field, each change starts where the last one ended and the last ends at the claim's value.
      const final = { VERIFICATION: claim.verification, RATING: claim.rating, WORKFLOW: claim.workflow };
      const start = { VERIFICATION: null, RATING: null, WORKFLOW: "DRAFT" };
      for (const field of ["VERIFICATION", "RATING", "WORKFLOW"] as const) {
        const changes = claim.statusChanges.filter((change) => change.field === field);
        let value: string | null = start[field];
        for (const change of changes) {
          expect(change.fromValue, `${claim.slug} ${field}`).toBe(value);
          expect(change.createdAt.getTime()).toBeGreaterThan(claim.createdAt.getTime());
          expect(change.reason.length).toBeGreaterThan(0);
          value = change.toValue;
        }
        if (changes.length > 0) expect(value, `${claim.slug} ${field}`).toBe(final[field]);
        else expect(final[field], `${claim.slug} ${field}`).toBe(field === "VERIFICATION" ? "UNVERIFIED" : start[field]);
      }
      const ratings = claim.statusChanges.filter((change) => change.field === "RATING");
      expect(claim.ratedAt?.getTime() ?? null, claim.slug).toBe(ratings.at(-1)?.createdAt.getTime() ?? null);
      if (claim.rating) expect(claim.ratingSummary!.length, claim.slug).toBeGreaterThanOrEqual(10);
      const lastChange = claim.statusChanges.at(-1)?.createdAt.getTime() ?? claim.createdAt.getTime();
      expect(claim.updatedAt.getTime(), claim.slug).toBeGreaterThanOrEqual(lastChange);
    }
    const evidencePairs = await db.evidence.groupBy({ by: ["claimId", "sourceId"], _count: { _all: true } });
    expect(evidencePairs.every((pair) => pair._count._all === 1)).toBe(true);
  });

  it("plants the marker words at their rates, and readers' search finds the published claims by them", async () => {
    const claims = await db.claim.findMany({ where: SYNTHETIC, select: { searchText: true, workflow: true } });
    const withCommon = claims.filter((claim) => hasWord(claim.searchText, SYNTH_QUERY_WORDS.common));
    expect(withCommon.length / claims.length).toBeGreaterThan(0.35);
    expect(withCommon.length / claims.length).toBeLessThan(0.65);
    expect(claims.filter((claim) => hasWord(claim.searchText, SYNTH_QUERY_WORDS.rare)).length).toBeLessThanOrEqual(1);
    expect(await db.claim.count({ where: { searchText: { contains: SYNTH_QUERY_WORDS.absent } } })).toBe(0);
    const [first, second] = SYNTH_QUERY_WORDS.phrase.split(" ") as [string, string];
    expect(claims.filter((claim) => claim.searchText.includes(SYNTH_QUERY_WORDS.phrase)).length).toBeGreaterThan(0);
    expect(claims.filter((claim) => hasWord(claim.searchText, first)).length).toBeGreaterThan(
      claims.filter((claim) => claim.searchText.includes(SYNTH_QUERY_WORDS.phrase)).length,
    );
    expect(words.SYNTH_WORDS).toContain(first);
    expect(words.SYNTH_WORDS).toContain(second);

    const published = await db.claim.findMany({ where: { workflow: "PUBLISHED" }, select: { slug: true, searchText: true } });
    const expected = published.filter((claim) => hasWord(claim.searchText, SYNTH_QUERY_WORDS.common)).map((claim) => claim.slug);
    expect(expected.length).toBeGreaterThan(50);
    const page = await listPublicClaims(parseClaimListQuery({ q: SYNTH_QUERY_WORDS.common, pageSize: "100" }).query);
    expect(page.total).toBe(expected.length);
    for (const item of page.items) expect(expected).toContain(item.slug);
    const none = await listPublicClaims(parseClaimListQuery({ q: SYNTH_QUERY_WORDS.absent }).query);
    expect(none.total).toBe(0);
  });

  it("writes marker words nowhere else: no other word, name or title contains one", () => {
    const markers = [SYNTH_QUERY_WORDS.common, SYNTH_QUERY_WORDS.rare, SYNTH_QUERY_WORDS.absent];
    const vocabulary = [
      ...words.SYNTH_WORDS,
      ...words.FIRST_NAMES,
      ...words.LAST_NAMES,
      ...words.PLACES,
      ...words.NEWSPAPER_NAMES,
      ...words.TOPIC_SUBJECTS,
      ...words.REGIONS,
      ...words.PERSON_TITLES,
      ...words.PARTIES,
      ...words.ORGANIZATION_FIELDS,
      ...words.VENUES,
      ...words.STATUS_REASONS,
      ...words.NOTE_TEMPLATES,
      ...words.COUNTRIES,
    ].map((word) => word.toLowerCase());
    for (const marker of markers) {
      expect(vocabulary.filter((word) => word.includes(marker)), marker).toEqual([]);
      // Nor a word sharing its stem ("official" beside "officials"), for stemming search engines.
      expect(vocabulary.filter((word) => word.startsWith(marker.slice(0, -2))), marker).toEqual([]);
    }
    expect(readSeedArticle().toLowerCase()).not.toContain(SYNTH_QUERY_WORDS.absent);
    expect(new Set(words.SYNTH_WORDS).size).toBe(words.SYNTH_WORDS.length);
    expect(words.SYNTH_WORDS.length).toBeGreaterThan(1_000);
  });

  it("says so and does nothing when the database already holds that many claims", async () => {
    const before = await Promise.all([db.claim.count(), db.evidence.count(), db.statusChange.count(), db.speaker.count()]);
    const lines: string[] = [];
    const again = await synthesize(db, { claims: CLAIMS - 10, seed: SEED, onProgress: (line) => lines.push(line) });
    expect(again.claimsAfter).toBe(again.claimsBefore);
    expect(Object.values(again.created).every((count) => count === 0)).toBe(true);
    expect(lines.join("\n")).toMatch(/already has 300 claims \(asked for 290\): nothing to do/);
    expect(await Promise.all([db.claim.count(), db.evidence.count(), db.statusChange.count(), db.speaker.count()])).toEqual(before);
  });
});

describe("determinism", () => {
  let other: TestDatabase;
  let otherDb: DbClient;

  beforeAll(async () => {
    other = await createTestDatabase();
    const target = resolveDatabaseTarget(other.url);
    await applyPendingMigrations(target);
    otherDb = createPrismaClient(target);
    await seedDatabase(otherDb, { includeDemoUsers: true });
    await synthesize(otherDb, { claims: CLAIMS, seed: SEED });
  });

  afterAll(async () => {
    await otherDb?.$disconnect();
    await other?.drop();
  });

  it("gives the same data for the same seed and count, whatever the batch size", async () => {
    const snapshot = async (client: DbClient) =>
      (await loadClaims(client))
        .filter((claim) => claim.id.startsWith("syn-claim-"))
        .map((claim) => ({
          slug: claim.slug,
          statement: claim.statement,
          quote: claim.quote,
          context: claim.context,
          claimant: claim.claimant.slug,
          relayedFrom: claim.relayedFrom?.slug ?? null,
          saidAt: claim.saidAt,
          status: [claim.workflow, claim.verification, claim.rating],
          topics: claim.topics.map((topic) => topic.slug).sort(),
          evidence: claim.evidence.map((item) => [item.source.slug, item.stance, item.strength]),
          changes: claim.statusChanges.map((change) => [change.field, change.fromValue, change.toValue, change.createdAt]),
          searchText: claim.searchText,
        }));
    const [mine, theirs] = await Promise.all([snapshot(db), snapshot(otherDb)]);
    expect(theirs.length).toBe(CLAIMS - SEED_CLAIMS.length);
    expect(theirs).toEqual(mine);
  });
});

describe("the command line", () => {
  const tsx = path.resolve("node_modules/.bin/tsx");
  const run = (databaseUrl: string, args: string[]) =>
    promisify(execFile)(tsx, [path.resolve("seed/synth/cli.ts"), ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      timeout: 30_000,
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);

  it("reports that there is nothing to do, refuses a remote database, and explains bad arguments", async () => {
    const [done, remote, bad] = await Promise.all([
      run(process.env.DATABASE_URL!, ["--claims", String(CLAIMS)]),
      run("postgresql://someone:secret@db.example.com:5432/claimdesk", ["--claims", "10"]),
      run(process.env.DATABASE_URL!, ["--claims", "many"]),
    ]);
    expect(done.stdout).toContain("nothing to do");
    expect(remote).toMatchObject({ code: 1 });
    expect(remote.stderr).toContain("not on this machine");
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.stderr).toContain("--claims needs a whole number");
    expect(bad.stderr).toContain("Usage: npm run db:synth");
  });
});
