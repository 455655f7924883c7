import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { isActive } from "../auth/actor";
import { isEditor } from "../auth/permissions";
import { db, type DbTransaction } from "../db";
import { SpeakerKind } from "../db/enums";
import { optionalText, optionalWebUrl } from "../validation";
import { denied, failure, invalid, zodFieldErrors, type Result } from "../result";
import { searchTextFor } from "../claims/claim-fields";
import { slugify, uniqueSlug } from "../text/slug";
import { normaliseName } from "../ingest/speaker-names";

export const ZSpeakerInput = z.object({
  name: z.string({ error: "Give a name" }).trim().min(1, "Give a name").max(200),
  kind: z.enum(SpeakerKind, { error: "Person or organisation" }).default("PERSON"),
  title: optionalText(200),
  affiliation: optionalText(200),
  country: optionalText(100),
  sameAs: optionalWebUrl(500, "https://www.wikidata.org/wiki/Q…"),
  description: optionalText(1_000),
});
const id = z.string().trim().min(1).max(64);
export const ZUpdateSpeakerInput = ZSpeakerInput.extend({ speakerId: id });
export const ZMergeSpeakersInput = z.object({ keepId: id, mergeId: id });

/** Claims' search text includes speaker names, so it is rebuilt when a name changes or claims move. */
export async function refreshSearchText(tx: DbTransaction, where: { claimantId?: string; relayedFromId?: string; OR?: object[] }) {
  const claims = await tx.claim.findMany({
    where,
    select: { id: true, statement: true, quote: true, context: true, claimant: { select: { name: true } }, relayedFrom: { select: { name: true } } },
  });
  for (const claim of claims) {
    await tx.claim.update({
      where: { id: claim.id },
      data: { searchText: searchTextFor({ ...claim, claimantName: claim.claimant.name, relayedFromName: claim.relayedFrom?.name }) },
    });
  }
}

/** Any active user may add a speaker (contributors need one for their drafts). */
export async function createSpeaker(actor: Actor | null, input: unknown): Promise<Result<{ speaker: { id: string; slug: string } }>> {
  if (!isActive(actor)) return denied(actor);
  const parsed = ZSpeakerInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const speaker = await db.$transaction((tx) => insertSpeaker(tx, actor.id, parsed.data));
  return { ok: true, speaker: { id: speaker.id, slug: speaker.slug } };
}

/** Writes a validated new speaker inside the caller's transaction, with a unique slug and its audit entry. */
export async function insertSpeaker(tx: DbTransaction, actorId: string | null, data: z.output<typeof ZSpeakerInput>) {
  const base = slugify(data.name);
  const taken = await tx.speaker.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const created = await tx.speaker.create({ data: { ...data, slug: uniqueSlug(base, new Set(taken.map((row) => row.slug))) } });
  await recordAudit(tx, { actorId, action: "speaker.create", entityType: "Speaker", entityId: created.id, after: created });
  return created;
}

export async function updateSpeaker(actor: Actor | null, input: unknown): Promise<Result<{ speaker: { id: string } }>> {
  if (!isEditor(actor)) return denied(actor, "Only editors change speakers.");
  const parsed = ZUpdateSpeakerInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const { speakerId, ...fields } = parsed.data;
  const before = await db.speaker.findUnique({ where: { id: speakerId } });
  if (!before) return failure("not_found", "No such speaker.");
  await db.$transaction(async (tx) => {
    const after = await tx.speaker.update({ where: { id: speakerId }, data: fields });
    if (after.name !== before.name) await refreshSearchText(tx, { OR: [{ claimantId: speakerId }, { relayedFromId: speakerId }] });
    await recordAudit(tx, { actorId: actor.id, action: "speaker.update", entityType: "Speaker", entityId: speakerId, before, after });
  });
  return { ok: true, speaker: { id: speakerId } };
}

/**
 * Merges a duplicate into the kept speaker: its claims (as claimant, relayed or subject) and the
 * evidence naming it as the party taking a stance move over, then it is deleted. A claim about
 * both keeps one subject row, the kept speaker's.
 */
