import { beforeAll, describe, expect, it } from "vitest";
import { addAnnotation, deleteAnnotation, editAnnotation } from "@/lib/annotations/annotations";
import type { Actor } from "@/lib/auth/actor";
import { bulkUpdateClaims } from "@/lib/claims/bulk";
import { changeClaimStatus } from "@/lib/claims/change-status";
import { createClaim } from "@/lib/claims/create-claim";
import { linkClaims, unlinkClaims } from "@/lib/claims/links";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db";
import { attachEvidence, removeEvidence } from "@/lib/evidence/evidence";
import type { Result } from "@/lib/result";
import { createSource, mergeSources, updateSource } from "@/lib/sources/sources";
import { createSpeaker, mergeSpeakers, updateSpeaker } from "@/lib/speakers/speakers";
import { changeUserRole, createUser, setUserDisabled } from "@/lib/users/users";
import { createTestActor, seedTestDatabase } from "../helpers/fixtures";
import { TEST_ENGINE } from "../helpers/test-database";

type Service = (actor: Actor | null, input: unknown) => Promise<Result<object>>;

let admin: Actor;
let ids: { claim: string; claimVersion: number; speaker: string; source: string; note: string; evidence: string; user: string; link: string };

beforeAll(async () => {
  await seedTestDatabase();
  admin = await createTestActor("ADMIN");
  const claim = await db.claim.findUniqueOrThrow({ where: { slug: "witkoff-coached-ushakov-on-trump-pitch" }, include: { evidence: true, linksTo: true } });
  const note = await db.annotation.create({ data: { claimId: claim.id, authorId: admin.id, body: "A note" } });
  ids = {
    claim: claim.id,
    claimVersion: claim.version,
    speaker: claim.claimantId,
    source: claim.evidence[0]!.sourceId,
    note: note.id,
    evidence: claim.evidence[0]!.id,
    user: admin.id,
    link: claim.linksTo[0]!.id,
  };
});

/** Every table, counted, and every row's version or state that a mutation could change. */
async function everything() {
  const [claims, notes, evidence, links, speakers, sources, users, changes, audit] = await Promise.all([
    db.claim.findMany({ select: { id: true, version: true, statement: true }, orderBy: { id: "asc" } }),
    db.annotation.findMany({ select: { id: true, body: true }, orderBy: { id: "asc" } }),
    db.evidence.count(),
    db.claimLink.count(),
    db.speaker.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } }),
    db.source.findMany({ select: { id: true, title: true }, orderBy: { id: "asc" } }),
    db.user.findMany({ select: { id: true, role: true, disabledAt: true }, orderBy: { id: "asc" } }),
    db.statusChange.count(),
    db.auditEvent.count(),
  ]);
  return { claims, notes, evidence, links, speakers, sources, users, changes, audit };
}

const LONG = "x".repeat(20_000);

