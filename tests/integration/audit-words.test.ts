// Issue 9: the audit log in people's words. Entries name users, speakers, sources and claims
// (claims by their statement) instead of ids, say field labels and status labels instead of
// column and enum names, and show each change as before and after. Every name on a page is
// looked up with one query per table, however many entries the page holds.
import { beforeAll, describe, expect, it } from "vitest";
import { addAnnotation, deleteAnnotation } from "@/lib/annotations/annotations";
import { auditLog, ZAuditQuery, type AuditLogEntry } from "@/lib/audit/queries";
import type { Actor } from "@/lib/auth/actor";
import { bulkUpdateClaims } from "@/lib/claims/bulk";
import { changeClaimStatus } from "@/lib/claims/change-status";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db";
import { recordQueries } from "@/lib/db/query-count";
import { attachEvidence } from "@/lib/evidence/evidence";
import { createTestActor, seedTestDatabase } from "../helpers/fixtures";
import { TEST_ENGINE } from "../helpers/test-database";

const TARGET = "lavrov-expects-interim-version-of-plan";
let admin: Actor;
let editor: Actor;
let editorName: string;
let target: { id: string; statement: string };

/** Every piece of text an entry shows. */
const wordsOf = (event: AuditLogEntry) =>
  [event.who, event.what, event.subject.type, event.subject.title, ...event.changes.flatMap((change) => [change.label, change.before ?? "", change.after ?? ""])].join(" | ");

const CUID = /\bc[a-z0-9]{20,}\b/;
const ENUM_VALUE = /\b(UNVERIFIED|CORROBORATED|ON_RECORD|DISPUTED|IN_REVIEW|PUBLISHED|DRAFT|MOSTLY_FALSE|FALSE|INTERNAL|REPORTS|PRIMARY)\b/;
const COLUMN_NAME = /\b(claimantId|assigneeId|firstAppearanceId|relayedFromId|claimId|sourceId|authorId|saidAt|anchorExact)\b/;

beforeAll(async () => {
  await seedTestDatabase();
  admin = await createTestActor("ADMIN");
  editor = await createTestActor("EDITOR");
  editorName = `Edna Editor ${Date.now()}`;
  await db.user.update({ where: { id: editor.id }, data: { name: editorName } });
  target = await db.claim.findUniqueOrThrow({ where: { slug: TARGET }, select: { id: true, statement: true } });

  // An edit that changes the speaker and the place, as the editor's form sends it.
  const claim = await db.claim.findUniqueOrThrow({ where: { id: target.id }, include: { topics: true } });
  const newSpeaker = await db.speaker.findUniqueOrThrow({ where: { slug: "donald-trump" } });
  const saved = await updateClaim(editor, {
    claimId: claim.id,
    expectedVersion: String(claim.version),
    statement: claim.statement,
    quote: claim.quote ?? "",
    context: claim.context ?? "",
    claimantId: newSpeaker.id,
    relayedFromId: claim.relayedFromId ?? "",
    saidAt: claim.saidAt ? claim.saidAt.toISOString().slice(0, 10) : "",
    saidAtInferred: claim.saidAtInferred,
    venue: "In the Kremlin's briefing room",
    firstAppearanceId: claim.firstAppearanceId ?? "",
    topics: claim.topics.map((topic) => topic.name),
  });
  expect(saved).toMatchObject({ ok: true });
  const version = (await db.claim.findUniqueOrThrow({ where: { id: target.id } })).version;
  expect(
    await changeClaimStatus(editor, { claimId: target.id, expectedVersion: version, verification: "DISPUTED", rating: "FALSE", ratingSummary: "Kyiv says no interim version exists.", reason: "Kyiv denies it." }),
  ).toMatchObject({ ok: true });
  expect(await bulkUpdateClaims(editor, { action: "assign", claimIds: [target.id], assigneeId: editor.id })).toMatchObject({ ok: true });
  const note = await addAnnotation(editor, { claimId: target.id, body: "Ask the Kremlin press office." });
  expect(note).toMatchObject({ ok: true });
  expect(await deleteAnnotation(editor, { annotationId: (note as { annotation: { id: string } }).annotation.id })).toMatchObject({ ok: true });
  const source = await db.source.findFirstOrThrow({ where: { evidence: { none: { claimId: target.id } } }, select: { id: true } });
  expect(await attachEvidence(editor, { claimId: target.id, sourceId: source.id, stance: "REPORTS", strength: "PRIMARY" })).toMatchObject({ ok: true });
});

async function editorsLog() {
  const log = await auditLog(admin, ZAuditQuery.parse({ user: editor.id }));
  expect(log).not.toBeNull();
  return log!;
}

