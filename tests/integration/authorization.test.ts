import { beforeAll, describe, expect, it } from "vitest";
import { addAnnotation, deleteAnnotation, editAnnotation } from "@/lib/annotations/annotations";
import type { Actor } from "@/lib/auth/actor";
import { changeClaimStatus } from "@/lib/claims/change-status";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db";
import { attachEvidence, removeEvidence } from "@/lib/evidence/evidence";
import type { Result } from "@/lib/result";
import { changeUserRole, createUser, endUserSessions, setUserDisabled } from "@/lib/users/users";
import { bulkUpdateClaims } from "@/lib/claims/bulk";
import { linkClaims, unlinkClaims } from "@/lib/claims/links";
import { createSource, mergeSources, updateSource } from "@/lib/sources/sources";
import { createSpeaker, mergeSpeakers, updateSpeaker } from "@/lib/speakers/speakers";
import { createTestActor, seedTestDatabase } from "../helpers/fixtures";
import { TEST_ENGINE } from "../helpers/test-database";

type Who = "anonymous" | "contributor" | "editor" | "admin" | "disabled";
const EVERYONE: Who[] = ["anonymous", "contributor", "editor", "admin", "disabled"];
let actors: Record<Who, Actor | null>;
let owner: Actor;
let speakerId: string;
let sourceIds: string[];
let counter = 0;

beforeAll(async () => {
  await seedTestDatabase();
  actors = {
    anonymous: null,
    contributor: await createTestActor("CONTRIBUTOR"),
    editor: await createTestActor("EDITOR"),
    admin: await createTestActor("ADMIN"),
    disabled: await createTestActor("EDITOR", { disabled: true }),
  };
  owner = await createTestActor("EDITOR");
  speakerId = (await db.speaker.findUniqueOrThrow({ where: { slug: "oleksandr-bevz" } })).id;
  sourceIds = (await db.source.findMany({ select: { id: true }, orderBy: { slug: "asc" } })).map((source) => source.id);
});

/** A fresh claim owned by another editor, with one evidence item and one note of theirs. */
async function freshClaim(workflow: "PUBLISHED" | "IN_REVIEW" | "DRAFT" = "PUBLISHED") {
  counter += 1;
  const claim = await db.claim.create({
    data: {
      slug: `matrix-${counter}-${Date.now()}`,
      statement: `A claim for the authorization matrix, number ${counter}.`,
      claimantId: speakerId,
      workflow,
      createdById: owner.id,
      firstAppearanceId: sourceIds[0]!,
      evidence: { create: { sourceId: sourceIds[0]!, stance: "REPORTS", strength: "SECONDARY", createdById: owner.id } },
      annotations: { create: { authorId: owner.id, visibility: "INTERNAL", body: "Owner's note" } },
    },
    include: { evidence: true, annotations: true },
  });
  return { claim, evidenceId: claim.evidence[0]!.id, annotationId: claim.annotations[0]!.id };
}

async function freshUser() {
  counter += 1;
  return db.user.create({ data: { email: `target-${counter}-${Date.now()}@test.invalid`, name: "Target", role: "CONTRIBUTOR" } });
}

/** Every table a mutation could write, counted, plus the version of every claim and each user's role, state and session version. */
async function everything() {
  const [claims, annotations, evidence, changes, audit, users, links, topics, speakers, sources] = await Promise.all([
    db.claim.findMany({ select: { id: true, version: true, workflow: true, verification: true }, orderBy: { id: "asc" } }),
    db.annotation.findMany({ select: { id: true, body: true, visibility: true }, orderBy: { id: "asc" } }),
    db.evidence.count(),
    db.statusChange.count(),
    db.auditEvent.count(),
    db.user.findMany({ select: { id: true, role: true, disabledAt: true, sessionVersion: true }, orderBy: { id: "asc" } }),
    db.claimLink.count(),
    db.topic.count(),
    db.speaker.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } }),
    db.source.findMany({ select: { id: true, title: true, verification: true }, orderBy: { id: "asc" } }),
  ]);
  return { claims, annotations, evidence, changes, audit, users, links, topics, speakers, sources };
}

