import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { canAttachEvidence, canEditEvidence, canRemoveEvidence } from "../auth/permissions";
import { db } from "../db";
import { EvidenceStance, EvidenceStrength } from "../db/enums";
import { optionalText } from "../validation";
import { denied, failure, invalid, zodFieldErrors, type Result } from "../result";

const id = z.string().trim().min(1).max(64);

export const ZAttachEvidenceInput = z.object({
  claimId: id,
  sourceId: z.string({ error: "Choose a source" }).trim().min(1, "Choose a source").max(64),
  stance: z.enum(EvidenceStance, { error: "Choose how the source bears on the claim" }),
  /** Who takes the stance in the source when it is not its publisher (Bevz, in an AP interview). */
  attributedToId: z.preprocess((value) => (value === "" ? undefined : value), id.optional()),
  strength: z.enum(EvidenceStrength, { error: "Choose the strength of the evidence" }),
  note: optionalText(2_000),
});
export const ZRemoveEvidenceInput = z.object({ evidenceId: id });
export const ZUpdateEvidenceInput = z.object({
  evidenceId: id,
  stance: z.enum(EvidenceStance, { error: "Choose how the source bears on the claim" }),
  /** Empty: the source's publisher takes the stance. */
  attributedToId: z.preprocess((value) => (value === "" || value === undefined ? null : value), id.nullable()),
  strength: z.enum(EvidenceStrength, { error: "Choose the strength of the evidence" }),
  note: optionalText(2_000),
});

/**
 * Attaches a source to a claim with its stance ("Bloomberg REPORTS it"; "AP COULD_NOT_VERIFY it"), strength and
 * note, and optionally who takes that stance ("Bevz DISPUTES it", in the AP's interview).
 */
export async function attachEvidence(actor: Actor | null, input: unknown): Promise<Result<{ evidence: { id: string } }>> {
  if (!actor || actor.disabledAt) return denied(actor);
  const parsed = ZAttachEvidenceInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const data = parsed.data;
  const [claim, source, party, existing] = await Promise.all([
    db.claim.findUnique({ where: { id: data.claimId }, select: { id: true, workflow: true } }),
    db.source.findUnique({ where: { id: data.sourceId }, select: { id: true } }),
    data.attributedToId ? db.speaker.findUnique({ where: { id: data.attributedToId }, select: { id: true } }) : null,
    db.evidence.findUnique({ where: { claimId_sourceId: { claimId: data.claimId, sourceId: data.sourceId } }, select: { id: true } }),
  ]);
  if (!claim) return invalid({ claimId: ["No such claim"] });
  if (!canAttachEvidence(actor, claim)) {
    return denied(actor, "Readers already see this claim: evidence on it is an editor's to add. Suggest it in an internal note.");
  }
  if (!source) return invalid({ sourceId: ["No such source"] });
  if (data.attributedToId && !party) return invalid({ attributedToId: ["No such speaker"] });
  if (existing) return invalid({ sourceId: ["This source is already attached to the claim; change that item instead"] });

  const evidence = await db.$transaction(async (tx) => {
    const created = await tx.evidence.create({ data: { ...data, createdById: actor.id } });
    await recordAudit(tx, { actorId: actor.id, action: "evidence.create", entityType: "Evidence", entityId: created.id, after: created });
    return created;
  });
  return { ok: true, evidence: { id: evidence.id } };
}

export async function removeEvidence(actor: Actor | null, input: unknown): Promise<Result<{ evidence: { id: string } }>> {
  if (!actor || actor.disabledAt) return denied(actor);
  const parsed = ZRemoveEvidenceInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const before = await db.evidence.findUnique({
    where: { id: parsed.data.evidenceId },
    include: { claim: { select: { createdById: true, workflow: true, rating: true, _count: { select: { evidence: true } } } } },
  });
  if (!before) return failure("not_found", "No such evidence.");
  if (!canRemoveEvidence(actor, before, before.claim)) return denied(actor, "Your role cannot remove this evidence.");
  if (before.claim.rating && before.claim._count.evidence === 1) {
    return invalid({ evidenceId: ["A rated claim keeps at least one evidence item; remove the rating first"] });
  }
  const row = {
    id: before.id,
    claimId: before.claimId,
    sourceId: before.sourceId,
    stance: before.stance,
    attributedToId: before.attributedToId,
    strength: before.strength,
    note: before.note,
  };
  await db.$transaction(async (tx) => {
    await tx.evidence.delete({ where: { id: before.id } });
    await recordAudit(tx, { actorId: actor.id, action: "evidence.delete", entityType: "Evidence", entityId: before.id, before: row });
  });
  return { ok: true, evidence: { id: before.id } };
}

/**
 * Changes an evidence item's stance, who takes it, its strength or note (its source stays: attach
 * another source instead).
 */
export async function updateEvidence(actor: Actor | null, input: unknown): Promise<Result<{ evidence: { id: string } }>> {
  if (!actor || actor.disabledAt) return denied(actor);
  const parsed = ZUpdateEvidenceInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const { evidenceId, ...data } = parsed.data;
  const before = await db.evidence.findUnique({
    where: { id: evidenceId },
    include: { claim: { select: { createdById: true, workflow: true } } },
  });
  if (!before) return failure("not_found", "No such evidence.");
  if (!canEditEvidence(actor, before, before.claim)) return denied(actor, "Your role cannot change this evidence.");
  if (data.attributedToId && !(await db.speaker.findUnique({ where: { id: data.attributedToId }, select: { id: true } }))) {
    return invalid({ attributedToId: ["No such speaker"] });
  }
  const was = { stance: before.stance, attributedToId: before.attributedToId, strength: before.strength, note: before.note };
  const changed = (Object.keys(was) as (keyof typeof was)[]).filter((key) => was[key] !== data[key]);
  if (changed.length === 0) return invalid({ "": ["Nothing to change: the evidence already reads that way."] });
  await db.$transaction(async (tx) => {
    await tx.evidence.update({ where: { id: before.id }, data });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "evidence.update",
      entityType: "Evidence",
      entityId: before.id,
      before: Object.fromEntries(changed.map((key) => [key, was[key]])),
      after: Object.fromEntries(changed.map((key) => [key, data[key]])),
    });
  });
  return { ok: true, evidence: { id: before.id } };
}
