import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { canChangeWorkflow, canEditClaim, isEditor } from "../auth/permissions";
import { db } from "../db";
import { Workflow } from "../db/enums";
import { denied, invalid, zodFieldErrors, type Result } from "../result";
import { topicConnections } from "./claim-fields";
import { sourcingProblems, sourcingRefusal } from "./readiness";

const claimIds = z.array(z.string().trim().min(1).max(64)).min(1, "Select at least one claim").max(200, "At most 200 claims at once");

export const ZBulkClaimInput = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("assign"), claimIds, assigneeId: z.string().trim().max(64).nullable() }),
    z.object({
      action: z.literal("workflow"),
      claimIds,
      workflow: z.enum(Workflow, { error: "Choose a workflow state" }),
      reason: z.string({ error: "Say why" }).trim().min(5, "Say why, in a few words (at least 5 characters)").max(1_000),
    }),
    z.object({ action: z.literal("addTopic"), claimIds, topic: z.string({ error: "Name the topic" }).trim().min(1, "Name the topic").max(60) }),
  ],
  { error: "Choose a bulk action" },
);

/**
 * One action on many claims: assign, change workflow (with a reason, in the public timeline),
 * or add a topic. All or nothing: if the actor may not act on every selected claim, none changes.
 */
export async function bulkUpdateClaims(actor: Actor | null, input: unknown): Promise<Result<{ updated: number }>> {
  if (!actor || actor.disabledAt) return denied(actor);
  const parsed = ZBulkClaimInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const data = parsed.data;
  const ids = [...new Set(data.claimIds)];
  const claims = await db.claim.findMany({
    where: { id: { in: ids } },
    select: { id: true, statement: true, createdById: true, workflow: true, assigneeId: true, firstAppearanceId: true, _count: { select: { evidence: true } } },
  });
  if (claims.length !== ids.length) return invalid({ claimIds: ["Some of the selected claims do not exist"] });

  if (data.action === "assign") {
    if (!isEditor(actor)) return denied(actor, "Only editors assign claims.");
    if (data.assigneeId && !(await db.user.findFirst({ where: { id: data.assigneeId, disabledAt: null }, select: { id: true } }))) {
      return invalid({ assigneeId: ["No such active user"] });
    }
  }
  if (data.action === "workflow" && !claims.every((claim) => canChangeWorkflow(actor, claim, data.workflow))) {
    return denied(actor, "Your role cannot move every selected claim to that state.");
  }
  if (data.action === "workflow") {
    const target = data.workflow;
    const unready = claims.flatMap((claim) => {
      if (claim.workflow === target) return [];
      const problems = sourcingProblems({ firstAppearanceId: claim.firstAppearanceId, evidenceCount: claim._count.evidence }, target);
      return problems.length > 0 ? [`“${claim.statement}”: ${sourcingRefusal(problems, target)}`] : [];
    });
    if (unready.length > 0) {
      return invalid({ claimIds: unready }, `${unready.length} of the selected claims cannot be moved yet; nothing was changed.`);
    }
  }
  if (data.action === "addTopic" && !claims.every((claim) => canEditClaim(actor, claim))) {
    return denied(actor, "Your role cannot edit every selected claim.");
  }

  await db.$transaction(async (tx) => {
    for (const claim of claims) {
      if (data.action === "assign") {
        await tx.claim.update({ where: { id: claim.id }, data: { assigneeId: data.assigneeId, version: { increment: 1 } } });
      } else if (data.action === "workflow") {
        if (claim.workflow === data.workflow) continue;
        await tx.claim.update({ where: { id: claim.id }, data: { workflow: data.workflow, version: { increment: 1 } } });
        await tx.statusChange.create({
          data: { claimId: claim.id, field: "WORKFLOW", fromValue: claim.workflow, toValue: data.workflow, reason: data.reason, actorId: actor.id },
        });
      } else {
        await tx.claim.update({
          where: { id: claim.id },
          data: { topics: { connectOrCreate: topicConnections([data.topic]) }, version: { increment: 1 } },
        });
      }
      await recordAudit(tx, {
        actorId: actor.id,
        action: `claim.bulk.${data.action}`,
        entityType: "Claim",
        entityId: claim.id,
        before: { workflow: claim.workflow, assigneeId: claim.assigneeId },
        after: data,
      });
    }
  });
  return { ok: true, updated: claims.length };
}
