import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { isActive } from "../auth/actor";
import { isEditor } from "../auth/permissions";
import { db, type DbTransaction } from "../db";
import { SourceKind, Verification } from "../db/enums";
import { optionalDay, optionalText, optionalWebUrl } from "../validation";
import { denied, failure, invalid, zodFieldErrors, type Result } from "../result";
import { slugify, uniqueSlug } from "../text/slug";

export const ZSourceInput = z.object({
  title: z.string({ error: "Give a title" }).trim().min(1, "Give a title").max(300),
  kind: z.enum(SourceKind, { error: "Choose the kind of source" }),
  publisher: optionalText(200),
  url: optionalWebUrl(1_000, "https://…"),
  publishedAt: optionalDay(),
  verification: z.enum(Verification, { error: "Unknown verification status" }).default("UNVERIFIED"),
  verificationNote: optionalText(1_000),
});
const id = z.string().trim().min(1).max(64);
export const ZUpdateSourceInput = ZSourceInput.extend({ sourceId: id });
export const ZMergeSourcesInput = z.object({ keepId: id, mergeId: id });

/** Any active user may add a source; only editors set a source's own status beyond unverified. */
export async function createSource(actor: Actor | null, input: unknown): Promise<Result<{ source: { id: string; slug: string } }>> {
  if (!isActive(actor)) return denied(actor);
  const parsed = ZSourceInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  if (parsed.data.verification !== "UNVERIFIED" && !isEditor(actor)) {
    return invalid({ verification: ["Only editors set a source's verification status"] });
  }
  const source = await db.$transaction((tx) => insertSource(tx, actor.id, parsed.data));
  return { ok: true, source: { id: source.id, slug: source.slug } };
}

/**
 * Writes a validated new source inside the caller's transaction, with a unique slug and its audit
 * entry; an ingested article also brings its full text and the text's hash (lib/ingest), which the
 * audit entry leaves out.
 */
export async function insertSource(
  tx: DbTransaction,
  actorId: string | null,
  data: z.output<typeof ZSourceInput> & { text?: string; textHash?: string },
) {
  const base = slugify(data.title);
  const taken = await tx.source.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const created = await tx.source.create({ data: { ...data, slug: uniqueSlug(base, new Set(taken.map((row) => row.slug))) } });
  await recordAudit(tx, { actorId, action: "source.create", entityType: "Source", entityId: created.id, after: { ...created, text: undefined, textHash: undefined } });
  return created;
}

export async function updateSource(actor: Actor | null, input: unknown): Promise<Result<{ source: { id: string } }>> {
  if (!isEditor(actor)) return denied(actor, "Only editors change sources.");
  const parsed = ZUpdateSourceInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const { sourceId, ...fields } = parsed.data;
  const before = await db.source.findUnique({ where: { id: sourceId }, omit: { text: true } });
  if (!before) return failure("not_found", "No such source.");
  await db.$transaction(async (tx) => {
    const after = await tx.source.update({ where: { id: sourceId }, data: fields, omit: { text: true } });
    await recordAudit(tx, { actorId: actor.id, action: "source.update", entityType: "Source", entityId: sourceId, before, after });
  });
  return { ok: true, source: { id: sourceId } };
}

/**
 * Merges a duplicate source into the kept one: first appearances and evidence move over (where a
 * claim already cites the kept source, the duplicate's evidence row is dropped), then it is deleted.
 */
export async function mergeSources(actor: Actor | null, input: unknown): Promise<Result<{ source: { id: string }; moved: number }>> {
  if (!isEditor(actor)) return denied(actor, "Only editors merge sources.");
  const parsed = ZMergeSourcesInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const { keepId, mergeId } = parsed.data;
  if (keepId === mergeId) return invalid({ mergeId: ["Choose a different source to merge"] });
  const [keep, merge] = await Promise.all([
    db.source.findUnique({ where: { id: keepId }, omit: { text: true } }),
    db.source.findUnique({ where: { id: mergeId }, omit: { text: true } }),
  ]);
  if (!keep) return invalid({ keepId: ["No such source"] });
  if (!merge) return invalid({ mergeId: ["No such source"] });
  const moved = await db.$transaction(async (tx) => {
    const alreadyCited = (await tx.evidence.findMany({ where: { sourceId: keepId }, select: { claimId: true } })).map((row) => row.claimId);
    const dropped = await tx.evidence.deleteMany({ where: { sourceId: mergeId, claimId: { in: alreadyCited } } });
    const evidence = await tx.evidence.updateMany({ where: { sourceId: mergeId }, data: { sourceId: keepId } });
    const appearances = await tx.claim.updateMany({ where: { firstAppearanceId: mergeId }, data: { firstAppearanceId: keepId, version: { increment: 1 } } });
    await tx.source.delete({ where: { id: mergeId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "source.merge",
      entityType: "Source",
      entityId: keepId,
      before: { kept: keep, merged: merge },
      after: { kept: keepId, evidenceMoved: evidence.count, duplicateEvidenceDropped: dropped.count, firstAppearancesMoved: appearances.count },
    });
    return evidence.count + appearances.count;
  });
  return { ok: true, source: { id: keepId }, moved };
}

export function listSourcesForDesk(actor: Actor | null) {
  if (!isActive(actor)) return null;
  return db.source.findMany({
    orderBy: { title: "asc" },
    omit: { text: true },
    include: { _count: { select: { evidence: true, firstAppearances: true } } },
  });
}
