import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { canChangeWorkflow, canSetClaimStatus } from "../auth/permissions";
import { db } from "../db";
import { Rating, Verification, Workflow, type StatusField } from "../db/enums";
import { denied, failure, invalid, zodFieldErrors, type Result } from "../result";
import { CORROBORATION_QUESTION, needsCorroborationConfirmation, sourcingProblems, sourcingRefusal } from "./readiness";

export const ZChangeClaimStatusInput = z.object({
  claimId: z.string().trim().min(1).max(64),
  expectedVersion: z.coerce.number().int().min(1),
  verification: z.enum(Verification, { error: "Unknown verification status" }).optional(),
  /** null removes the rating. */
  rating: z.enum(Rating, { error: "Unknown rating" }).nullable().optional(),
  ratingSummary: z.string().trim().max(2_000, "At most 2000 characters").optional(),
  workflow: z.enum(Workflow, { error: "Unknown workflow state" }).optional(),
  reason: z
    .string({ error: "Say why the status changes" })
    .trim()
    .min(5, "Say why, in a few words (at least 5 characters)")
    .max(1_000, "At most 1000 characters"),
  /** The editor has weighed evidence that could not verify the claim, and corroborates it anyway. */
  confirmCorroborated: z.boolean().default(false),
});

export type TChangeClaimStatusInput = z.input<typeof ZChangeClaimStatusInput>;

const STATUS_FIELDS = { verification: "VERIFICATION", rating: "RATING", workflow: "WORKFLOW" } as const satisfies Record<string, StatusField>;

/**
 * Changes a claim's verification, rating and/or workflow, with a reason. Each changed field
 * writes a StatusChange (the public timeline) and the whole change one AuditEvent, in the same
 * transaction as the update. The caller names the version it read: if the claim changed since,
 * nothing is written and the answer is a conflict carrying the current values.
 */
export async function changeClaimStatus(
  actor: Actor | null,
  input: unknown,
): Promise<Result<{ claim: { id: string; slug: string; version: number; workflow: Workflow }; workflowChanged: boolean }>> {
  if (!actor || actor.disabledAt) return denied(actor);
  const parsed = ZChangeClaimStatusInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const data = parsed.data;

  const claim = await db.claim.findUnique({
    where: { id: data.claimId },
    select: {
      id: true,
      slug: true,
      version: true,
      verification: true,
      rating: true,
      ratingSummary: true,
      workflow: true,
      createdById: true,
      firstAppearanceId: true,
      evidence: { select: { stance: true } },
    },
  });
  if (!claim) return failure("not_found", "No such claim.");

  const changes = (Object.keys(STATUS_FIELDS) as (keyof typeof STATUS_FIELDS)[])
    .filter((field) => data[field] !== undefined && data[field] !== claim[field])
    .map((field) => ({ field, from: claim[field], to: data[field] ?? null }));
  const summaryChanged = data.ratingSummary !== undefined && data.ratingSummary !== (claim.ratingSummary ?? "");
  if (changes.length === 0 && !summaryChanged) return invalid({ "": ["Nothing to change: the claim already has that status."] });

  for (const change of changes) {
    const allowed =
      change.field === "workflow" ? canChangeWorkflow(actor, claim, change.to as Workflow) : canSetClaimStatus(actor);
    if (!allowed) return denied(actor, `Your role cannot change this claim's ${change.field}.`);
  }
  if (summaryChanged && !canSetClaimStatus(actor)) return denied(actor, "Your role cannot change a rating.");

  const newWorkflow = changes.find((change) => change.field === "workflow")?.to as Workflow | undefined;
  if (newWorkflow) {
    const problems = sourcingProblems({ firstAppearanceId: claim.firstAppearanceId, evidenceCount: claim.evidence.length }, newWorkflow);
    if (problems.length > 0) {
      const message = sourcingRefusal(problems, newWorkflow);
      return invalid({ workflow: [message] }, message);
    }
  }
  const newVerification = changes.find((change) => change.field === "verification")?.to as Verification | undefined;
  if (needsCorroborationConfirmation(claim.verification, newVerification, claim.evidence) && !data.confirmCorroborated) {
    return invalid({ confirmCorroborated: [`${CORROBORATION_QUESTION} Tick the box to confirm.`] }, CORROBORATION_QUESTION);
  }

  const newRating = changes.find((change) => change.field === "rating")?.to;
  if (newRating) {
    const errors: Record<string, string[]> = {};
    if (claim.evidence.length === 0) errors.rating = ["Attach at least one evidence item before rating the claim"];
    const summary = data.ratingSummary ?? claim.ratingSummary ?? "";
    if (summary.trim().length < 10) errors.ratingSummary = ["Explain the rating (at least 10 characters)"];
    if (Object.keys(errors).length > 0) return invalid(errors);
  }
  if (claim.version !== data.expectedVersion) return conflict(claim);

  const ratingChanged = changes.some((change) => change.field === "rating");
  const update = {
    ...Object.fromEntries(changes.map((change) => [change.field, change.to])),
    ...(data.ratingSummary !== undefined ? { ratingSummary: data.ratingSummary || null } : {}),
    ...(ratingChanged ? { ratedAt: newRating ? new Date() : null } : {}),
    ...(ratingChanged && !newRating ? { ratingSummary: null } : {}),
  };

  const updated = await db.$transaction(async (tx) => {
    // The version check and the update are one statement: two concurrent saves cannot both win.
    const { count } = await tx.claim.updateMany({
      where: { id: claim.id, version: data.expectedVersion },
      data: { ...update, version: { increment: 1 } },
    });
    if (count === 0) return null;
    await tx.statusChange.createMany({
      data: changes.map((change) => ({
        claimId: claim.id,
        field: STATUS_FIELDS[change.field],
        fromValue: change.from,
        toValue: change.to,
        reason: data.reason,
        actorId: actor.id,
      })),
    });
    const after = await tx.claim.findUniqueOrThrow({
      where: { id: claim.id },
      select: { id: true, slug: true, version: true, verification: true, rating: true, ratingSummary: true, workflow: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.status",
      entityType: "Claim",
      entityId: claim.id,
      before: { verification: claim.verification, rating: claim.rating, ratingSummary: claim.ratingSummary, workflow: claim.workflow, version: claim.version },
      after: { ...after, reason: data.reason },
    });
    return after;
  });
  if (!updated) return conflict(await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true, verification: true, rating: true, workflow: true } }));
  return {
    ok: true,
    claim: { id: updated.id, slug: updated.slug, version: updated.version, workflow: updated.workflow },
    workflowChanged: newWorkflow !== undefined,
  };
}

/**
 * What the desk says after a status change: readers are told about only when the claim is
 * published; a contributor's submission goes to the editors' queue, not to readers.
 */
export function statusChangeMessage({ claim, workflowChanged }: { claim: { workflow: Workflow }; workflowChanged: boolean }): string {
  if (claim.workflow === "PUBLISHED") return workflowChanged ? "Published. Readers see it now." : "Status changed. Readers see it now.";
  if (workflowChanged && claim.workflow === "IN_REVIEW") return "Submitted for review. It is in the editors' queue; readers do not see it until an editor publishes it.";
  if (workflowChanged) return "Status changed. Readers do not see this claim.";
  return "Status changed. Readers will see it once the claim is published.";
}

function conflict(current: { version: number; verification: string; rating: string | null; workflow: string }) {
  return {
    ...failure("conflict", "Someone changed this claim since you opened it. Review the current status and try again."),
    current: { version: current.version, verification: current.verification, rating: current.rating, workflow: current.workflow },
  };
}
