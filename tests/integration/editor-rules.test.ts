import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { bulkUpdateClaims } from "@/lib/claims/bulk";
import { changeClaimStatus, statusChangeMessage } from "@/lib/claims/change-status";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { attachEvidence, updateEvidence } from "@/lib/evidence/evidence";
import { deskPickerSearch, prefixUpperBound } from "@/lib/search/picker-search";
import { createTestActor, seedTestDatabase } from "../helpers/fixtures";

let contributor: Actor;
let editor: Actor;
let speakerId: string;
let sourceId: string;
let otherSourceId: string;
let counter = 0;

beforeAll(async () => {
  await seedTestDatabase();
  contributor = await createTestActor("CONTRIBUTOR");
  editor = await createTestActor("EDITOR");
  speakerId = (await db.speaker.findUniqueOrThrow({ where: { slug: "oleksandr-bevz" } })).id;
  const sources = await db.source.findMany({ select: { id: true }, orderBy: { slug: "asc" }, take: 2 });
  [sourceId, otherSourceId] = sources.map((source) => source.id) as [string, string];
});

async function draft(actor: Actor, options: { firstAppearance?: boolean } = {}) {
  counter += 1;
  const created = await createClaim(actor, {
    statement: `A draft for the editor's rules, number ${counter}.`,
    claimantId: speakerId,
    firstAppearanceId: options.firstAppearance ? sourceId : undefined,
  });
  if (!created.ok) throw new Error(created.message);
  return created.claim.id;
}

const version = async (claimId: string) => (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } })).version;

async function move(actor: Actor, claimId: string, workflow: "IN_REVIEW" | "PUBLISHED") {
  return changeClaimStatus(actor, { claimId, expectedVersion: await version(claimId), workflow, reason: "Ready for the next step." });
}

describe("submitting for review and publishing need a sourced claim", () => {
  it("refuses a submission without a first appearance or evidence, saying what is missing", async () => {
    const claimId = await draft(contributor);
    const refused = await move(contributor, claimId, "IN_REVIEW");
    expect(refused).toMatchObject({ ok: false, error: "invalid" });
    if (refused.ok) return;
    expect(refused.message).toBe("Before it can be submitted for review: Record where the claim first appeared (its source) and attach at least one evidence item.");
    expect(refused.fieldErrors?.workflow).toEqual([refused.message]);
    expect(await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { workflow: true } })).toEqual({ workflow: "DRAFT" });
    expect(await db.statusChange.count({ where: { claimId } })).toBe(0);
  });

  it("refuses a submission with a source but no evidence, then accepts it once evidence is attached", async () => {
    const claimId = await draft(contributor, { firstAppearance: true });
    const refused = await move(contributor, claimId, "IN_REVIEW");
    expect(refused).toMatchObject({ ok: false, message: "Before it can be submitted for review: Attach at least one evidence item." });
    expect(await attachEvidence(contributor, { claimId, sourceId, stance: "REPORTS", strength: "PRIMARY" })).toMatchObject({ ok: true });
    const submitted = await move(contributor, claimId, "IN_REVIEW");
    expect(submitted).toMatchObject({ ok: true, workflowChanged: true, claim: { workflow: "IN_REVIEW" } });
    if (!submitted.ok) return;
    // A contributor's submission is not public: the desk must not say readers see it.
    expect(statusChangeMessage(submitted)).not.toContain("Readers see it now");
    expect(statusChangeMessage(submitted)).toContain("Submitted for review");

    const published = await move(editor, claimId, "PUBLISHED");
    expect(published).toMatchObject({ ok: true, claim: { workflow: "PUBLISHED" } });
    if (published.ok) expect(statusChangeMessage(published)).toBe("Published. Readers see it now.");
  });

  it("refuses to publish an unsourced claim, one at a time and in bulk", async () => {
    const claimId = await draft(editor);
    expect(await move(editor, claimId, "PUBLISHED")).toMatchObject({
      ok: false,
      message: "Before it can be published: Record where the claim first appeared (its source) and attach at least one evidence item.",
    });
    const bulk = await bulkUpdateClaims(editor, { action: "workflow", claimIds: [claimId], workflow: "PUBLISHED", reason: "Publish them all." });
    expect(bulk).toMatchObject({ ok: false, error: "invalid" });
    if (!bulk.ok) expect(bulk.fieldErrors?.claimIds?.[0]).toContain("Before it can be published");
    expect(await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { workflow: true } })).toEqual({ workflow: "DRAFT" });
  });
});

