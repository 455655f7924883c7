import { beforeAll, describe, expect, it } from "vitest";
import { auditDiff, auditLog, ZAuditQuery } from "@/lib/audit/queries";
import type { Actor } from "@/lib/auth/actor";
import { bulkUpdateClaims } from "@/lib/claims/bulk";
import { claimsCsv } from "@/lib/claims/csv";
import { deskClaimExport, deskClaimList, deskDashboard, ZDeskClaimQuery } from "@/lib/claims/desk-queries";
import { linkClaims } from "@/lib/claims/links";
import { getPublicClaim } from "@/lib/claims/public-claim";
import { attachEvidence } from "@/lib/evidence/evidence";
import { parseClaimListQuery } from "@/lib/claims/list-query";
import { listPublicClaims } from "@/lib/claims/public-list";
import { db } from "@/lib/db";
import { mergeSources } from "@/lib/sources/sources";
import { getPublicSpeaker } from "@/lib/speakers/public-speakers";
import { createSpeaker, mergeSpeakers, updateSpeaker } from "@/lib/speakers/speakers";
import { DEMO_USERS } from "@/seed/data/users";
import { createTestActor, seedTestDatabase } from "../helpers/fixtures";
import { TEST_ENGINE } from "../helpers/test-database";

/** Slugs of the published claims a reader's search finds (the same search /claims and the API run). */
async function searchSlugs(q: string) {
  const { items } = await listPublicClaims(parseClaimListQuery({ q, pageSize: "100" }).query);
  return items.map((claim) => claim.slug).sort();
}


let editor: Actor;
let admin: Actor;
const slug = (value: string) => db.claim.findUniqueOrThrow({ where: { slug: value } });

beforeAll(async () => {
  await seedTestDatabase();
  editor = await createTestActor("EDITOR");
  admin = await createTestActor("ADMIN");
});

describe(`desk reads (${TEST_ENGINE})`, () => {
  it("puts a claim assigned to the editor, and every claim in review, in the queue, oldest first", async () => {
    const demoEditor = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS[1].email } });
    const dashboard = await deskDashboard({ id: demoEditor.id, role: "EDITOR", disabledAt: null });
    const queued = dashboard!.queue.map((claim) => claim.slug);
    expect(queued).toContain("witkoff-coached-ushakov-on-trump-pitch");
    expect(queued).toContain("original-28-point-plan-criticized-for-favoring-russia");
    const times = dashboard!.queue.map((claim) => claim.updatedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(dashboard!.byWorkflow.find((row) => row.value === "DRAFT")?.count).toBeGreaterThan(0);
    expect(await deskDashboard(null)).toBeNull();
  });

  it("lists drafts too, filters by workflow and assignee, and exports the filtered list as CSV", async () => {
    const drafts = await deskClaimList(editor, ZDeskClaimQuery.parse({ workflow: "DRAFT" }));
    expect(drafts!.items.every((claim) => claim.workflow === "DRAFT")).toBe(true);
    expect(drafts!.total).toBeGreaterThan(0);
    const rows = await deskClaimExport(editor, ZDeskClaimQuery.parse({ workflow: "PUBLISHED", verification: "UNVERIFIED" }));
    const csv = claimsCsv(rows!);
    // A UTF-8 byte-order mark first, so spreadsheets read accents and curly quotes.
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trim().split("\n");
    expect(lines[0]).toBe("slug,statement,claimant,said_at,workflow,verification,rating,assignee,topics,updated_at");
    expect(lines).toHaveLength(rows!.length + 1);
    expect(csv).toContain("witkoff-coached-ushakov-on-trump-pitch");
    expect(await deskClaimList(null, ZDeskClaimQuery.parse({}))).toBeNull();
  });

  it("escapes spreadsheet formulas in the CSV", async () => {
    const claim = await db.claim.create({
      data: { slug: `formula-${Date.now()}`, statement: '=HYPERLINK("http://evil")', claimantId: (await slug("trump-plan-was-a-concept")).claimantId },
    });
    const rows = await deskClaimExport(editor, ZDeskClaimQuery.parse({}));
    const csv = claimsCsv(rows!.filter((row) => row.id === claim.id));
    expect(csv).toContain(`'=HYPERLINK`);
  });

  it("shows admins the audit log with before/after diffs, filtered by user; nobody else", async () => {
    const target = await slug("lavrov-expects-interim-version-of-plan");
    await bulkUpdateClaims(editor, { action: "assign", claimIds: [target.id], assigneeId: editor.id });
    const log = await auditLog(admin, ZAuditQuery.parse({ user: editor.id }));
    expect(log!.events.length).toBeGreaterThan(0);
    expect(log!.events.every((event) => event.actorId === editor.id)).toBe(true);
    expect(await auditLog(editor, ZAuditQuery.parse({}))).toBeNull();
    expect(auditDiff('{"a":1,"b":2}', '{"a":1,"b":3,"c":4}')).toEqual([
      { field: "b", before: 2, after: 3 },
      { field: "c", before: undefined, after: 4 },
    ]);
  });
});

