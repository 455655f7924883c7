import { z } from "zod";
import { changedFields, recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { canEditClaim } from "../auth/permissions";
import { db, type Prisma } from "../db";
import { denied, failure, invalid, zodFieldErrors, type Result } from "../result";
import { resolveClaimReferences, searchTextFor, subjectRows, topicConnections } from "./claim-fields";
import { anchorColumns, anchorOnSave, storedAnchor } from "./passage-anchor";
import { ZCreateClaimInput } from "./schemas";

export const ZUpdateClaimInput = ZCreateClaimInput.omit({ verification: true }).extend({
  claimId: z.string().trim().min(1).max(64),
  expectedVersion: z.coerce.number().int().min(1),
});

/** The editable fields, as a conflict reports them. */
const EDITABLE = {
  statement: true,
  quote: true,
  context: true,
  claimantId: true,
  relayedFromId: true,
  saidAt: true,
  saidAtInferred: true,
  venue: true,
  firstAppearanceId: true,
} as const;

/** Subjects as the audit log records them: who, by name, in a stable order. */
const SUBJECTS = { select: { speaker: { select: { id: true, name: true } } }, orderBy: { speakerId: "asc" } } as const;

/** Everything a save can change, as the audit entry compares it. */
const AUDITED = {
  ...EDITABLE,
  anchorExact: true,
  anchorPrefix: true,
  anchorSuffix: true,
  anchorParagraph: true,
  version: true,
  topics: { select: { name: true } },
  subjects: SUBJECTS,
} as const;

type AuditedRow = Prisma.ClaimGetPayload<{ select: typeof AUDITED }>;

/**
 * A claim as its audit entry records it: the passage anchor as one field, topics by name in a
 * fixed order (so an unchanged list compares equal). `searchText` is left out: it is derived from
 * the fields here and is no editor's change.
 */
function auditSnapshot(row: AuditedRow) {
  const anchor = storedAnchor(row);
  return {
    statement: row.statement,
    quote: row.quote,
    context: row.context,
    claimantId: row.claimantId,
    relayedFromId: row.relayedFromId,
    saidAt: row.saidAt?.toISOString() ?? null,
    saidAtInferred: row.saidAtInferred,
    venue: row.venue,
    firstAppearanceId: row.firstAppearanceId,
    topics: row.topics.map((topic) => topic.name).sort(),
    subjects: row.subjects.map((subject) => subject.speaker.name).sort(),
    // Paragraph first: the audit page shortens long values, and "where" matters most.
    anchor: anchor && { paragraph: anchor.paragraph, exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
    version: row.version,
  };
}

/**
 * Saves a claim's fields (subjects included: the people it is about or who are party to it). Optimistic locking: the caller names the version it loaded; if the
 * claim has changed since, nothing is overwritten and the answer is a conflict with the claim as
 * it now stands, so the editor can see what changed.
 *
 * The passage anchor is kept unless the quote or the first appearance changed (see
 * `anchorOnSave`); when it moves or goes, the answer's message says so. The audit entry holds
 * exactly the fields the save changed, the anchor included.
 */
export async function updateClaim(
  actor: Actor | null,
  input: unknown,
): Promise<Result<{ claim: { id: string; version: number }; message: string }>> {
  if (!actor || actor.disabledAt) return denied(actor);
  const parsed = ZUpdateClaimInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const { claimId, expectedVersion, topics, subjectIds, ...fields } = parsed.data;

  const before = await db.claim.findUnique({
    where: { id: claimId },
    select: { ...AUDITED, id: true, createdById: true, workflow: true },
  });
  if (!before) return failure("not_found", "No such claim.");
  if (!canEditClaim(actor, before)) return denied(actor, "Contributors can edit only their own drafts.");

  const refs = await resolveClaimReferences({ ...fields, subjectIds });
  if (Object.keys(refs.fieldErrors).length > 0) return invalid(refs.fieldErrors);
  if (before.version !== expectedVersion) return conflict(claimId);

  // Computed from the row as loaded: the version check below guarantees nobody changed it since.
  const anchor = anchorOnSave({
    before: { quote: before.quote, firstAppearanceId: before.firstAppearanceId, anchor: storedAnchor(before) },
    quote: fields.quote ?? null,
    source: refs.source,
  });

  const data = {
    statement: fields.statement,
    quote: fields.quote ?? null,
    context: fields.context ?? null,
    claimantId: fields.claimantId,
    relayedFromId: fields.relayedFromId ?? null,
    saidAt: fields.saidAt ?? null,
    saidAtInferred: fields.saidAtInferred,
    venue: fields.venue ?? null,
    firstAppearanceId: fields.firstAppearanceId ?? null,
    ...(anchor.recomputed ? anchorColumns(anchor.anchor) : {}),
    searchText: searchTextFor({ ...fields, claimantName: refs.claimant?.name, relayedFromName: refs.relayedFrom?.name }),
  };

  const saved = await db.$transaction(async (tx) => {
    // Version check and write in one statement: of two saves of the same version, exactly one wins.
    const { count } = await tx.claim.updateMany({ where: { id: claimId, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) return null;
    const after = await tx.claim.update({
      where: { id: claimId },
      data: { topics: { set: [], connectOrCreate: topicConnections(topics) }, subjects: { deleteMany: {}, create: subjectRows(subjectIds) } },
      select: { ...AUDITED, id: true },
    });
    const diff = changedFields(auditSnapshot(before), auditSnapshot(after));
    await recordAudit(tx, { actorId: actor.id, action: "claim.update", entityType: "Claim", entityId: claimId, ...diff });
    return after;
  });
  if (!saved) return conflict(claimId);
  return {
    ok: true,
    claim: { id: saved.id, version: saved.version },
    message: anchor.notice ? `Saved. ${anchor.notice}` : "Saved.",
  };
}

/** The claim as it now stands, in the words the editor's form uses (names, not ids). */
async function conflict(claimId: string) {
  const current = await db.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      version: true,
      statement: true,
      quote: true,
      context: true,
      saidAt: true,
      venue: true,
      claimant: { select: { name: true } },
      relayedFrom: { select: { name: true } },
      firstAppearance: { select: { title: true } },
      topics: { select: { name: true } },
      subjects: { select: { speaker: { select: { name: true } } }, orderBy: { speaker: { name: "asc" } } },
    },
  });
  return {
    ...failure("conflict", "Someone saved this claim since you opened it. Nothing was overwritten: compare with the current version below."),
    current: {
      version: current.version,
      statement: current.statement,
      quote: current.quote,
      claimant: current.claimant.name,
      relayedFrom: current.relayedFrom?.name ?? null,
      saidAt: current.saidAt?.toISOString().slice(0, 10) ?? null,
      venue: current.venue,
      firstAppearance: current.firstAppearance?.title ?? null,
      topics: current.topics.map((topic) => topic.name),
      subjects: current.subjects.map((subject) => subject.speaker.name),
      context: current.context,
    },
  };
}
