"use server";

import { addAnnotation, deleteAnnotation, editAnnotation } from "@/lib/annotations/annotations";
import { blankToUndefined, deskAction } from "@/lib/auth/desk-action";
import { changeClaimStatus, statusChangeMessage } from "@/lib/claims/change-status";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { attachEvidence, removeEvidence, updateEvidence } from "@/lib/evidence/evidence";
import { bulkUpdateClaims } from "@/lib/claims/bulk";
import { linkClaims, unlinkClaims } from "@/lib/claims/links";
import { createSource, mergeSources, updateSource } from "@/lib/sources/sources";
import { createSpeaker, mergeSpeakers, updateSpeaker } from "@/lib/speakers/speakers";
import { changeOwnPassword, changeUserRole, createUser, endUserSessions, logOut, setUserDisabled } from "@/lib/users/users";

// Desk server actions: each only maps form fields to a lib/ service's input.

const topicList = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((topic) => topic.trim())
    .filter(Boolean);

/** Every chosen value of a multiple select (formFields keeps only the last). */
const allValues = (formData: FormData, name: string) => formData.getAll(name).filter((value): value is string => typeof value === "string" && value !== "");

const claimFields = (f: Record<string, string>, formData: FormData) => ({
  statement: f.statement,
  quote: f.quote,
  context: f.context,
  claimantId: f.claimantId,
  relayedFromId: f.relayedFromId,
  saidAt: f.saidAt,
  saidAtInferred: f.saidAtInferred === "on",
  venue: f.venue,
  firstAppearanceId: f.firstAppearanceId,
  topics: topicList(f.topics),
  subjectIds: allValues(formData, "subjectIds"),
});

// A new draft opens on its own desk page, where evidence is attached and it is submitted for review.
export const createClaimAction = deskAction(
  createClaim,
  claimFields,
  "Claim created as a draft.",
  (result) => `/admin/claims/${result.claim.id}?created=1`,
);

export const updateClaimAction = deskAction(
  updateClaim,
  (f, formData) => ({ ...claimFields(f, formData), claimId: f.claimId, expectedVersion: f.expectedVersion }),
  // "Saved.", and what happened to the passage anchor when it moved or had to go.
  (result) => result.message,
);

export const changeStatusAction = deskAction(
  changeClaimStatus,
  (f) => ({
    claimId: f.claimId,
    expectedVersion: f.expectedVersion,
    verification: blankToUndefined(f.verification),
    rating: f.rating === "NONE" ? null : blankToUndefined(f.rating),
    ratingSummary: blankToUndefined(f.ratingSummary),
    workflow: blankToUndefined(f.workflow),
    reason: f.reason,
    confirmCorroborated: f.confirmCorroborated === "on",
  }),
  statusChangeMessage,
);

export const addNoteAction = deskAction(addAnnotation, (f) => ({ claimId: f.claimId, visibility: f.visibility, body: f.body }), "Note added.");
export const editNoteAction = deskAction(
  editAnnotation,
  (f) => ({ annotationId: f.annotationId, visibility: blankToUndefined(f.visibility), body: f.body }),
  "Note saved.",
);
export const deleteNoteAction = deskAction(deleteAnnotation, (f) => ({ annotationId: f.annotationId }), "Note deleted.");

export const attachEvidenceAction = deskAction(
  attachEvidence,
  (f) => ({ claimId: f.claimId, sourceId: f.sourceId, stance: f.stance, strength: f.strength, attributedToId: f.attributedToId, note: f.note }),
  "Evidence attached.",
);
export const updateEvidenceAction = deskAction(
  updateEvidence,
  (f) => ({ evidenceId: f.evidenceId, stance: f.stance, attributedToId: f.attributedToId, strength: f.strength, note: f.note }),
  "Evidence saved.",
);
export const removeEvidenceAction = deskAction(removeEvidence, (f) => ({ evidenceId: f.evidenceId }), "Evidence removed.");

