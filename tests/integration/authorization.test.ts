import { beforeAll, describe, expect, it } from "vitest";
import { addAnnotation, deleteAnnotation, editAnnotation } from "@/lib/annotations/annotations";
import type { Actor } from "@/lib/auth/actor";
import { changeClaimStatus } from "@/lib/claims/change-status";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db";
import { attachEvidence, removeEvidence } from "@/lib/evidence/evidence";
import type { Result } from "@/lib/result";
import { changeUserRole, createUser, setUserDisabled } from "@/lib/users/users";
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

/** Every table a mutation could write, counted, plus the version of every claim and each user's role and state. */
async function everything() {
  const [claims, annotations, evidence, changes, audit, users, links, topics] = await Promise.all([
    db.claim.findMany({ select: { id: true, version: true, workflow: true, verification: true }, orderBy: { id: "asc" } }),
    db.annotation.findMany({ select: { id: true, body: true, visibility: true }, orderBy: { id: "asc" } }),
    db.evidence.count(),
    db.statusChange.count(),
    db.auditEvent.count(),
    db.user.findMany({ select: { id: true, role: true, disabledAt: true }, orderBy: { id: "asc" } }),
    db.claimLink.count(),
    db.topic.count(),
  ]);
  return { claims, annotations, evidence, changes, audit, users, links, topics };
}

type Case = { name: string; allowed: Who[]; run: (actor: Actor | null) => Promise<Result<object>> };

const CASES: Case[] = [
  {
    name: "create a claim",
    allowed: ["contributor", "editor", "admin"],
    run: (actor) => createClaim(actor, { statement: `A new claim logged by the matrix ${counter++}.`, claimantId: speakerId }),
  },
  {
    name: "edit another's published claim",
    allowed: ["editor", "admin"],
    run: async (actor) => {
      const { claim } = await freshClaim();
      return updateClaim(actor, { claimId: claim.id, expectedVersion: claim.version, statement: "Edited statement for the matrix.", claimantId: speakerId });
    },
  },
  {
    name: "change verification",
    allowed: ["editor", "admin"],
    run: async (actor) => {
      const { claim } = await freshClaim();
      return changeClaimStatus(actor, { claimId: claim.id, expectedVersion: claim.version, verification: "CORROBORATED", reason: "Two outlets confirmed it." });
    },
  },
  {
    name: "rate a claim",
    allowed: ["editor", "admin"],
    run: async (actor) => {
      const { claim } = await freshClaim();
      return changeClaimStatus(actor, {
        claimId: claim.id,
        expectedVersion: claim.version,
        rating: "FALSE",
        ratingSummary: "The record shows otherwise.",
        reason: "Checked against the record.",
      });
    },
  },
  {
    name: "publish a claim in review",
    allowed: ["editor", "admin"],
    run: async (actor) => {
      const { claim } = await freshClaim("IN_REVIEW");
      return changeClaimStatus(actor, { claimId: claim.id, expectedVersion: claim.version, workflow: "PUBLISHED", reason: "Ready for readers." });
    },
  },
  {
    name: "archive a claim",
    allowed: ["editor", "admin"],
    run: async (actor) => {
      const { claim } = await freshClaim();
      return changeClaimStatus(actor, { claimId: claim.id, expectedVersion: claim.version, workflow: "ARCHIVED", reason: "Duplicate of another claim." });
    },
  },
  {
    name: "add a note",
    allowed: ["contributor", "editor", "admin"],
    run: async (actor) => addAnnotation(actor, { claimId: (await freshClaim()).claim.id, visibility: "PUBLIC", body: "A note." }),
  },
  {
    name: "edit another's note",
    allowed: ["editor", "admin"],
    run: async (actor) => editAnnotation(actor, { annotationId: (await freshClaim()).annotationId, body: "Changed." }),
  },
  {
    name: "delete another's note",
    allowed: ["editor", "admin"],
    run: async (actor) => deleteAnnotation(actor, { annotationId: (await freshClaim()).annotationId }),
  },
  {
    name: "attach evidence",
    allowed: ["contributor", "editor", "admin"],
    run: async (actor) =>
      attachEvidence(actor, { claimId: (await freshClaim()).claim.id, sourceId: sourceIds[1]!, stance: "SUPPORTS", strength: "PRIMARY", note: "Backs it." }),
  },
  {
    name: "remove another's evidence",
    allowed: ["editor", "admin"],
    run: async (actor) => removeEvidence(actor, { evidenceId: (await freshClaim()).evidenceId }),
  },
  {
    name: "create a user",
    allowed: ["admin"],
    run: (actor) =>
      createUser(actor, { email: `new-${counter++}-${Date.now()}@test.invalid`, name: "New", role: "EDITOR", password: "a long enough password" }),
  },
  {
    name: "change a user's role",
    allowed: ["admin"],
    run: async (actor) => changeUserRole(actor, { userId: (await freshUser()).id, role: "ADMIN" }),
  },
  {
    name: "disable a user",
    allowed: ["admin"],
    run: async (actor) => setUserDisabled(actor, { userId: (await freshUser()).id, disabled: true }),
  },
];

describe(`authorization matrix (${TEST_ENGINE}): every mutation × every kind of actor`, () => {
  for (const testCase of CASES) {
    for (const who of EVERYONE) {
      const allowed = testCase.allowed.includes(who);
      it(`${testCase.name}: ${who} is ${allowed ? "allowed" : "refused, and nothing is written"}`, async () => {
        // Fixtures are created inside run(); count after them by running a no-op snapshot around the call.
        const before = await everything();
        const result = await testCase.run(actors[who]);
        if (allowed) {
          expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
          expect((await everything()).audit).toBeGreaterThan(before.audit);
          return;
        }
        expect(result).toMatchObject({ ok: false, error: who === "anonymous" ? "unauthenticated" : "forbidden" });
        const after = await everything();
        // Only the fixture rows run() made itself may be new; nothing the mutation would write.
        expect(after.audit).toBe(before.audit);
        expect(after.changes).toBe(before.changes);
        expect(after.links).toBe(before.links);
        expect(after.claims.filter((claim) => before.claims.some((old) => old.id === claim.id))).toEqual(before.claims);
        expect(after.users.filter((user) => before.users.some((old) => old.id === user.id))).toEqual(before.users);
        expect(after.annotations.filter((note) => before.annotations.some((old) => old.id === note.id))).toEqual(before.annotations);
      });
    }
  }
});

describe(`a contributor's own draft (${TEST_ENGINE})`, () => {
  async function ownDraft(contributor: Actor) {
    const created = await createClaim(contributor, { statement: "A contributor's own draft claim.", claimantId: speakerId });
    if (!created.ok) throw new Error(created.message);
    return db.claim.findUniqueOrThrow({ where: { id: created.claim.id } });
  }

  it("can be edited and submitted for review by its author, but not published or rated", async () => {
    const contributor = actors.contributor!;
    const draft = await ownDraft(contributor);
    const edited = await updateClaim(contributor, { claimId: draft.id, expectedVersion: 1, statement: "The contributor's edited draft.", claimantId: speakerId });
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
