import { beforeAll, describe, expect, it } from "vitest";
import { addAnnotation } from "@/lib/annotations/annotations";
import type { Actor } from "@/lib/auth/actor";
import { changeClaimStatus } from "@/lib/claims/change-status";
import { getPublicClaim } from "@/lib/claims/public-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db";
import { getPublicSpeaker } from "@/lib/speakers/public-speakers";
import { attachEvidence, removeEvidence } from "@/lib/evidence/evidence";
import { createTestActor, seedTestDatabase } from "../helpers/fixtures";
import { TEST_ENGINE } from "../helpers/test-database";

let editor: Actor;
let speakerId: string;
let counter = 0;

beforeAll(async () => {
  await seedTestDatabase();
  editor = await createTestActor("EDITOR");
  speakerId = (await db.speaker.findUniqueOrThrow({ where: { slug: "don-bacon" } })).id;
});

async function claim(options: { evidence?: boolean; workflow?: "PUBLISHED" | "DRAFT" } = {}) {
  counter += 1;
  const source = await db.source.findUniqueOrThrow({ where: { slug: "bacon-social-media-post" } });
  return db.claim.create({
    data: {
      slug: `mutation-${counter}-${Date.now()}`,
      statement: `A claim to change, number ${counter}.`,
      claimantId: speakerId,
      workflow: options.workflow ?? "PUBLISHED",
      ...(options.evidence === false ? {} : { evidence: { create: { sourceId: source.id, stance: "REPORTS", strength: "PRIMARY" } } }),
    },
  });
}

const auditAndChanges = async () => [await db.auditEvent.count(), await db.statusChange.count(), await db.claim.count()];

describe(`changing a claim's status (${TEST_ENGINE})`, () => {
  it("writes the change, a StatusChange per field and one AuditEvent, and bumps the version", async () => {
    const target = await claim();
    const result = await changeClaimStatus(editor, {
      claimId: target.id,
      expectedVersion: 1,
      verification: "CORROBORATED",
      rating: "TRUE",
      ratingSummary: "Two independent records agree.",
      reason: "Confirmed by the Senate record.",
    });
    expect(result).toMatchObject({ ok: true, claim: { version: 2 } });
    const changes = await db.statusChange.findMany({ where: { claimId: target.id }, orderBy: { field: "asc" } });
    expect(changes.map((change) => [change.field, change.fromValue, change.toValue, change.reason, change.actorId])).toEqual(
      expect.arrayContaining([
        ["VERIFICATION", "UNVERIFIED", "CORROBORATED", "Confirmed by the Senate record.", editor.id],
        ["RATING", null, "TRUE", "Confirmed by the Senate record.", editor.id],
      ]),
    );
    const audit = await db.auditEvent.findMany({ where: { entityId: target.id, action: "claim.status" } });
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.before!)).toMatchObject({ verification: "UNVERIFIED", rating: null });
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ verification: "CORROBORATED", rating: "TRUE", version: 2 });
    const updated = await db.claim.findUniqueOrThrow({ where: { id: target.id } });
    expect(updated.ratedAt).not.toBeNull();

    // A reader sees it at once, with the reason in the timeline.
    const page = await getPublicClaim(target.slug);
    expect(page!.verification).toBe("CORROBORATED");
    expect(page!.statusChanges.map((change) => change.reason)).toContain("Confirmed by the Senate record.");
  });

  it("needs a reason, and evidence and a summary before a rating; refusals write nothing", async () => {
    const bare = await claim({ evidence: false });
    const before = await auditAndChanges();
    const noReason = await changeClaimStatus(editor, { claimId: bare.id, expectedVersion: 1, verification: "DISPUTED" });
    expect(noReason).toMatchObject({ ok: false, error: "invalid", fieldErrors: { reason: [expect.any(String)] } });
    const noEvidence = await changeClaimStatus(editor, {
      claimId: bare.id,
      expectedVersion: 1,
      rating: "FALSE",
      ratingSummary: "Long enough summary.",
      reason: "Rating it now.",
    });
    expect(noEvidence).toMatchObject({ ok: false, error: "invalid", fieldErrors: { rating: ["Attach at least one evidence item before rating the claim"] } });
    const withEvidence = await claim();
    const noSummary = await changeClaimStatus(editor, { claimId: withEvidence.id, expectedVersion: 1, rating: "FALSE", reason: "Rating it now." });
    expect(noSummary).toMatchObject({ ok: false, fieldErrors: { ratingSummary: [expect.any(String)] } });
    expect(await auditAndChanges()).toEqual([before[0], before[1], before[2]! + 1]);
  });

  it.each([
    ["an unknown verification", { verification: "PROBABLY" }, "verification"],
    ["a rating of the wrong type", { rating: 5 }, "rating"],
    ["a missing version", { expectedVersion: undefined }, "expectedVersion"],
    ["a version that is not a number", { expectedVersion: "latest" }, "expectedVersion"],
    ["an oversize reason", { reason: "x".repeat(1_001) }, "reason"],
    ["an unknown workflow", { workflow: "DELETED" }, "workflow"],
  ])("answers %s with a field error and writes nothing", async (_name, override, field) => {
    const target = await claim();
    const before = await auditAndChanges();
    const result = await changeClaimStatus(editor, { claimId: target.id, expectedVersion: 1, verification: "DISPUTED", reason: "A valid reason.", ...override });
    expect(result).toMatchObject({ ok: false, error: "invalid" });
    expect(Object.keys((result as { fieldErrors: object }).fieldErrors)).toContain(field);
    expect(await auditAndChanges()).toEqual(before);
  });

  it("answers another record's id or a missing claim with not found", async () => {
    const note = await db.annotation.findFirst();
    for (const claimId of ["no-such-claim", note?.id ?? "x"]) {
      expect(await changeClaimStatus(editor, { claimId, expectedVersion: 1, verification: "DISPUTED", reason: "Why not." })).toMatchObject({
        ok: false,
        error: "not_found",
      });
    }
  });

  it("lets exactly one of two concurrent changes of the same version win; the other gets a conflict", async () => {
    const target = await claim();
    const [a, b] = await Promise.all([
      changeClaimStatus(editor, { claimId: target.id, expectedVersion: 1, verification: "DISPUTED", reason: "Editor A disputes." }),
      changeClaimStatus(editor, { claimId: target.id, expectedVersion: 1, verification: "DENIED", reason: "Editor B saw a denial." }),
    ]);
    const outcomes = [a, b].map((result) => (result.ok ? "ok" : result.error)).sort();
    expect(outcomes).toEqual(["conflict", "ok"]);
    const loser = [a, b].find((result) => !result.ok) as { current: Record<string, unknown> };
    const final = await db.claim.findUniqueOrThrow({ where: { id: target.id } });
    expect(final.version).toBe(2);
    expect(loser.current).toMatchObject({ version: 2, verification: final.verification });
    expect(await db.statusChange.count({ where: { claimId: target.id } })).toBe(1);
  });
});

