import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { canCreateClaim, canSetClaimStatus } from "../auth/permissions";
import { db, type DbTransaction } from "../db";
import type { PassageAnchor } from "../sources/anchor";
import { denied, invalid, zodFieldErrors, type FieldErrors, type Result } from "../result";
import { slugify, uniqueSlug } from "../text/slug";
import { anchorFor, resolveClaimReferences, searchTextFor, subjectRows, topicConnections } from "./claim-fields";
import { anchorColumns } from "./passage-anchor";
import { ZCreateClaimInput, type TCreateClaimData } from "./schemas";

/**
 * Logs a new claim. Every claim starts as a draft; contributors may only log it as unverified.
 * When the quote is found verbatim in the first appearance's text, the passage is anchored.
 */
export async function createClaim(
  actor: Actor | null,
  input: unknown,
): Promise<Result<{ claim: { id: string; slug: string } }>> {
  if (!canCreateClaim(actor)) return denied(actor, "Your account cannot add claims.");

  const parsed = ZCreateClaimInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const data = parsed.data;
  const refs = await resolveClaimReferences(data);
  const fieldErrors: FieldErrors = { ...refs.fieldErrors };
  if (data.verification !== "UNVERIFIED" && !canSetClaimStatus(actor)) {
    fieldErrors.verification = ["Only editors can set a verification status"];
  }
  if (Object.keys(fieldErrors).length > 0) return invalid(fieldErrors);

  const claim = await db.$transaction((tx) =>
    insertDraftClaim(tx, actor.id, data, {
      anchor: anchorFor(refs.source?.text, data.quote),
      claimantName: refs.claimant?.name,
      relayedFromName: refs.relayedFrom?.name,
    }),
  );
  return { ok: true, claim: { id: claim.id, slug: claim.slug } };
}

/**
 * Writes a validated new claim as a draft inside the caller's transaction: a unique slug from its
 * statement, its search text, its topics and subjects, and its audit entry (`audit.action`,
 * "claim.create" unless the caller says how it came, with `audit.details` beside the record).
 * The caller has checked permission and the references, and worked out the passage anchor.
 */
export async function insertDraftClaim(
  tx: DbTransaction,
  actorId: string | null,
  data: TCreateClaimData,
  refs: { anchor: PassageAnchor | null; claimantName?: string | null; relayedFromName?: string | null },
  audit: { action: string; details?: Record<string, unknown> } = { action: "claim.create" },
) {
  const baseSlug = slugify(data.statement);
  const taken = await tx.claim.findMany({ where: { slug: { startsWith: baseSlug } }, select: { slug: true } });
  const created = await tx.claim.create({
    data: {
      slug: uniqueSlug(baseSlug, new Set(taken.map((row) => row.slug))),
      statement: data.statement,
      quote: data.quote,
      context: data.context,
      claimantId: data.claimantId,
      relayedFromId: data.relayedFromId,
      saidAt: data.saidAt,
      saidAtInferred: data.saidAtInferred,
      venue: data.venue,
      firstAppearanceId: data.firstAppearanceId,
      ...anchorColumns(refs.anchor),
      verification: data.verification,
      workflow: "DRAFT",
      searchText: searchTextFor({ ...data, claimantName: refs.claimantName, relayedFromName: refs.relayedFromName }),
      createdById: actorId,
      topics: { connectOrCreate: topicConnections(data.topics) },
      subjects: { create: subjectRows(data.subjectIds) },
    },
    include: { subjects: { select: { speakerId: true } } },
  });
  await recordAudit(tx, { actorId, action: audit.action, entityType: "Claim", entityId: created.id, after: { ...created, ...audit.details } });
  return created;
}