/** `prepare` makes the fixtures (before the snapshot), and returns the one call under test. */
type Case = { name: string; allowed: Who[]; prepare: () => Promise<(actor: Actor | null) => Promise<Result<object>>> };

const CASES: Case[] = [
  {
    name: "create a claim",
    allowed: ["contributor", "editor", "admin"],
    prepare: async () => (actor) => createClaim(actor, { statement: `A new claim logged by the matrix ${counter++}.`, claimantId: speakerId }),
  },
  {
    name: "edit another's published claim",
    allowed: ["editor", "admin"],
    prepare: async () => {
      const { claim } = await freshClaim();
      return (actor) => updateClaim(actor, { claimId: claim.id, expectedVersion: claim.version, statement: "Edited statement for the matrix.", claimantId: speakerId });
    },
  },
  {
    name: "change verification",
    allowed: ["editor", "admin"],
    prepare: async () => {
      const { claim } = await freshClaim();
      return (actor) => changeClaimStatus(actor, { claimId: claim.id, expectedVersion: claim.version, verification: "CORROBORATED", reason: "Two outlets confirmed it." });
    },
  },
  {
    name: "rate a claim",
    allowed: ["editor", "admin"],
    prepare: async () => {
      const { claim } = await freshClaim();
      return (actor) =>
        changeClaimStatus(actor, { claimId: claim.id, expectedVersion: claim.version, rating: "FALSE", ratingSummary: "The record shows otherwise.", reason: "Checked against the record." });
    },
  },
  {
    name: "publish a claim in review",
    allowed: ["editor", "admin"],
    prepare: async () => {
      const { claim } = await freshClaim("IN_REVIEW");
      return (actor) => changeClaimStatus(actor, { claimId: claim.id, expectedVersion: claim.version, workflow: "PUBLISHED", reason: "Ready for readers." });
    },
  },
  {
    name: "archive a claim",
    allowed: ["editor", "admin"],
    prepare: async () => {
      const { claim } = await freshClaim();
      return (actor) => changeClaimStatus(actor, { claimId: claim.id, expectedVersion: claim.version, workflow: "ARCHIVED", reason: "Duplicate of another claim." });
    },
  },
  {
    name: "add an internal note",
    allowed: ["contributor", "editor", "admin"],
    prepare: async () => {
      const { claim } = await freshClaim();
      return (actor) => addAnnotation(actor, { claimId: claim.id, visibility: "INTERNAL", body: "A note." });
    },
  },
  {
    // Readers already see a published claim: a contributor's public words there would go live unreviewed.
    name: "add a public note to a published claim",
    allowed: ["editor", "admin"],
    prepare: async () => {
      const { claim } = await freshClaim();
      return (actor) => addAnnotation(actor, { claimId: claim.id, visibility: "PUBLIC", body: "A note." });
    },
  },
  {
    name: "add a public note to a claim in review",
    allowed: ["contributor", "editor", "admin"],
    prepare: async () => {
      const { claim } = await freshClaim("IN_REVIEW");
      return (actor) => addAnnotation(actor, { claimId: claim.id, visibility: "PUBLIC", body: "A note." });
    },
  },
  {
    name: "edit another's note",
    allowed: ["editor", "admin"],
    prepare: async () => {
      const { annotationId } = await freshClaim();
      return (actor) => editAnnotation(actor, { annotationId, body: "Changed." });
    },
  },
  {
    name: "delete another's note",
    allowed: ["editor", "admin"],
    prepare: async () => {
      const { annotationId } = await freshClaim();
      return (actor) => deleteAnnotation(actor, { annotationId });
    },
  },
  {
    name: "attach evidence to a published claim",
    allowed: ["editor", "admin"],
    prepare: async () => {
      const { claim } = await freshClaim();
      return (actor) => attachEvidence(actor, { claimId: claim.id, sourceId: sourceIds[1]!, stance: "SUPPORTS", strength: "PRIMARY", note: "Backs it." });
    },
  },
  {
    name: "attach evidence to a claim in review",
    allowed: ["contributor", "editor", "admin"],
    prepare: async () => {
      const { claim } = await freshClaim("IN_REVIEW");
      return (actor) => attachEvidence(actor, { claimId: claim.id, sourceId: sourceIds[1]!, stance: "SUPPORTS", strength: "PRIMARY", note: "Backs it." });
    },
  },
  {
    name: "remove another's evidence",
    allowed: ["editor", "admin"],
    prepare: async () => {
      const { evidenceId } = await freshClaim();
      return (actor) => removeEvidence(actor, { evidenceId });
    },
  },
  {
    name: "link two claims",
    allowed: ["editor", "admin"],
    prepare: async () => {
      const [a, b] = [await freshClaim(), await freshClaim()];
      return (actor) => linkClaims(actor, { fromClaimId: a.claim.id, toClaim: b.claim.slug, type: "CONTRADICTS" });
    },
  },
  {
    name: "remove a link",
    allowed: ["editor", "admin"],
    prepare: async () => {
      const link = await db.claimLink.create({ data: { fromClaimId: (await freshClaim()).claim.id, toClaimId: (await freshClaim()).claim.id, type: "SUPPORTS" } });
      return (actor) => unlinkClaims(actor, { linkId: link.id });
    },
  },
  {
    name: "bulk-assign claims",
    allowed: ["editor", "admin"],
    prepare: async () => {
      const ids = [(await freshClaim()).claim.id, (await freshClaim()).claim.id];
      return (actor) => bulkUpdateClaims(actor, { action: "assign", claimIds: ids, assigneeId: owner.id });
    },
  },
  {
    name: "bulk-publish claims in review",
    allowed: ["editor", "admin"],
    prepare: async () => {
      const { claim } = await freshClaim("IN_REVIEW");
      return (actor) => bulkUpdateClaims(actor, { action: "workflow", claimIds: [claim.id], workflow: "PUBLISHED", reason: "Reviewed together." });
    },
  },
  {
    name: "bulk-add a topic to others' claims",
    allowed: ["editor", "admin"],
    prepare: async () => {
      const { claim } = await freshClaim();
      return (actor) => bulkUpdateClaims(actor, { action: "addTopic", claimIds: [claim.id], topic: `Matrix topic ${counter++}` });
    },
  },
  {
    name: "add a speaker",
    allowed: ["contributor", "editor", "admin"],
    prepare: async () => (actor) => createSpeaker(actor, { name: `Matrix Speaker ${counter++}`, kind: "PERSON" }),
  },
  {
    name: "edit a speaker",
    allowed: ["editor", "admin"],
    prepare: async () => {
      const speaker = await db.speaker.create({ data: { slug: `matrix-speaker-${counter++}-${Date.now()}`, name: "Before" } });
      return (actor) => updateSpeaker(actor, { speakerId: speaker.id, name: "After", kind: "PERSON" });
    },
  },
  {
    name: "merge speakers",
    allowed: ["editor", "admin"],
    prepare: async () => {
      const keep = await db.speaker.create({ data: { slug: `matrix-keep-${counter++}-${Date.now()}`, name: "Keep" } });
      const merge = await db.speaker.create({ data: { slug: `matrix-merge-${counter++}-${Date.now()}`, name: "Merge" } });
      return (actor) => mergeSpeakers(actor, { keepId: keep.id, mergeId: merge.id });
    },
  },
  {
    name: "add a source",
    allowed: ["contributor", "editor", "admin"],
    prepare: async () => (actor) => createSource(actor, { title: `Matrix Source ${counter++}`, kind: "REPORT" }),
  },
  {
    name: "edit a source's own status",
    allowed: ["editor", "admin"],
    prepare: async () => {
      const source = await db.source.create({ data: { slug: `matrix-source-${counter++}-${Date.now()}`, kind: "REPORT", title: "Before" } });
      return (actor) => updateSource(actor, { sourceId: source.id, title: "After", kind: "REPORT", verification: "CORROBORATED" });
    },
  },
  {
    name: "merge sources",
    allowed: ["editor", "admin"],
    prepare: async () => {
      const keep = await db.source.create({ data: { slug: `matrix-src-keep-${counter++}-${Date.now()}`, kind: "REPORT", title: "Keep" } });
      const merge = await db.source.create({ data: { slug: `matrix-src-merge-${counter++}-${Date.now()}`, kind: "REPORT", title: "Merge" } });
      return (actor) => mergeSources(actor, { keepId: keep.id, mergeId: merge.id });
    },
  },
  {
    name: "create a user",
    allowed: ["admin"],
    prepare: async () => (actor) =>
      createUser(actor, { email: `new-${counter++}-${Date.now()}@test.invalid`, name: "New", role: "EDITOR", password: "a long enough password" }),
  },
  {
    name: "change a user's role",
    allowed: ["admin"],
    prepare: async () => {
      const user = await freshUser();
      return (actor) => changeUserRole(actor, { userId: user.id, role: "ADMIN" });
    },
  },
  {
    name: "disable a user",
    allowed: ["admin"],
    prepare: async () => {
      const user = await freshUser();
      return (actor) => setUserDisabled(actor, { userId: user.id, disabled: true });
    },
  },
  {
    // Another user's sessions: only an admin (anyone may end their own, tests/security/sessions.test.ts).
    name: "log a user out everywhere",
    allowed: ["admin"],
    prepare: async () => {
      const user = await freshUser();
      return (actor) => endUserSessions(actor, { userId: user.id });
    },
  },
];