describe(`editing a claim (${TEST_ENGINE})`, () => {
  it("lets exactly one of two concurrent saves of the same version win, and shows the loser what changed", async () => {
    const target = await claim();
    const save = (statement: string) =>
      updateClaim(editor, { claimId: target.id, expectedVersion: 1, statement, claimantId: speakerId, topics: ["Leaked Witkoff–Ushakov call"] });
    const [a, b] = await Promise.all([save("Editor A's wording of the claim."), save("Editor B's wording of the claim.")]);
    expect([a, b].filter((result) => result.ok)).toHaveLength(1);
    const loser = [a, b].find((result) => !result.ok)!;
    expect(loser).toMatchObject({ ok: false, error: "conflict" });
    const final = await db.claim.findUniqueOrThrow({ where: { id: target.id }, include: { topics: true } });
    expect((loser as { current?: Record<string, unknown> }).current).toMatchObject({ statement: final.statement, version: 2 });
    expect(final.topics.map((topic) => topic.name)).toEqual(["Leaked Witkoff–Ushakov call"]);
    expect(await db.auditEvent.count({ where: { entityId: target.id, action: "claim.update" } })).toBe(1);
  });

  it("refuses a stale version without writing", async () => {
    const target = await claim();
    expect(await updateClaim(editor, { claimId: target.id, expectedVersion: 7, statement: "Too late to save this.", claimantId: speakerId })).toMatchObject({
      ok: false,
      error: "conflict",
    });
    expect((await db.claim.findUniqueOrThrow({ where: { id: target.id } })).statement).toBe(target.statement);
  });

  it("re-anchors the quote and refreshes search when the quote changes", async () => {
    const article = await db.source.findUniqueOrThrow({ where: { slug: "newslooks-trump-sends-envoys-moscow-kyiv" } });
    const target = await claim();
    const result = await updateClaim(editor, {
      claimId: target.id,
      expectedVersion: 1,
      statement: "Bacon says Witkoff should be fired.",
      quote: "He should be fired",
      claimantId: speakerId,
      firstAppearanceId: article.id,
    });
    expect(result.ok).toBe(true);
    const saved = await db.claim.findUniqueOrThrow({ where: { id: target.id } });
    expect(saved).toMatchObject({ anchorExact: "He should be fired", anchorParagraph: 27 });
    expect(saved.searchText).toContain("don bacon");
  });
});

