// Issue 10, point 8: a contributor's additions to a claim readers can already see never go live
// unreviewed. Chosen rule (lib/auth/permissions.ts canAddPublicMaterial): on a published claim a
// contributor writes internal notes only and attaches no evidence; before publication anything
// goes, because the editor who publishes reviews it.
import { beforeAll, describe, expect, it } from "vitest";
import { addAnnotation, editAnnotation } from "@/lib/annotations/annotations";
import type { Actor } from "@/lib/auth/actor";
import { attachEvidence } from "@/lib/evidence/evidence";
import { getPublicClaim } from "@/lib/claims/public-claim";
import { db } from "@/lib/db";
import { createTestActor, seedTestDatabase } from "../helpers/fixtures";
import { TEST_ENGINE } from "../helpers/test-database";

let contributor: Actor;
let editor: Actor;
let published: { id: string; slug: string };

beforeAll(async () => {
  await seedTestDatabase();
  [contributor, editor] = await Promise.all([createTestActor("CONTRIBUTOR"), createTestActor("EDITOR")]);
  published = await db.claim.findFirstOrThrow({ where: { workflow: "PUBLISHED" }, select: { id: true, slug: true } });
});

const rows = async () => ({
  notes: await db.annotation.count({ where: { claimId: published.id } }),
  evidence: await db.evidence.count({ where: { claimId: published.id } }),
});

describe(`security: contributors cannot publish unreviewed (issue 10, point 8; ${TEST_ENGINE})`, () => {
  it("refuses a contributor's public note and evidence on a published claim, and writes nothing", async () => {
    const before = await rows();
    const note = await addAnnotation(contributor, { claimId: published.id, visibility: "PUBLIC", body: "Live at once?" });
    expect(note).toMatchObject({ ok: false, error: "forbidden", message: expect.stringContaining("internal") });
    const source = await db.source.findFirstOrThrow({ where: { evidence: { none: { claimId: published.id } } }, select: { id: true } });
    const evidence = await attachEvidence(contributor, { claimId: published.id, sourceId: source.id, stance: "SUPPORTS", strength: "PRIMARY" });
    expect(evidence).toMatchObject({ ok: false, error: "forbidden" });
    expect(await rows()).toEqual(before);
    expect((await getPublicClaim(published.slug))!.annotations.map((n) => n.body)).not.toContain("Live at once?");
  });

  it("lets the contributor write an internal note there, which an editor can make public", async () => {
    const note = await addAnnotation(contributor, { claimId: published.id, visibility: "INTERNAL", body: "A source worth adding." });
    if (!note.ok) throw new Error(note.message);
    // The contributor cannot flip it public themselves...
    expect(await editAnnotation(contributor, { annotationId: note.annotation.id, visibility: "PUBLIC", body: "A source worth adding." })).toMatchObject({ ok: false });
    expect((await getPublicClaim(published.slug))!.annotations.map((n) => n.body)).not.toContain("A source worth adding.");
    // ...an editor can.
    expect(await editAnnotation(editor, { annotationId: note.annotation.id, visibility: "PUBLIC", body: "A source worth adding." })).toMatchObject({ ok: true });
    expect((await getPublicClaim(published.slug))!.annotations.map((n) => n.body)).toContain("A source worth adding.");
    // And once public, it is no longer the contributor's to change.
    expect(await editAnnotation(contributor, { annotationId: note.annotation.id, body: "Changed after review." })).toMatchObject({ ok: false, error: "forbidden" });
  });

  it("lets a contributor add public notes to a draft, reviewed when an editor publishes it", async () => {
    const speaker = await db.speaker.findFirstOrThrow({ select: { id: true } });
    const draft = await db.claim.create({ data: { slug: `contributor-draft-${Date.now()}`, statement: "A draft.", claimantId: speaker.id, createdById: contributor.id } });
    expect(await addAnnotation(contributor, { claimId: draft.id, visibility: "PUBLIC", body: "For readers, once published." })).toMatchObject({ ok: true });
  });
});
