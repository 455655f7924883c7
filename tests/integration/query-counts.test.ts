import { beforeAll, describe, expect, it } from "vitest";
import { getPublicClaim } from "@/lib/claims/public-claim";
import { listPublicClaims } from "@/lib/claims/public-list";
import { parseClaimListQuery } from "@/lib/claims/list-query";
import { db } from "@/lib/db";
import { countQueries } from "@/lib/db/query-count";
import { sitemapFileEntries, sitemapFileIds } from "@/lib/sitemap";
import { getPublicSource } from "@/lib/sources/public-sources";
import { getPublicSpeaker } from "@/lib/speakers/public-speakers";
import { createTestActor } from "../helpers/fixtures";
import { TEST_ENGINE } from "../helpers/test-database";

/** A published claim with `rows` evidence items, public notes, links and status changes. */
async function claimWithRows(label: string, rows: number, authorId: string) {
  const speaker = await db.speaker.create({ data: { slug: `speaker-${label}`, name: `Speaker ${label}` } });
  const sources = await Promise.all(
    Array.from({ length: rows }, (_, i) =>
      db.source.create({ data: { slug: `source-${label}-${i}`, kind: "REPORT", title: `Source ${i}`, publisher: `Publisher ${i}` } }),
    ),
  );
  const claims = await Promise.all(
    Array.from({ length: rows + 1 }, (_, i) =>
      db.claim.create({
        data: { slug: `claim-${label}-${i}`, statement: `Claim ${label} ${i}`, claimantId: speaker.id, workflow: "PUBLISHED" },
      }),
    ),
  );
  const [main, ...others] = claims;
  // The claim first appeared in one more source, which every other claim cites as evidence.
  const wire = await db.source.create({ data: { slug: `wire-${label}`, kind: "NEWS_ARTICLE", title: `Wire ${label}` } });
  await db.claim.update({ where: { id: main!.id }, data: { firstAppearanceId: wire.id } });
  await db.evidence.createMany({ data: others.map((other) => ({ claimId: other.id, sourceId: wire.id, stance: "REPORTS" as const, strength: "SECONDARY" as const })) });
  await db.evidence.createMany({
    data: sources.map((source, i) => ({ claimId: main!.id, sourceId: source.id, stance: i % 2 ? "REPORTS" : "SUPPORTS", strength: "SECONDARY" })),
  });
  await db.annotation.createMany({
    data: Array.from({ length: rows }, (_, i) => ({ claimId: main!.id, authorId, visibility: "PUBLIC" as const, body: `Note ${i}` })),
  });
  await db.claimLink.createMany({ data: others.map((other) => ({ fromClaimId: other.id, toClaimId: main!.id, type: "SUPPORTS" as const })) });
  await db.statusChange.createMany({
    data: Array.from({ length: rows }, (_, i) => ({ claimId: main!.id, field: "VERIFICATION" as const, toValue: "UNVERIFIED", reason: `Change ${i}` })),
  });
  // Someone every one of these claims is about (the "About" list of their page).
  const subject = await db.speaker.create({ data: { slug: `subject-${label}`, name: `Subject ${label}` } });
  await db.claimSubject.createMany({ data: claims.map((claim) => ({ claimId: claim.id, speakerId: subject.id })) });
  return { claimSlug: main!.slug, speakerSlug: speaker.slug, sourceSlug: wire.slug, subjectSlug: subject.slug };
}

let small: Awaited<ReturnType<typeof claimWithRows>>;
let large: Awaited<ReturnType<typeof claimWithRows>>;

beforeAll(async () => {
  const editor = await createTestActor("EDITOR");
  small = await claimWithRows("small", 1, editor.id);
  large = await claimWithRows("large", 60, editor.id);
});

