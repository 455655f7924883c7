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

/** Authors edit and delete their own notes; editors any note. */
export function canChangeAnnotation(actor: MaybeActor, annotation: { authorId: string }): actor is Actor {
  if (!isActive(actor)) return false;
  return actor.role !== "CONTRIBUTOR" || annotation.authorId === actor.id;
}

export const canAttachEvidence = (actor: MaybeActor): actor is Actor => isActive(actor);

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