export async function mergeSpeakers(actor: Actor | null, input: unknown): Promise<Result<{ speaker: { id: string }; moved: number }>> {
  if (!isEditor(actor)) return denied(actor, "Only editors merge speakers.");
  const parsed = ZMergeSpeakersInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const { keepId, mergeId } = parsed.data;
  if (keepId === mergeId) return invalid({ mergeId: ["Choose a different speaker to merge"] });
  const [keep, merge] = await Promise.all([db.speaker.findUnique({ where: { id: keepId } }), db.speaker.findUnique({ where: { id: mergeId } })]);
  if (!keep) return invalid({ keepId: ["No such speaker"] });
  if (!merge) return invalid({ mergeId: ["No such speaker"] });
  const moved = await db.$transaction(async (tx) => {
    const asClaimant = await tx.claim.updateMany({ where: { claimantId: mergeId }, data: { claimantId: keepId, version: { increment: 1 } } });
    const asRelayed = await tx.claim.updateMany({ where: { relayedFromId: mergeId }, data: { relayedFromId: keepId, version: { increment: 1 } } });
    const asSubject = await moveSubjects(tx, mergeId, keepId);
    await refreshSearchText(tx, { OR: [{ claimantId: keepId }, { relayedFromId: keepId }] });
    // Evidence would otherwise lose its party to the foreign key's SET NULL, silently changing a public sourcing line.
    const stances = await tx.evidence.updateMany({ where: { attributedToId: mergeId }, data: { attributedToId: keepId } });
    const aliases = await moveAliases(tx, merge, keep);
    await tx.speaker.delete({ where: { id: mergeId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "speaker.merge",
      entityType: "Speaker",
      entityId: keepId,
      before: { kept: keep, merged: merge },
      after: { kept: keepId, claimsMoved: asClaimant.count + asRelayed.count, subjectOfMoved: asSubject, evidenceMoved: stances.count, aliasesMoved: aliases },
    });
    return asClaimant.count + asRelayed.count + asSubject;
  });
  return { ok: true, speaker: { id: keepId }, moved };
}

/**
 * The merged speaker's other names (SpeakerAlias), and its own name, lead to the kept speaker
 * from now on, so an ingested article naming the duplicate finds the kept one.
 */
async function moveAliases(tx: DbTransaction, merge: { id: string; name: string }, keep: { id: string; name: string }): Promise<number> {
  const moved = await tx.speakerAlias.updateMany({ where: { speakerId: merge.id }, data: { speakerId: keep.id } });
  const alias = normaliseName(merge.name);
  if (alias && alias !== normaliseName(keep.name)) {
    await tx.speakerAlias.upsert({ where: { alias }, create: { alias, speakerId: keep.id }, update: { speakerId: keep.id } });
  }
  return moved.count;
}

/** Re-points the merged speaker's subject rows to the kept one (dropping duplicates); bumps those claims' versions. */
async function moveSubjects(tx: DbTransaction, mergeId: string, keepId: string): Promise<number> {
  const rows = await tx.claimSubject.findMany({ where: { speakerId: mergeId }, select: { claimId: true } });
  if (rows.length === 0) return 0;
  const claimIds = rows.map((row) => row.claimId);
  const already = await tx.claimSubject.findMany({ where: { speakerId: keepId, claimId: { in: claimIds } }, select: { claimId: true } });
  const kept = new Set(already.map((row) => row.claimId));
  await tx.claimSubject.deleteMany({ where: { speakerId: mergeId } });
  const moving = claimIds.filter((claimId) => !kept.has(claimId));
  if (moving.length > 0) await tx.claimSubject.createMany({ data: moving.map((claimId) => ({ claimId, speakerId: keepId })) });
  await tx.claim.updateMany({ where: { id: { in: claimIds } }, data: { version: { increment: 1 } } });
  return claimIds.length;
}

export function listSpeakersForDesk(actor: Actor | null) {
  if (!isActive(actor)) return null;
  return db.speaker.findMany({ orderBy: { name: "asc" }, include: { _count: { select: { claims: true, relayedClaims: true, subjectOf: true } } } });
}