describe(`queries per page (${TEST_ENGINE})`, () => {
  it("the claim page runs as many queries for 60 evidence rows, notes, links and changes as for 1", async () => {
    const few = await countQueries(() => getPublicClaim(small.claimSlug));
    const many = await countQueries(() => getPublicClaim(large.claimSlug));
    expect(few.result!.evidence).toHaveLength(1);
    expect(many.result!.evidence).toHaveLength(60);
    expect(many.result!.links).toHaveLength(60);
    expect(many.statements).toBe(few.statements);
    // One statement per relation level (14 today): constant, not per row.
    expect(many.statements).toBeLessThanOrEqual(16);
    console.info(`claim page: ${few.statements} statements for 1 row of each kind, ${many.statements} for 60`);
  });

  it("the speaker page runs as many queries for 61 claims as for 2, on any page, and shows one page of them", async () => {
    const few = await countQueries(() => getPublicSpeaker(small.speakerSlug));
    const many = await countQueries(() => getPublicSpeaker(large.speakerSlug));
    const later = await countQueries(() => getPublicSpeaker(large.speakerSlug, { page: 4, pageSize: 20 }));
    expect(few.result!.claims).toMatchObject({ total: 2, items: { length: 2 } });
    expect(many.result!.claims).toMatchObject({ total: 61, items: { length: 20 } });
    expect(later.result!.claims.items).toHaveLength(1);
    expect(many.statements).toBe(few.statements);
    expect(later.statements).toBe(few.statements);
    // The speaker, the scorecard (one aggregate, whose total counts their claims), their page of
    // claims, the count and page of claims relaying them, and those claimants, the count and page
    // of claims about them (subject rows, their claims, those claimants): 10 today.
    expect(many.statements).toBeLessThanOrEqual(11);
    console.info(`speaker page: ${few.statements} statements for 2 claims, ${many.statements} for 61`);
  });

  it("the speaker page runs as many queries for 61 claims about them as for 2, on any page", async () => {
    const maker = await countQueries(() => getPublicSpeaker(small.speakerSlug));
    const few = await countQueries(() => getPublicSpeaker(small.subjectSlug));
    const many = await countQueries(() => getPublicSpeaker(large.subjectSlug));
    const later = await countQueries(() => getPublicSpeaker(large.subjectSlug, { page: 4, pageSize: 20 }));
    expect(few.result!.about).toMatchObject({ total: 2, items: { length: 2 } });
    expect(many.result!.about).toMatchObject({ total: 61, items: { length: 20 } });
    expect(many.result!.about.items.every((claim) => claim.role === "ABOUT")).toBe(true);
    expect(later.result!.about.items).toHaveLength(1);
    expect(many.statements).toBe(few.statements);
    expect(later.statements).toBe(few.statements);
    expect(many.statements).toBe(maker.statements);
  });

  it("the source page runs as many queries for 61 citing claims as for 2, and shows one page of them", async () => {
    const few = await countQueries(() => getPublicSource(small.sourceSlug));
    const many = await countQueries(() => getPublicSource(large.sourceSlug));
    expect(few.result!.total).toBe(2);
    expect(many.result).toMatchObject({ total: 61, firstAppearances: { total: 1 }, evidence: { total: 60 } });
    expect(many.result!.evidence.items).toHaveLength(20);
    expect(many.statements).toBe(few.statements);
    // The source; count and page of the claims that first appeared in it (with their evidence
    // from it, and claimants); count and page of those citing it as evidence (claims, claimants): 9 today.
    expect(many.statements).toBeLessThanOrEqual(10);
    console.info(`source page: ${few.statements} statements for 2 citing claims, ${many.statements} for 61`);
  });

  it("a sitemap file runs as many queries whatever it holds", async () => {
    const ids = await countQueries(() => sitemapFileIds({ perFile: 1 }));
    const one = await countQueries(() => sitemapFileEntries("sources-0", { perFile: 1 }));
    const many = await countQueries(() => sitemapFileEntries("sources-0", { perFile: 100 }));
    expect(one.result!.length).toBeLessThanOrEqual(1);
    // Every source is public here: one and a wire for the small claim, 60 and a wire for the large.
    expect(many.result!.length).toBe(1 + 1 + 60 + 1);
    expect(many.statements).toBe(one.statements);
    console.info(`sitemap: ${ids.statements} statements for the list of files, ${many.statements} for a file`);
  });

  it("the claim list runs a constant number of queries whatever the page size", async () => {
    const few = await countQueries(() => listPublicClaims(parseClaimListQuery({ pageSize: "2" }).query));
    const many = await countQueries(() => listPublicClaims(parseClaimListQuery({ pageSize: "100" }).query));
    expect(many.result.items.length).toBeGreaterThan(few.result.items.length);
    expect(many.statements).toBe(few.statements);
  });
});