describe(`authorization matrix (${TEST_ENGINE}): every mutation × every kind of actor`, () => {
  for (const testCase of CASES) {
    for (const who of EVERYONE) {
      const allowed = testCase.allowed.includes(who);
      it(`${testCase.name}: ${who} is ${allowed ? "allowed" : "refused, and nothing is written"}`, async () => {
        const act = await testCase.prepare();
        const before = await everything();
        const result = await act(actors[who]);
        if (allowed) {
          expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
          expect((await everything()).audit).toBeGreaterThan(before.audit);
          return;
        }
        expect(result).toMatchObject({ ok: false, error: who === "anonymous" ? "unauthenticated" : "forbidden" });
        expect(await everything()).toEqual(before);
      });
    }
  }
});

describe(`a contributor's own draft (${TEST_ENGINE})`, () => {
  async function ownDraft(contributor: Actor) {
    const created = await createClaim(contributor, { statement: "A contributor's own draft claim.", claimantId: speakerId, firstAppearanceId: sourceIds[0]! });
    if (!created.ok) throw new Error(created.message);
    await db.evidence.create({ data: { claimId: created.claim.id, sourceId: sourceIds[0]!, stance: "REPORTS", strength: "PRIMARY", createdById: contributor.id } });
    return db.claim.findUniqueOrThrow({ where: { id: created.claim.id } });
  }

  it("can be edited and submitted for review by its author, but not published or rated", async () => {
    const contributor = actors.contributor!;
    const draft = await ownDraft(contributor);
    const edited = await updateClaim(contributor, { claimId: draft.id, expectedVersion: 1, statement: "The contributor's edited draft.", claimantId: speakerId, firstAppearanceId: sourceIds[0]! });
    expect(edited).toMatchObject({ ok: true, claim: { version: 2 } });
    expect(await changeClaimStatus(contributor, { claimId: draft.id, expectedVersion: 2, workflow: "PUBLISHED", reason: "Publishing myself." })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await changeClaimStatus(contributor, { claimId: draft.id, expectedVersion: 2, verification: "CORROBORATED", reason: "I checked." })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    const submitted = await changeClaimStatus(contributor, { claimId: draft.id, expectedVersion: 2, workflow: "IN_REVIEW", reason: "Ready for an editor." });
    expect(submitted).toMatchObject({ ok: true });
    // Once in review it is no longer theirs to edit.
    expect(await updateClaim(contributor, { claimId: draft.id, expectedVersion: 3, statement: "Sneaky edit after review.", claimantId: speakerId })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
  });

  it("cannot be edited by another contributor", async () => {
    const draft = await ownDraft(actors.contributor!);
    const other = await createTestActor("CONTRIBUTOR");
    expect(await updateClaim(other, { claimId: draft.id, expectedVersion: 1, statement: "Someone else's edit.", claimantId: speakerId })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
  });
});
