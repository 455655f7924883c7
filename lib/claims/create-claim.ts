import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { canCreateClaim, canSetClaimStatus } from "../auth/permissions";
import { db } from "../db";
import { failure, type FieldErrors, type Result } from "../result";
import { anchorPassage, AnchorError, type PassageAnchor } from "../sources/anchor";
import { claimSearchText } from "../text/search-text";
import { slugify, uniqueSlug } from "../text/slug";
import { ZCreateClaimInput } from "./schemas";

/**
 * Logs a new claim. Every claim starts as a draft; contributors may only log it as unverified.
 * When the quote is found verbatim in the first appearance's text, the passage is anchored.
 */
export async function createClaim(
  actor: Actor | null,
  input: unknown,
): Promise<Result<{ claim: { id: string; slug: string } }>> {
  if (!actor) return failure("unauthenticated", "Log in to add claims.");
  if (!canCreateClaim(actor)) return failure("forbidden", "Your account cannot add claims.");

  const parsed = ZCreateClaimInput.safeParse(input);
  if (!parsed.success) {
    return failure("invalid", "Some fields need attention.", z.flattenError(parsed.error).fieldErrors as FieldErrors);
  }
  const data = parsed.data;
  const fieldErrors: FieldErrors = {};
  if (data.verification !== "UNVERIFIED" && !canSetClaimStatus(actor)) {
    fieldErrors.verification = ["Only editors can set a verification status"];
  }

  const [claimant, relayedFrom, source] = await Promise.all([
    db.speaker.findUnique({ where: { id: data.claimantId }, select: { id: true, name: true } }),
    data.relayedFromId ? db.speaker.findUnique({ where: { id: data.relayedFromId }, select: { id: true, name: true } }) : null,
    data.firstAppearanceId
      ? db.source.findUnique({ where: { id: data.firstAppearanceId }, select: { id: true, text: true } })
      : null,
  ]);
  if (!claimant) fieldErrors.claimantId = ["No such speaker"];
  if (data.relayedFromId && !relayedFrom) fieldErrors.relayedFromId = ["No such speaker"];
  if (data.firstAppearanceId && !source) fieldErrors.firstAppearanceId = ["No such source"];
  if (Object.keys(fieldErrors).length > 0) return failure("invalid", "Some fields need attention.", fieldErrors);

  const anchor = data.quote && source?.text ? tryAnchor(source.text, data.quote) : null;
  const baseSlug = slugify(data.statement);

  const claim = await db.$transaction(async (tx) => {
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
        anchorExact: anchor?.exact,
        anchorPrefix: anchor?.prefix,
        anchorSuffix: anchor?.suffix,
        anchorParagraph: anchor?.paragraph,
        verification: data.verification,
        workflow: "DRAFT",
        searchText: claimSearchText({
          statement: data.statement,
          quote: data.quote,
          context: data.context,
          speakerNames: [claimant?.name, relayedFrom?.name],
        }),
        createdById: actor.id,
        topics: {
          connectOrCreate: data.topics.map((name) => ({
            where: { slug: slugify(name) },
            create: { slug: slugify(name), name },
          })),
        },
      },
    });
    await recordAudit(tx, { actorId: actor.id, action: "claim.create", entityType: "Claim", entityId: created.id, after: created });
    return created;
  });
  return { ok: true, claim: { id: claim.id, slug: claim.slug } };
}

function tryAnchor(text: string, quote: string): PassageAnchor | null {
  try {
    return anchorPassage(text, quote, 0);
  } catch (error) {
    if (error instanceof AnchorError) return null;
    throw error;
  }
}
