import { beforeAll, describe, expect, it } from "vitest";
import { changeClaimStatus } from "@/lib/claims/change-status";
import { createClaim } from "@/lib/claims/create-claim";
import { deskClaimList, ZDeskClaimQuery } from "@/lib/claims/desk-queries";
import { parseClaimListQuery } from "@/lib/claims/list-query";
import { listPublicClaims } from "@/lib/claims/public-list";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { createTestActor } from "../helpers/fixtures";
import { TEST_ENGINE } from "../helpers/test-database";

/**
 * A fixed corpus, searched the same way on both engines: this file runs in the SQLite project and
 * in the PostgreSQL one with the same pinned answers, so both engines return the same claims for
 * the same query. It also follows the index through every kind of write.
 */
const CORPUS = [
  { key: "plan", statement: "The U.S. peace plan for Ukraine was trimmed to 19 points.", quote: "We have 19 points now." },
  { key: "dispute", statement: "A Ukrainian delegate disputes that the peace plan now has 19 points.", context: "Oleksandr Bevz spoke to reporters in Genève." },
  { key: "transcript", statement: "A leaked call transcript shows an envoy coaching a Kremlin aide.", context: "Bloomberg reviewed the transcript; AP has not verified it." },
  { key: "drones", statement: "Russia launched 464 drones and 22 missiles overnight.", context: "Ukraine's air force said so on Telegram." },
  { key: "isw", statement: "ISW estimates Russian forces advanced slowly near Pokrovsk.", quote: "Russian forces are advancing at a slow rate." },
  { key: "cafe", statement: "The talks continued over coffee at a café in Abu Dhabi.", context: "NEAR the end AND after midnight, they said." },
  { key: "draft", statement: "A draft about the peace plan no reader may find.", published: false },
] as const;

const slugByKey = new Map<string, string>();
let editor: Actor;
let speakerId: string;
let sourceId: string;

async function publish(claimId: string) {
  // Only a sourced claim may be published (lib/claims/readiness.ts).
  await db.evidence.create({ data: { claimId, sourceId, stance: "REPORTS", strength: "PRIMARY" } });
  const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } });
  const result = await changeClaimStatus(editor, { claimId, expectedVersion: claim.version, workflow: "PUBLISHED", reason: "Ready for readers" });
  expect(result.ok).toBe(true);
}

beforeAll(async () => {
  editor = await createTestActor("EDITOR");
  speakerId = (await db.speaker.create({ data: { slug: "corpus-speaker", name: "Corpus Speaker" } })).id;
  sourceId = (await db.source.create({ data: { slug: "corpus-source", title: "Corpus Source", kind: "NEWS_ARTICLE" } })).id;
  for (const item of CORPUS) {
    const created = await createClaim(editor, { statement: item.statement, quote: "quote" in item ? item.quote : undefined, context: "context" in item ? item.context : undefined, claimantId: speakerId, firstAppearanceId: sourceId });
    if (!created.ok) throw new Error(JSON.stringify(created));
    slugByKey.set(item.key, created.claim.slug);
    if (!("published" in item)) await publish(created.claim.id);
  }
});

const keysOf = (slugs: string[]) => slugs.map((slug) => [...slugByKey].find(([, s]) => s === slug)?.[0] ?? slug);

async function found(q: string, extra: Record<string, string> = {}) {
  const { query, problems } = parseClaimListQuery({ q, pageSize: "100", ...extra });
  expect(problems).toEqual([]);
  return listPublicClaims(query);
}
const keys = async (q: string) => keysOf((await found(q)).items.map((item) => item.slug)).sort();

