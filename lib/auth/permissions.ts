import type { Actor } from "./actor";
import { isActive } from "./actor";
import type { Workflow } from "../db/enums";

/**
 * Named permission predicates: the lib/ services enforce them, the UI uses them to hide buttons.
 * CONTRIBUTOR drafts claims and adds evidence and notes; EDITOR runs the desk (statuses,
 * publishing, speakers, sources, links); ADMIN also manages users and reads the audit log.
 * A disabled user can do nothing.
 */
type MaybeActor = Actor | null | undefined;
type ClaimOwnership = { createdById: string | null; workflow: Workflow };

export const isEditor = (actor: MaybeActor): actor is Actor =>
  isActive(actor) && (actor.role === "EDITOR" || actor.role === "ADMIN");

export const isAdmin = (actor: MaybeActor): actor is Actor => isActive(actor) && actor.role === "ADMIN";

/** Any active user may log a new claim; it starts as a draft. */
export const canCreateClaim = (actor: MaybeActor): actor is Actor => isActive(actor);

/**
 * Turning a pasted article into draft claims (and the source and speakers they need): what any
 * desk user may do by hand, so contributors and up. The drafts are unverified whoever makes them.
 */
export const canIngestArticle = (actor: MaybeActor): actor is Actor => isActive(actor);

/** Editors edit any claim; a contributor edits their own drafts only. */
export function canEditClaim(actor: MaybeActor, claim: ClaimOwnership): actor is Actor {
  if (!isActive(actor)) return false;
  return actor.role !== "CONTRIBUTOR" || (claim.createdById === actor.id && claim.workflow === "DRAFT");
}

/** Verification and rating are an editor's call. */
export const canSetClaimStatus = (actor: MaybeActor): actor is Actor => isEditor(actor);

/** Editors move claims anywhere; a contributor may only submit their own draft for review. */
export function canChangeWorkflow(actor: MaybeActor, claim: ClaimOwnership, to: Workflow): actor is Actor {
  if (!isActive(actor)) return false;
  if (actor.role !== "CONTRIBUTOR") return true;
  return claim.createdById === actor.id && claim.workflow === "DRAFT" && to === "IN_REVIEW";
}

export const canAnnotate = (actor: MaybeActor): actor is Actor => isActive(actor);

/**
 * May this actor put words in front of readers on this claim (a public note, evidence, or a
 * change to either)? Editors may. A contributor may only before the claim is published: whatever
 * they add is then reviewed by the editor who publishes it. On a claim readers can already see,
 * a contributor's additions would go live unreviewed, so there they write internal notes (which
 * an editor can make public) and leave evidence to an editor. Chosen over an approval queue:
 * no public text ever waits in a state readers cannot see but the page depends on.
 */
export function canAddPublicMaterial(actor: MaybeActor, claim: { workflow: Workflow }): actor is Actor {
  if (!isActive(actor)) return false;
  return actor.role !== "CONTRIBUTOR" || claim.workflow === "DRAFT" || claim.workflow === "IN_REVIEW";
}

/**
 * Authors edit and delete their own notes; editors any note. A contributor's own public note on a
 * published claim is an editor's to change (canAddPublicMaterial).
 */
export function canChangeAnnotation(
  actor: MaybeActor,
  annotation: { authorId: string; visibility: "INTERNAL" | "PUBLIC" },
  claim: { workflow: Workflow },
): actor is Actor {
  if (!isActive(actor)) return false;
  if (actor.role !== "CONTRIBUTOR") return true;
  return annotation.authorId === actor.id && (annotation.visibility === "INTERNAL" || canAddPublicMaterial(actor, claim));
}

/** Evidence shows on the public page: see canAddPublicMaterial. */
export const canAttachEvidence = (actor: MaybeActor, claim: { workflow: Workflow }): actor is Actor => canAddPublicMaterial(actor, claim);

/** Editors remove any evidence; a contributor what they attached to their own draft. */
export function canRemoveEvidence(actor: MaybeActor, evidence: { createdById: string | null }, claim: ClaimOwnership): actor is Actor {
  if (!isActive(actor)) return false;
  return actor.role !== "CONTRIBUTOR" || (evidence.createdById === actor.id && canEditClaim(actor, claim));
}

/** Who may change an evidence item's stance, strength or note: whoever may remove it. */
export const canEditEvidence = canRemoveEvidence;

/** The desk's pickers (speakers, sources, claims) search for any active desk user. */
export const canSearchDesk = (actor: MaybeActor): actor is Actor => isActive(actor);

export const canLinkClaims = (actor: MaybeActor): actor is Actor => isEditor(actor);
export const canManageUsers = (actor: MaybeActor): actor is Actor => isAdmin(actor);
export const canReadAuditLog = (actor: MaybeActor): actor is Actor => isAdmin(actor);

/**
 * Ending sessions ("log out everywhere"): anyone for their own account (a user who fears their
 * session was copied needs no admin), admins for any account.
 */
export const canEndSessions = (actor: MaybeActor, user: { id: string }): actor is Actor =>
  isActive(actor) && (actor.id === user.id || actor.role === "ADMIN");

/** A password is changed by its owner, who proves they know the current one (lib/users/users.ts). */
export const canChangeOwnPassword = (actor: MaybeActor): actor is Actor => isActive(actor);