describe("corroborating over evidence that could not verify", () => {
  async function claimWithDoubt() {
    const claimId = await draft(editor, { firstAppearance: true });
    await attachEvidence(editor, { claimId, sourceId, stance: "REPORTS", strength: "PRIMARY" });
    await attachEvidence(editor, { claimId, sourceId: otherSourceId, stance: "COULD_NOT_VERIFY", strength: "SECONDARY" });
    return claimId;
  }

  it("asks for confirmation, and writes nothing until it is given", async () => {
    const claimId = await claimWithDoubt();
    const asked = await changeClaimStatus(editor, { claimId, expectedVersion: await version(claimId), verification: "CORROBORATED", reason: "Two sources agree." });
    expect(asked).toMatchObject({ ok: false, error: "invalid" });
    if (!asked.ok) expect(asked.fieldErrors?.confirmCorroborated?.[0]).toContain("could not verify");
    expect((await db.claim.findUniqueOrThrow({ where: { id: claimId } })).verification).toBe("UNVERIFIED");

    const confirmed = await changeClaimStatus(editor, {
      claimId,
      expectedVersion: await version(claimId),
      verification: "CORROBORATED",
      reason: "Two sources agree.",
      confirmCorroborated: true,
    });
    expect(confirmed).toMatchObject({ ok: true });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claimId } })).verification).toBe("CORROBORATED");
  });

  it("does not ask when no evidence doubts the claim", async () => {
    const claimId = await draft(editor, { firstAppearance: true });
    await attachEvidence(editor, { claimId, sourceId, stance: "SUPPORTS", strength: "PRIMARY" });
    expect(await changeClaimStatus(editor, { claimId, expectedVersion: await version(claimId), verification: "CORROBORATED", reason: "It holds up." })).toMatchObject({ ok: true });
  });
});

describe("editing evidence", () => {
  it("changes stance, strength and note with an audit entry naming only what changed", async () => {
    const claimId = await draft(contributor, { firstAppearance: true });
    const attached = await attachEvidence(contributor, { claimId, sourceId, stance: "REPORTS", strength: "SECONDARY", note: "First reading." });
    if (!attached.ok) throw new Error(attached.message);
    const evidenceId = attached.evidence.id;

    const result = await updateEvidence(contributor, { evidenceId, stance: "SUPPORTS", strength: "SECONDARY", note: "On second reading it supports it." });
    expect(result).toMatchObject({ ok: true, evidence: { id: evidenceId } });
    expect(await db.evidence.findUniqueOrThrow({ where: { id: evidenceId } })).toMatchObject({ stance: "SUPPORTS", strength: "SECONDARY", note: "On second reading it supports it." });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: evidenceId, action: "evidence.update" } });
    expect(JSON.parse(audit.before!)).toEqual({ stance: "REPORTS", note: "First reading." });
    expect(JSON.parse(audit.after!)).toEqual({ stance: "SUPPORTS", note: "On second reading it supports it." });
    expect(audit.actorId).toBe(contributor.id);
  });

  it("validates its input and refuses whoever may not change the item", async () => {
    const claimId = await draft(editor, { firstAppearance: true });
    const attached = await attachEvidence(editor, { claimId, sourceId, stance: "REPORTS", strength: "SECONDARY" });
    if (!attached.ok) throw new Error(attached.message);
    const evidenceId = attached.evidence.id;
    const before = await db.auditEvent.count();

    expect(await updateEvidence(editor, { evidenceId, stance: "BELIEVES", strength: "SECONDARY" })).toMatchObject({ ok: false, error: "invalid", fieldErrors: { stance: expect.any(Array) } });
    expect(await updateEvidence(editor, { evidenceId, stance: "REPORTS", strength: "SECONDARY", note: "x".repeat(2_001) })).toMatchObject({ ok: false, error: "invalid" });
    expect(await updateEvidence(editor, { evidenceId, stance: "REPORTS", strength: "SECONDARY" })).toMatchObject({ ok: false, error: "invalid" });
    // Another contributor's, on someone else's claim: not theirs to change.
    expect(await updateEvidence(contributor, { evidenceId, stance: "SUPPORTS", strength: "PRIMARY" })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await updateEvidence(null, { evidenceId, stance: "SUPPORTS", strength: "PRIMARY" })).toMatchObject({ ok: false, error: "unauthenticated" });
    const disabled = await createTestActor("EDITOR", { disabled: true });
    expect(await updateEvidence(disabled, { evidenceId, stance: "SUPPORTS", strength: "PRIMARY" })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await updateEvidence(editor, { evidenceId: "no-such-id", stance: "SUPPORTS", strength: "PRIMARY" })).toMatchObject({ ok: false, error: "not_found" });
    expect(await db.evidence.findUniqueOrThrow({ where: { id: evidenceId } })).toMatchObject({ stance: "REPORTS", strength: "SECONDARY" });
    expect(await db.auditEvent.count()).toBe(before);
  });
});