describe(`bulk actions (${TEST_ENGINE})`, () => {
  it("moves every selected claim, writing a timeline entry each, or none at all", async () => {
    const [a, b] = await Promise.all([slug("bevz-premature-to-say-anything-agreed"), slug("bevz-security-guarantees-are-the-linchpin")]);
    const contributor = await createTestActor("CONTRIBUTOR");
    expect(await bulkUpdateClaims(contributor, { action: "workflow", claimIds: [a.id, b.id], workflow: "ARCHIVED", reason: "Old news now." })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    const result = await bulkUpdateClaims(editor, { action: "workflow", claimIds: [a.id, b.id], workflow: "IN_REVIEW", reason: "Recheck after the Geneva talks." });
    expect(result).toMatchObject({ ok: true, updated: 2 });
    for (const id of [a.id, b.id]) {
      const claim = await db.claim.findUniqueOrThrow({ where: { id }, include: { statusChanges: { orderBy: { createdAt: "desc" }, take: 1 } } });
      expect(claim.workflow).toBe("IN_REVIEW");
      expect(claim.version).toBe(2);
      expect(claim.statusChanges[0]).toMatchObject({ field: "WORKFLOW", toValue: "IN_REVIEW", reason: "Recheck after the Geneva talks." });
    }
  });

  it.each([
    ["no claims", { action: "assign", claimIds: [], assigneeId: null }, "claimIds"],
    ["an unknown action", { action: "delete", claimIds: ["x"] }, "action"],
    ["a workflow change without a reason", { action: "workflow", claimIds: ["x"], workflow: "ARCHIVED" }, "reason"],
    ["a claim that does not exist", { action: "addTopic", claimIds: ["no-such-claim"], topic: "X" }, "claimIds"],
  ])("refuses %s with a field error", async (_name, input, field) => {
    const result = await bulkUpdateClaims(editor, input);
    expect(result).toMatchObject({ ok: false, error: "invalid" });
    expect(Object.keys((result as { fieldErrors: object }).fieldErrors)).toContain(field);
  });
});

describe(`links (${TEST_ENGINE})`, () => {
  it("links by slug, and refuses self-links, duplicates and unknown claims", async () => {
    const from = await slug("macron-urges-partners-to-seize-the-momentum");
    expect(await linkClaims(editor, { fromClaimId: from.id, toClaim: "macron-negotiations-getting-new-impetus", type: "SUPPORTS" })).toMatchObject({ ok: true });
    expect(await linkClaims(editor, { fromClaimId: from.id, toClaim: "macron-negotiations-getting-new-impetus", type: "SUPPORTS" })).toMatchObject({
      ok: false,
      fieldErrors: { toClaim: [expect.stringContaining("already linked")] },
    });
    expect(await linkClaims(editor, { fromClaimId: from.id, toClaim: from.slug, type: "SAME_AS" })).toMatchObject({ ok: false, error: "invalid" });
    expect(await linkClaims(editor, { fromClaimId: from.id, toClaim: "nothing-here", type: "SAME_AS" })).toMatchObject({ ok: false, error: "invalid" });
    expect(await linkClaims(editor, { fromClaimId: from.id, toClaim: "x", type: "LIKES" })).toMatchObject({ ok: false, fieldErrors: { type: [expect.any(String)] } });
  });
});

describe(`speakers and sources (${TEST_ENGINE})`, () => {
  it("merges a duplicate speaker: claims move to the kept one, search follows, the duplicate is gone", async () => {
    const duplicate = await createSpeaker(editor, { name: "D. Trump", kind: "PERSON" });
    if (!duplicate.ok) throw new Error(duplicate.message);
    const claim = await db.claim.create({
      data: { slug: `dup-speaker-${Date.now()}`, statement: "A claim filed under a duplicate speaker.", claimantId: duplicate.speaker.id, workflow: "PUBLISHED" },
    });
    const trump = await db.speaker.findUniqueOrThrow({ where: { slug: "donald-trump" } });
    const merged = await mergeSpeakers(editor, { keepId: trump.id, mergeId: duplicate.speaker.id });
    expect(merged).toMatchObject({ ok: true, moved: 1 });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).claimantId).toBe(trump.id);
    expect(await db.speaker.findUnique({ where: { id: duplicate.speaker.id } })).toBeNull();
    expect(await searchSlugs("donald trump duplicate")).toContain(claim.slug);
    expect(await mergeSpeakers(editor, { keepId: trump.id, mergeId: trump.id })).toMatchObject({ ok: false, error: "invalid" });
  });

  it("merging speakers moves the claims the duplicate is the subject of, once each", async () => {
    const witkoff = await db.speaker.findUniqueOrThrow({ where: { slug: "steve-witkoff" } });
    const duplicate = await createSpeaker(editor, { name: "Steven Witkoff" });
    if (!duplicate.ok) throw new Error(duplicate.message);
    const [both, onlyDuplicate] = await Promise.all([slug("witkoff-coached-ushakov-on-trump-pitch"), slug("lavrov-moscow-in-contact-with-washington")]);
    await db.claimSubject.createMany({ data: [both, onlyDuplicate].map((claim) => ({ claimId: claim.id, speakerId: duplicate.speaker.id })) });
    const merged = await mergeSpeakers(editor, { keepId: witkoff.id, mergeId: duplicate.speaker.id });
    expect(merged).toMatchObject({ ok: true, moved: 2 });
    expect(await db.speaker.findUnique({ where: { id: duplicate.speaker.id } })).toBeNull();
    for (const claim of [both, onlyDuplicate]) {
      expect(await db.claimSubject.findMany({ where: { claimId: claim.id, speakerId: { in: [witkoff.id, duplicate.speaker.id] } } })).toEqual([
        { claimId: claim.id, speakerId: witkoff.id },
      ]);
    }
    const page = await getPublicSpeaker("steve-witkoff", { page: 1, pageSize: 100 });
    expect(page!.about.items.map((claim) => claim.slug)).toContain("lavrov-moscow-in-contact-with-washington");
  });

  it("attaches evidence naming who disputes, and keeps that party through a speaker merge", async () => {
    const claim = await db.claim.create({
      data: {
        slug: `party-${Date.now()}`,
        statement: "A figure someone disputes in an interview an outlet carried.",
        claimantId: (await db.speaker.findUniqueOrThrow({ where: { slug: "unattributed-reports" } })).id,
        workflow: "PUBLISHED",
      },
    });
    const interview = await db.source.findUniqueOrThrow({ where: { slug: "ap-interview-oleksandr-bevz" } });
    const duplicate = await createSpeaker(editor, { name: "O. Bevz", kind: "PERSON" });
    if (!duplicate.ok) throw new Error(duplicate.message);
    expect(
      await attachEvidence(editor, { claimId: claim.id, sourceId: interview.id, stance: "DISPUTES", strength: "PRIMARY", attributedToId: "no-such-speaker" }),
    ).toMatchObject({ ok: false, fieldErrors: { attributedToId: [expect.any(String)] } });
    expect(
      await attachEvidence(editor, { claimId: claim.id, sourceId: interview.id, stance: "DISPUTES", strength: "PRIMARY", attributedToId: duplicate.speaker.id }),
    ).toMatchObject({ ok: true });
    expect((await getPublicClaim(claim.slug))!.sourcing).toBe("Disputed by O. Bevz");

    const bevz = await db.speaker.findUniqueOrThrow({ where: { slug: "oleksandr-bevz" } });
    expect(await mergeSpeakers(editor, { keepId: bevz.id, mergeId: duplicate.speaker.id })).toMatchObject({ ok: true });
    expect((await getPublicClaim(claim.slug))!.sourcing).toBe("Disputed by Oleksandr Bevz");
  });

  it("renaming a speaker refreshes the search text of their claims", async () => {
    const bacon = await db.speaker.findUniqueOrThrow({ where: { slug: "don-bacon" } });
    expect(await updateSpeaker(editor, { speakerId: bacon.id, name: "Donald Bacon", kind: "PERSON", title: bacon.title })).toMatchObject({ ok: true });
    expect(await searchSlugs("donald bacon")).toContain("bacon-witkoff-cannot-be-trusted");
  });

  it("merges a duplicate source, keeping one evidence row per claim", async () => {
    const keep = await db.source.findUniqueOrThrow({ where: { slug: "bloomberg-leaked-call-report" } });
    const duplicate = await db.source.create({ data: { slug: `dup-source-${Date.now()}`, kind: "NEWS_ARTICLE", title: "Bloomberg story (duplicate)" } });
    const coached = await slug("witkoff-coached-ushakov-on-trump-pitch");
    const other = await slug("trump-calls-coaching-standard-negotiation");
    await db.evidence.createMany({
      data: [
        { claimId: coached.id, sourceId: duplicate.id, stance: "REPORTS", strength: "SECONDARY" },
        { claimId: other.id, sourceId: duplicate.id, stance: "CONTEXT", strength: "SECONDARY" },
      ],
    });
    const result = await mergeSources(editor, { keepId: keep.id, mergeId: duplicate.id });
    expect(result).toMatchObject({ ok: true });
    expect(await db.evidence.count({ where: { claimId: coached.id, sourceId: keep.id } })).toBe(1);
    expect(await db.evidence.count({ where: { claimId: other.id, sourceId: keep.id } })).toBe(1);
    expect(await db.source.findUnique({ where: { id: duplicate.id } })).toBeNull();
  });
});
