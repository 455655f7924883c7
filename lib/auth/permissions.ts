import type { Actor } from "./actor";
import { isActive } from "./actor";

/**
 * Named permission predicates: the services enforce them, the UI uses them to hide buttons.
 * Roles: CONTRIBUTOR drafts; EDITOR runs the desk; ADMIN also manages users and the audit log.
 */

/** Any active user may log a new claim; contributors' claims start as drafts. */
export function canCreateClaim(actor: Actor | null | undefined): actor is Actor {
  return isActive(actor);
}

/** Setting verification, rating or a workflow beyond draft/review is an editor's call. */
export function canSetClaimStatus(actor: Actor | null | undefined): actor is Actor {
  return isActive(actor) && (actor.role === "EDITOR" || actor.role === "ADMIN");
}