describe("the desk's picker search", () => {
  it("answers only active desk users", async () => {
    expect(await deskPickerSearch(null, { kind: "speaker", q: "bevz" })).toMatchObject({ ok: false, error: "unauthenticated" });
    const disabled = await createTestActor("CONTRIBUTOR", { disabled: true });
    expect(await deskPickerSearch(disabled, { kind: "speaker", q: "bevz" })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await deskPickerSearch(contributor, { kind: "speaker", q: "bevz" })).toMatchObject({ ok: true });
  });

  it("validates the query and bounds the answer", async () => {
    expect(await deskPickerSearch(editor, { kind: "user", q: "a" })).toMatchObject({ ok: false, error: "invalid", fieldErrors: { kind: expect.any(Array) } });
    expect(await deskPickerSearch(editor, { kind: "speaker", q: "x".repeat(101) })).toMatchObject({ ok: false, error: "invalid", fieldErrors: { q: expect.any(Array) } });
    expect(await deskPickerSearch(editor, { kind: "speaker", limit: "500" })).toMatchObject({ ok: false, error: "invalid", fieldErrors: { limit: expect.any(Array) } });
    const all = await deskPickerSearch(editor, { kind: "source", limit: "3" });
    expect(all.ok && all.items.length).toBe(3);
  });

  it("finds speakers by the start of their name or any part of it, whatever the case or accents", async () => {
    const labels = async (q: string) => {
      const result = await deskPickerSearch(editor, { kind: "speaker", q });
      return result.ok ? result.items.map((item) => item.label) : result.message;
    };
    expect(await labels("oleks")).toContain("Oleksandr Bevz");
    expect(await labels("BEVZ")).toContain("Oleksandr Bevz");
    expect(await labels("witkoff")).toContain("Steve Witkoff");
    expect(await labels("zzzz-no-one")).toEqual([]);
    expect(await labels("100%_")).toEqual([]);
  });

  it("finds sources by title, and claims by their words, leaving out the excluded claim", async () => {
    const source = await db.source.findFirstOrThrow({ orderBy: { slug: "asc" } });
    const word = source.title.split(/\s+/).find((w) => w.length > 4)!;
    const sources = await deskPickerSearch(editor, { kind: "source", q: word.toLowerCase() });
    expect(sources.ok && sources.items.map((item) => item.id)).toContain(source.id);

    const target = await db.claim.findUniqueOrThrow({ where: { slug: "witkoff-advised-ushakov-to-congratulate-trump-on-gaza" } });
    const claims = await deskPickerSearch(editor, { kind: "claim", q: "Witkoff Ushakov congratulate" });
    expect(claims.ok && claims.items[0]).toMatchObject({ id: target.id, label: target.statement });
    const without = await deskPickerSearch(editor, { kind: "claim", q: "Witkoff Ushakov congratulate", exclude: target.id });
    expect(without.ok && without.items.map((item) => item.id)).not.toContain(target.id);
  });

  it("bounds a slug prefix range correctly", () => {
    expect(prefixUpperBound("bevz")).toBe("bew");
    expect(prefixUpperBound("steve-w")).toBe("steve-x");
    expect(prefixUpperBound("a9")).toBe("aa");
    expect(prefixUpperBound("zz")).toBe("{");
    for (const slug of ["bevz", "bevz-oleksandr", "bevzz"]) expect(slug >= "bevz" && slug < prefixUpperBound("bevz")).toBe(true);
  });
});
