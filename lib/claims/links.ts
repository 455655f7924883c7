import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { canLinkClaims } from "../auth/permissions";
import { db } from "../db";
import { ClaimLinkType } from "../db/enums";
import { optionalText } from "../validation";
import { denied, failure, invalid, zodFieldErrors, type Result } from "../result";

const id = z.string().trim().min(1).max(64);

export const ZLinkClaimsInput = z.object({
  fromClaimId: id,
  /** The other claim, by id or by slug (what an editor can copy from a page address). */
  toClaim: z.string({ error: "Name the other claim" }).trim().min(1, "Name the other claim").max(120),
  type: z.enum(ClaimLinkType, { error: "Choose how the claims relate" }),
  note: optionalText(500),
});
export const ZUnlinkClaimsInput = z.object({ linkId: id });

/** Records a typed relation between two claims ("ISW's estimate CONTRADICTS Trump's claim"). Editors only. */
export async function linkClaims(actor: Actor | null, input: unknown): Promise<Result<{ link: { id: string } }>> {
  if (!canLinkClaims(actor)) return denied(actor, "Only editors link claims.");
  const parsed = ZLinkClaimsInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const { fromClaimId, toClaim, type, note } = parsed.data;
  const [from, to] = await Promise.all([
    db.claim.findUnique({ where: { id: fromClaimId }, select: { id: true } }),
    db.claim.findFirst({ where: { OR: [{ id: toClaim }, { slug: toClaim }] }, select: { id: true } }),
  ]);
  if (!from) return invalid({ fromClaimId: ["No such claim"] });
  if (!to) return invalid({ toClaim: ["No claim with that id or slug"] });
  if (to.id === from.id) return invalid({ toClaim: ["A claim cannot be linked to itself"] });
  const existing = await db.claimLink.findUnique({ where: { fromClaimId_toClaimId_type: { fromClaimId: from.id, toClaimId: to.id, type } } });
  if (existing) return invalid({ toClaim: ["These claims are already linked that way"] });
  const link = await db.$transaction(async (tx) => {
    const created = await tx.claimLink.create({ data: { fromClaimId: from.id, toClaimId: to.id, type, note } });
    await recordAudit(tx, { actorId: actor.id, action: "link.create", entityType: "ClaimLink", entityId: created.id, after: created });
    return created;
  });
  return { ok: true, link: { id: link.id } };
}

export async function unlinkClaims(actor: Actor | null, input: unknown): Promise<Result<{ link: { id: string } }>> {
  if (!canLinkClaims(actor)) return denied(actor, "Only editors link claims.");
  const parsed = ZUnlinkClaimsInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const before = await db.claimLink.findUnique({ where: { id: parsed.data.linkId } });
  if (!before) return failure("not_found", "No such link.");
  await db.$transaction(async (tx) => {
    await tx.claimLink.delete({ where: { id: before.id } });
    await recordAudit(tx, { actorId: actor.id, action: "link.delete", entityType: "ClaimLink", entityId: before.id, before });
  });
  return { ok: true, link: { id: before.id } };
}
