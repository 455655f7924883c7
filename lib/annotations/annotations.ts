import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { canAddPublicMaterial, canAnnotate, canChangeAnnotation } from "../auth/permissions";
import { db } from "../db";
import { AnnotationVisibility } from "../db/enums";
import { denied, failure, invalid, zodFieldErrors, type Result } from "../result";

/** Notes are plain text: pages render them as text, so markup in a note is shown, never run. */
const body = z.string({ error: "Write the note" }).trim().min(1, "Write the note").max(5_000, "At most 5000 characters");
const id = z.string().trim().min(1).max(64);
const visibility = z.enum(AnnotationVisibility, { error: "Choose internal or public" });

export const ZAddAnnotationInput = z.object({ claimId: id, visibility: visibility.default("INTERNAL"), body });
export const ZEditAnnotationInput = z.object({ annotationId: id, visibility: visibility.optional(), body });
export const ZDeleteAnnotationInput = z.object({ annotationId: id });

const PUBLIC_NOTE_REFUSAL =
  "Readers already see this claim, so a contributor's note on it stays internal: an editor can make it public.";

/** A note as the audit log records it, and apart from it the workflow of its claim (who may change it depends on it). */
async function noteWithItsClaim(annotationId: string) {
  const found = await db.annotation.findUnique({ where: { id: annotationId }, include: { claim: { select: { workflow: true } } } });
  if (!found) return null;
  const { claim, ...before } = found;
  return { before, claim };
}

export async function addAnnotation(actor: Actor | null, input: unknown): Promise<Result<{ annotation: { id: string } }>> {
  if (!canAnnotate(actor)) return denied(actor);
  const parsed = ZAddAnnotationInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const claim = await db.claim.findUnique({ where: { id: parsed.data.claimId }, select: { id: true, workflow: true } });
  if (!claim) return invalid({ claimId: ["No such claim"] });
  if (parsed.data.visibility === "PUBLIC" && !canAddPublicMaterial(actor, claim)) return denied(actor, PUBLIC_NOTE_REFUSAL);
  const annotation = await db.$transaction(async (tx) => {
    const created = await tx.annotation.create({ data: { ...parsed.data, authorId: actor.id } });
    await recordAudit(tx, { actorId: actor.id, action: "annotation.create", entityType: "Annotation", entityId: created.id, after: created });
    return created;
  });
  return { ok: true, annotation: { id: annotation.id } };
}

export async function editAnnotation(actor: Actor | null, input: unknown): Promise<Result<{ annotation: { id: string } }>> {
  if (!canAnnotate(actor)) return denied(actor);
  const parsed = ZEditAnnotationInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const found = await noteWithItsClaim(parsed.data.annotationId);
  if (!found) return failure("not_found", "No such note.");
  const { before, claim } = found;
  if (!canChangeAnnotation(actor, before, claim)) return denied(actor, "Only the author or an editor can change this note.");
  if (parsed.data.visibility === "PUBLIC" && !canAddPublicMaterial(actor, claim)) return denied(actor, PUBLIC_NOTE_REFUSAL);
  await db.$transaction(async (tx) => {
    const after = await tx.annotation.update({
      where: { id: before.id },
      data: { body: parsed.data.body, ...(parsed.data.visibility ? { visibility: parsed.data.visibility } : {}) },
    });
    await recordAudit(tx, { actorId: actor.id, action: "annotation.update", entityType: "Annotation", entityId: before.id, before, after });
  });
  return { ok: true, annotation: { id: before.id } };
}

export async function deleteAnnotation(actor: Actor | null, input: unknown): Promise<Result<{ annotation: { id: string } }>> {
  if (!canAnnotate(actor)) return denied(actor);
  const parsed = ZDeleteAnnotationInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const found = await noteWithItsClaim(parsed.data.annotationId);
  if (!found) return failure("not_found", "No such note.");
  const { before, claim } = found;
  if (!canChangeAnnotation(actor, before, claim)) return denied(actor, "Only the author or an editor can delete this note.");
  await db.$transaction(async (tx) => {
    await tx.annotation.delete({ where: { id: before.id } });
    await recordAudit(tx, { actorId: actor.id, action: "annotation.delete", entityType: "Annotation", entityId: before.id, before });
  });
  return { ok: true, annotation: { id: before.id } };
}
