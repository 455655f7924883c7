import type { EvidenceStance, Verification, Workflow } from "../db/enums";

/**
 * What a claim must have before it goes to review or to readers, and what an editor must
 * confirm before calling it corroborated. The rules, once: the status change, the bulk workflow
 * move and the desk's form all ask here.
 */

/** Workflow states that need a sourced claim: an editor reviews, or readers read, its sources. */
const NEEDS_SOURCING: readonly Workflow[] = ["IN_REVIEW", "PUBLISHED"];

type Sourcing = { firstAppearanceId: string | null; evidenceCount: number };

/** Why the claim cannot move to `to` yet (empty when it can). */
export function sourcingProblems(claim: Sourcing, to: Workflow): string[] {
  if (!NEEDS_SOURCING.includes(to)) return [];
  const problems: string[] = [];
  if (!claim.firstAppearanceId) problems.push("Record where the claim first appeared (its source)");
  if (claim.evidenceCount === 0) problems.push("attach at least one evidence item");
  return problems;
}

/** The sentence the desk shows for a refusal, e.g. "Before it can be published: record … and attach …." */
export function sourcingRefusal(problems: string[], to: Workflow): string {
  const what = to === "PUBLISHED" ? "published" : "submitted for review";
  const list = problems.map((problem, i) => (i === 0 ? problem[0]!.toUpperCase() + problem.slice(1) : problem));
  return `Before it can be ${what}: ${list.join(" and ")}.`;
}

/**
 * Evidence that says it could not verify the claim: calling the claim corroborated over it is
 * allowed, but only once the editor confirms they have weighed it.
 */
export function needsCorroborationConfirmation(
  from: Verification,
  to: Verification | undefined,
  evidence: readonly { stance: EvidenceStance }[],
): boolean {
  return to === "CORROBORATED" && from !== "CORROBORATED" && evidence.some((item) => item.stance === "COULD_NOT_VERIFY");
}

export const CORROBORATION_QUESTION =
  "Some evidence says it could not verify this claim. Mark it corroborated anyway?";