describe(`full-text search over a fixed corpus (${TEST_ENGINE})`, () => {
  const cases: [string, string[]][] = [
    ["peace plan", ["dispute", "plan"]],
    ["PEACE Plan", ["dispute", "plan"]],
    ['"peace plan" 19', ["dispute", "plan"]],
    ['"plan peace"', []],
    ["geneve", ["dispute"]],
    ["GENÈVE", ["dispute"]],
    ["cafe", ["cafe"]],
    ["café", ["cafe"]],
    ["transcr", ["transcript"]],
    ["transcripts", []],
    ["u.s.", ["plan"]],
    ["ukraine's", ["drones"]],
    ["ukraine’s", ["drones"]],
    ["464 drones", ["drones"]],
    ["corpus speaker", ["cafe", "dispute", "drones", "isw", "plan", "transcript"]],
    ["NEAR", ["cafe", "isw"]],
    ["near AND", ["cafe"]],
    ["kremlin OR pokrovsk", []],
    ["bevz", ["dispute"]],
    ["nothingmatchesthis", []],
  ];
  for (const [q, expected] of cases) {
    it(`finds ${JSON.stringify(expected)} for ${JSON.stringify(q)}`, async () => {
      expect(await keys(q)).toEqual(expected);
    });
  }

  it("ranks the closer match first", async () => {
    // "transcript" twice in one claim, once in no other.
    const list = await found("transcript");
    expect(keysOf(list.items.map((item) => item.slug))[0]).toBe("transcript");
    const forces = await found("russian forces");
    expect(keysOf(forces.items.map((item) => item.slug))[0]).toBe("isw");
  });

  it("combines search with filters", async () => {
    expect(keysOf((await found("peace", { speaker: "corpus-speaker" })).items.map((i) => i.slug)).sort()).toEqual(["dispute", "plan"]);
    expect((await found("peace", { verification: "DISPUTED" })).items).toEqual([]);
  });

  it("answers hostile and odd queries with results or none, never an error", async () => {
    const hostile = ['"', '""', '"unbalanced', "*", "-", "- -x", "NEAR(", "NEAR/3", "AND", "OR", "NOT", "^", ":", "a:b", "'", "\\", "%_", "🙂", "🙂 peace", "((", ")", "{}", "[]", "x".repeat(200), "'; DROP TABLE \"Claim\"; --", "peace:*", "peace & plan", "!peace", "<->", "\u0000", "ǅ", "ﬁ"];
    for (const q of hostile) {
      const list = await found(q);
      expect(Array.isArray(list.items)).toBe(true);
    }
    expect(await db.claim.count()).toBeGreaterThanOrEqual(CORPUS.length);
  });

  it("the desk finds drafts too, readers never do", async () => {
    expect(await keys("draft")).toEqual([]);
    const desk = await deskClaimList(editor, ZDeskClaimQuery.parse({ q: "draft reader" }));
    expect(keysOf(desk!.items.map((item) => item.slug))).toEqual(["draft"]);
  });
});

describe(`the search index follows every write (${TEST_ENGINE})`, () => {
  it("finds a new claim once published, then by its new words after an edit, and no longer once unpublished or deleted", async () => {
    const created = await createClaim(editor, { statement: "Zanzibar negotiators met on a Tuesday.", claimantId: speakerId, firstAppearanceId: sourceId });
    if (!created.ok) throw new Error("create failed");
    const id = created.claim.id;
    expect(await keys("zanzibar")).toEqual([]);
    const desk = await deskClaimList(editor, ZDeskClaimQuery.parse({ q: "zanzibar" }));
    expect(desk!.items.map((item) => item.id)).toEqual([id]);

    await publish(id);
    expect(keysOf((await found("zanzibar")).items.map((i) => i.slug))).toEqual([created.claim.slug]);

    const current = await db.claim.findUniqueOrThrow({ where: { id }, select: { version: true } });
    const updated = await updateClaim(editor, { claimId: id, expectedVersion: current.version, statement: "Kilimanjaro negotiators met on a Tuesday.", claimantId: speakerId });
    expect(updated.ok).toBe(true);
    expect(await keys("zanzibar")).toEqual([]);
    expect((await found("kilimanjaro")).items.map((i) => i.id)).toEqual([id]);

    // A speaker's new name is found too (the claim's searchText follows its speaker).
    const after = await db.claim.findUniqueOrThrow({ where: { id }, select: { version: true } });
    const unpublished = await changeClaimStatus(editor, { claimId: id, expectedVersion: after.version, workflow: "ARCHIVED", reason: "Withdrawn from view" });
    expect(unpublished.ok).toBe(true);
    expect((await found("kilimanjaro")).items).toEqual([]);

    await db.claim.delete({ where: { id } });
    const deskAfter = await deskClaimList(editor, ZDeskClaimQuery.parse({ q: "kilimanjaro" }));
    expect(deskAfter!.items).toEqual([]);
    expect(deskAfter!.total).toBe(0);
  });
});