describe(`a claim's subjects (${TEST_ENGINE})`, () => {
  const subjectsOf = async (id: string) =>
    (await db.claimSubject.findMany({ where: { claimId: id }, select: { speaker: { select: { slug: true } } } })).map((row) => row.speaker.slug).sort();

  it("saves who a claim is about, replaces them on the next save, audits it, and lists the claim on their page as About", async () => {
    const [ushakov, dmitriev] = await Promise.all(
      ["yuri-ushakov", "kirill-dmitriev"].map((slug) => db.speaker.findUniqueOrThrow({ where: { slug } })),
    );
    const target = await claim();
    const first = await updateClaim(editor, {
      claimId: target.id,
      expectedVersion: 1,
      statement: target.statement,
      claimantId: speakerId,
      subjectIds: [ushakov!.id, dmitriev!.id, ushakov!.id],
    });
    expect(first).toMatchObject({ ok: true, claim: { version: 2 } });
    expect(await subjectsOf(target.id)).toEqual(["kirill-dmitriev", "yuri-ushakov"]);
    const dmitrievPage = await getPublicSpeaker("kirill-dmitriev");
    expect(dmitrievPage!.about.items.map((item) => [item.slug, item.role])).toEqual([[target.slug, "ABOUT"]]);

    const second = await updateClaim(editor, { claimId: target.id, expectedVersion: 2, statement: target.statement, claimantId: speakerId, subjectIds: [ushakov!.id] });
    expect(second.ok).toBe(true);
    expect(await subjectsOf(target.id)).toEqual(["yuri-ushakov"]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: target.id, action: "claim.update" }, orderBy: { createdAt: "desc" } });
    // The audit entry names them, in a stable order.
    expect(JSON.parse(audit.before!).subjects).toEqual(["Kirill Dmitriev", "Yuri Ushakov"]);
    expect(JSON.parse(audit.after!).subjects).toEqual(["Yuri Ushakov"]);
    // Dmitriev's only published claim was this one: no page any more.
    expect(await getPublicSpeaker("kirill-dmitriev")).toBeNull();
  });

  it("refuses a subject that is not a speaker, writing nothing", async () => {
    const target = await claim();
    const result = await updateClaim(editor, { claimId: target.id, expectedVersion: 1, statement: target.statement, claimantId: speakerId, subjectIds: ["no-such-speaker"] });
    expect(result).toMatchObject({ ok: false, error: "invalid", fieldErrors: { subjectIds: ["No such speaker"] } });
    expect(await subjectsOf(target.id)).toEqual([]);
    expect((await db.claim.findUniqueOrThrow({ where: { id: target.id } })).version).toBe(1);
    const tooMany = await updateClaim(editor, {
      claimId: target.id,
      expectedVersion: 1,
      statement: target.statement,
      claimantId: speakerId,
      subjectIds: Array.from({ length: 13 }, (_, i) => `speaker-${i}`),
    });
    expect(tooMany).toMatchObject({ ok: false, error: "invalid" });
  });

  it("lets a contributor set subjects on their own draft only", async () => {
    const contributor = await createTestActor("CONTRIBUTOR");
    const ushakov = await db.speaker.findUniqueOrThrow({ where: { slug: "yuri-ushakov" } });
    const own = await db.claim.create({ data: { slug: `own-draft-${Date.now()}`, statement: "A contributor's own draft claim.", claimantId: speakerId, createdById: contributor.id } });
    const input = (id: string) => ({ claimId: id, expectedVersion: 1, statement: "A contributor's own draft claim.", claimantId: speakerId, subjectIds: [ushakov.id] });
    expect(await updateClaim(contributor, input(own.id))).toMatchObject({ ok: true });
    expect(await subjectsOf(own.id)).toEqual(["yuri-ushakov"]);
    const published = await claim();
    expect(await updateClaim(contributor, input(published.id))).toMatchObject({ ok: false, error: "forbidden" });
    expect(await subjectsOf(published.id)).toEqual([]);
  });
});

describe(`notes and evidence (${TEST_ENGINE})`, () => {
  it("stores a note with markup as the text it is", async () => {
    const target = await claim();
    const body = '<script>alert("x")</script> & <b>bold</b>';
    const result = await addAnnotation(editor, { claimId: target.id, visibility: "PUBLIC", body });
    expect(result.ok).toBe(true);
    const page = await getPublicClaim(target.slug);
    expect(page!.annotations.map((note) => note.body)).toEqual([body]);
  });

  it("refuses the same source twice on a claim, and removing the last evidence of a rated claim", async () => {
    const target = await claim();
    const source = await db.source.findUniqueOrThrow({ where: { slug: "bacon-social-media-post" } });
    expect(await attachEvidence(editor, { claimId: target.id, sourceId: source.id, stance: "SUPPORTS", strength: "PRIMARY" })).toMatchObject({
      ok: false,
      fieldErrors: { sourceId: [expect.stringContaining("already attached")] },
    });
    await changeClaimStatus(editor, { claimId: target.id, expectedVersion: 1, rating: "TRUE", ratingSummary: "The post exists as quoted.", reason: "Checked the post." });
    const only = await db.evidence.findFirstOrThrow({ where: { claimId: target.id } });
    expect(await removeEvidence(editor, { evidenceId: only.id })).toMatchObject({ ok: false, error: "invalid" });
    expect(await db.evidence.count({ where: { claimId: target.id } })).toBe(1);
  });
});