export const createUserAction = deskAction(
  createUser,
  (f) => ({ email: f.email, name: f.name, role: f.role, password: f.password }),
  (result) => `Created ${result.user.email}.`,
);
export const changeRoleAction = deskAction(changeUserRole, (f) => ({ userId: f.userId, role: f.role }), "Role changed.");
export const setDisabledAction = deskAction(setUserDisabled, (f) => ({ userId: f.userId, disabled: f.disabled === "true" }), "Account updated.");

// Each of these ends sessions (lib/auth/session-version.ts). Ending one's own, the current one
// included, leads to the login page; the logout button clears the cookie itself (signOut).
const NO_READER_CHANGE = { readersSeeIt: false };
export const logOutAction = deskAction(logOut, () => ({}), "Logged out.", undefined, NO_READER_CHANGE);
/** An admin ends another user's sessions (app/admin/users). */
export const endSessionsAction = deskAction(
  endUserSessions,
  (f) => ({ userId: f.userId }),
  "Logged out everywhere: every session of this account has ended.",
  undefined,
  NO_READER_CHANGE,
);
/** A user ends all their own sessions, this one too (app/admin/account). */
export const endOwnSessionsAction = deskAction(
  endUserSessions,
  (f) => ({ userId: f.userId }),
  "Logged out everywhere.",
  () => "/login?callbackUrl=%2Fadmin%2Faccount",
  NO_READER_CHANGE,
);
export const changePasswordAction = deskAction(
  changeOwnPassword,
  (f) => ({ currentPassword: f.currentPassword, newPassword: f.newPassword }),
  "Password changed.",
  () => "/login?callbackUrl=%2Fadmin%2Faccount",
  NO_READER_CHANGE,
);

export const linkClaimsAction = deskAction(
  linkClaims,
  (f) => ({ fromClaimId: f.fromClaimId, toClaim: f.toClaim, type: f.type, note: f.note }),
  "Claims linked.",
);
export const unlinkClaimsAction = deskAction(unlinkClaims, (f) => ({ linkId: f.linkId }), "Link removed.");

export const bulkClaimsAction = deskAction(
  bulkUpdateClaims,
  (f, formData) => ({
    action: f.action,
    claimIds: formData.getAll("claimIds").map(String),
    assigneeId: f.assigneeId === "none" ? null : blankToUndefined(f.assigneeId),
    workflow: blankToUndefined(f.workflow),
    reason: f.reason,
    topic: f.topic,
  }),
  (result) => `Updated ${result.updated} claim${result.updated === 1 ? "" : "s"}.`,
);

const speakerFields = (f: Record<string, string>) => ({
  name: f.name,
  kind: f.kind,
  title: f.title,
  affiliation: f.affiliation,
  country: f.country,
  sameAs: f.sameAs,
  description: f.description,
});
export const createSpeakerAction = deskAction(createSpeaker, speakerFields, (result) => `Speaker added (${result.speaker.slug}).`);
export const updateSpeakerAction = deskAction(updateSpeaker, (f) => ({ ...speakerFields(f), speakerId: f.speakerId }), "Speaker saved.");
export const mergeSpeakersAction = deskAction(
  mergeSpeakers,
  (f) => ({ keepId: f.keepId, mergeId: f.mergeId }),
  (result) => `Merged; ${result.moved} claim link${result.moved === 1 ? "" : "s"} moved.`,
);

const sourceFields = (f: Record<string, string>) => ({
  title: f.title,
  kind: f.kind,
  publisher: f.publisher,
  url: f.url,
  publishedAt: f.publishedAt,
  verification: blankToUndefined(f.verification),
  verificationNote: f.verificationNote,
});
export const createSourceAction = deskAction(createSource, sourceFields, (result) => `Source added (${result.source.slug}).`);
export const updateSourceAction = deskAction(updateSource, (f) => ({ ...sourceFields(f), sourceId: f.sourceId }), "Source saved.");
export const mergeSourcesAction = deskAction(
  mergeSources,
  (f) => ({ keepId: f.keepId, mergeId: f.mergeId }),
  (result) => `Merged; ${result.moved} reference${result.moved === 1 ? "" : "s"} moved.`,
);