const entry = (events: AuditLogEntry[], action: string) => {
  const found = events.find((event) => event.action === action);
  expect(found, action).toBeDefined();
  return found!;
};

describe(`the audit log in people's words (${TEST_ENGINE})`, () => {
  it("names who acted and which claim, by its statement, never by id", async () => {
    const { events } = await editorsLog();
    expect(events.length).toBe(6);
    for (const event of events) {
      expect(event.who).toBe(editorName);
      expect(wordsOf(event), wordsOf(event)).not.toMatch(CUID);
      expect(wordsOf(event), wordsOf(event)).not.toMatch(ENUM_VALUE);
      expect(wordsOf(event), wordsOf(event)).not.toMatch(COLUMN_NAME);
    }
    const edit = entry(events, "claim.update");
    expect(edit.what).toBe("Edited a claim");
    expect(edit.subject).toEqual({ type: "Claim", title: `“${target.statement}”`, claimId: target.id });
  });

  it("shows an edit's fields by label, speakers by name, before and after", async () => {
    const { events } = await editorsLog();
    const changes = entry(events, "claim.update").changes;
    expect(changes.map((change) => change.label).sort()).toEqual(["Speaker", "Where"]);
    expect(changes.find((change) => change.label === "Speaker")).toMatchObject({ before: "Sergey Lavrov", after: "Donald Trump" });
    expect(changes.find((change) => change.label === "Where")).toMatchObject({ after: "In the Kremlin's briefing room" });
  });

  it("shows status changes with the labels readers see, and the reason", async () => {
    const { events } = await editorsLog();
    const status = entry(events, "claim.status");
    expect(status.what).toBe("Changed a claim's status");
    const byLabel = Object.fromEntries(status.changes.map((change) => [change.label, change]));
    expect(byLabel.Verification).toMatchObject({ before: expect.any(String), after: "Disputed" });
    expect(byLabel.Rating).toMatchObject({ before: null, after: "False" });
    expect(byLabel.Reason).toMatchObject({ before: null, after: "Kyiv denies it." });
    expect(Object.keys(byLabel)).not.toContain("Version");
  });

  it("names the assignee of a bulk action, and the claim a note or evidence belongs to", async () => {
    const { events } = await editorsLog();
    const assign = entry(events, "claim.bulk.assign");
    expect(assign.what).toBe("Assigned a claim (bulk action)");
    expect(assign.changes.find((change) => change.label === "Assignee")).toMatchObject({ before: null, after: editorName });

    const deleted = entry(events, "annotation.delete");
    expect(deleted.subject).toMatchObject({ type: "Note", title: `On “${target.statement}”`, claimId: target.id });
    expect(deleted.changes.find((change) => change.label === "Text")).toMatchObject({ before: "Ask the Kremlin press office.", after: null });
    expect(deleted.changes.find((change) => change.label === "Visibility")).toMatchObject({ before: "Internal (desk only)" });

    const evidence = entry(events, "evidence.create");
    expect(evidence.subject.title).toMatch(new RegExp(`, on “${target.statement.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}”$`));
    expect(evidence.changes.find((change) => change.label === "Stance")).toMatchObject({ after: "Reports" });
    expect(evidence.changes.find((change) => change.label === "Strength")).toMatchObject({ after: "Primary source" });
  });

  it("names everything on a page with a fixed number of queries, however many entries it holds", async () => {
    const few = await recordQueries(() => auditLog(admin, ZAuditQuery.parse({ user: editor.id })));
    // Forty more entries, each about another claim and naming another user.
    const claims = await db.claim.findMany({ where: { id: { not: target.id } }, take: 20, select: { id: true } });
    const others = await Promise.all([createTestActor("EDITOR"), createTestActor("CONTRIBUTOR")]);
    for (const [index, claim] of claims.entries()) {
      expect(await bulkUpdateClaims(editor, { action: "assign", claimIds: [claim.id], assigneeId: others[index % 2]!.id })).toMatchObject({ ok: true });
    }
    const many = await recordQueries(() => auditLog(admin, ZAuditQuery.parse({ user: editor.id })));
    expect(many.result!.events.length).toBeGreaterThan(few.result!.events.length + 10);
    expect(many.queries.length).toBe(few.queries.length);
    for (const event of many.result!.events) expect(wordsOf(event)).not.toMatch(CUID);
  });

  it("filters by record and still answers nobody but admins", async () => {
    const log = await auditLog(admin, ZAuditQuery.parse({ entityType: "Claim", entityId: target.id }));
    expect(log!.events.length).toBeGreaterThanOrEqual(3);
    expect(log!.events.every((event) => event.subject.claimId === target.id)).toBe(true);
    expect(await auditLog(editor, ZAuditQuery.parse({}))).toBeNull();
  });
});