/** For each service, inputs that are wrong in each way the issue names; `() => …` so ids resolve after setup. */
const CASES: [string, Service, () => unknown[]][] = [
  ["createClaim", createClaim, () => [null, 42, "text", {}, { statement: LONG, claimantId: ids.speaker }, { statement: "A valid statement.", claimantId: ids.source }, { statement: "A valid statement.", claimantId: ids.speaker, verification: "MAYBE" }, { statement: ["array"], claimantId: ids.speaker }]],
  ["updateClaim", updateClaim, () => [{}, { claimId: ids.claim }, { claimId: ids.claim, expectedVersion: "v", statement: "Valid statement.", claimantId: ids.speaker }, { claimId: ids.claim, expectedVersion: ids.claimVersion, statement: "Valid statement.", claimantId: ids.note }, { claimId: ids.claim, expectedVersion: ids.claimVersion, statement: LONG, claimantId: ids.speaker }, { claimId: ids.speaker, expectedVersion: 1, statement: "Valid statement.", claimantId: ids.speaker }]],
  ["changeClaimStatus", changeClaimStatus, () => [{}, { claimId: ids.claim, expectedVersion: ids.claimVersion, verification: "TRUE", reason: "valid reason" }, { claimId: ids.claim, expectedVersion: ids.claimVersion, reason: LONG, verification: "DISPUTED" }, { claimId: ids.note, expectedVersion: 1, verification: "DISPUTED", reason: "valid reason" }, { claimId: ids.claim, expectedVersion: ids.claimVersion, verification: "UNVERIFIED", reason: "No change at all" }]],
  ["addAnnotation", addAnnotation, () => [{}, { claimId: ids.claim, body: "" }, { claimId: ids.claim, body: LONG }, { claimId: ids.claim, body: "ok", visibility: "SECRET" }, { claimId: ids.speaker, body: "ok" }, { claimId: ids.claim, body: 7 }]],
  ["editAnnotation", editAnnotation, () => [{}, { annotationId: ids.note, body: LONG }, { annotationId: ids.claim, body: "ok" }, { annotationId: ids.note, body: "ok", visibility: "SECRET" }]],
  ["deleteAnnotation", deleteAnnotation, () => [{}, { annotationId: ids.claim }, { annotationId: 5 }]],
  ["attachEvidence", attachEvidence, () => [{}, { claimId: ids.claim, sourceId: ids.speaker, stance: "REPORTS", strength: "PRIMARY" }, { claimId: ids.claim, sourceId: ids.source, stance: "LIKES", strength: "PRIMARY" }, { claimId: ids.claim, sourceId: ids.source, stance: "REPORTS", strength: "PRIMARY", note: LONG }, { claimId: ids.claim, sourceId: ids.source, stance: "REPORTS", strength: "PRIMARY" }]],
  ["removeEvidence", removeEvidence, () => [{}, { evidenceId: ids.claim }, { evidenceId: null }]],
  ["linkClaims", linkClaims, () => [{}, { fromClaimId: ids.claim, toClaim: ids.speaker, type: "SUPPORTS" }, { fromClaimId: ids.claim, toClaim: ids.claim, type: "SUPPORTS" }, { fromClaimId: ids.claim, toClaim: "x", type: "HATES" }, { fromClaimId: ids.claim, toClaim: LONG, type: "SUPPORTS" }]],
  ["unlinkClaims", unlinkClaims, () => [{}, { linkId: ids.claim }]],
  ["bulkUpdateClaims", bulkUpdateClaims, () => [{}, { action: "assign", claimIds: [ids.claim], assigneeId: ids.speaker }, { action: "workflow", claimIds: [ids.claim], workflow: "GONE", reason: "valid reason" }, { action: "addTopic", claimIds: [ids.claim], topic: LONG }, { action: "assign", claimIds: "not-an-array", assigneeId: null }]],
  ["createSpeaker", createSpeaker, () => [{}, { name: LONG }, { name: "Valid", kind: "ALIEN" }, { name: "Valid", sameAs: "not a url" }, { name: "Valid", sameAs: "javascript:alert(1)" }]],
  ["updateSpeaker", updateSpeaker, () => [{}, { speakerId: ids.claim, name: "Valid" }, { speakerId: ids.speaker, name: "" }]],
  ["mergeSpeakers", mergeSpeakers, () => [{}, { keepId: ids.speaker, mergeId: ids.speaker }, { keepId: ids.speaker, mergeId: ids.claim }]],
  ["createSource", createSource, () => [{}, { title: "Valid", kind: "RUMOUR" }, { title: "Valid", kind: "REPORT", url: "javascript:alert(1)" }, { title: "Valid", kind: "REPORT", publishedAt: "last week" }]],
  ["updateSource", updateSource, () => [{}, { sourceId: ids.claim, title: "Valid", kind: "REPORT" }, { sourceId: ids.source, title: "Valid", kind: "REPORT", verification: "SORT_OF" }]],
  ["mergeSources", mergeSources, () => [{}, { keepId: ids.source, mergeId: ids.source }, { keepId: ids.source, mergeId: ids.note }]],
  ["createUser", createUser, () => [{}, { email: "not-an-email", name: "X", role: "EDITOR", password: "long enough password" }, { email: "a@b.org", name: "X", role: "OWNER", password: "long enough password" }, { email: "a@b.org", name: "X", role: "EDITOR", password: "short" }, { email: "a@b.org", name: "X", role: "EDITOR", password: LONG }]],
  ["changeUserRole", changeUserRole, () => [{}, { userId: ids.speaker, role: "EDITOR" }, { userId: ids.user, role: "KING" }, { userId: ids.user, role: "EDITOR" }]],
  ["setUserDisabled", setUserDisabled, () => [{}, { userId: ids.claim, disabled: true }, { userId: ids.user, disabled: "yes" }, { userId: ids.user, disabled: true }]],
];

describe(`invalid input to every mutation (${TEST_ENGINE})`, () => {
  for (const [name, service, inputs] of CASES) {
    it(`${name}: answers each bad input with a clear error and writes nothing`, async () => {
      for (const input of inputs()) {
        const before = await everything();
        const result = await service(admin, input);
        expect(result.ok, `${name} accepted ${JSON.stringify(input)?.slice(0, 120)}`).toBe(false);
        if (!result.ok) {
          expect(["invalid", "not_found", "conflict"]).toContain(result.error);
          expect(result.message.length).toBeGreaterThan(5);
          if (result.error === "invalid") expect(Object.keys(result.fieldErrors ?? {}).length).toBeGreaterThan(0);
        }
        expect(await everything(), `${name} wrote something for ${JSON.stringify(input)?.slice(0, 120)}`).toEqual(before);
      }
    });
  }
});
