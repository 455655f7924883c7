import { db } from "../db";
import type { FieldErrors } from "../result";
import { anchorPassage, AnchorError, type PassageAnchor } from "../sources/anchor";
import { claimSearchText } from "../text/search-text";
import { slugify } from "../text/slug";

type ClaimReferences = { claimantId?: string; relayedFromId?: string | null; firstAppearanceId?: string | null; subjectIds?: string[] };

/**
 * Looks up the speakers and source a claim names. A missing one (or another record's id) is a
 * field error, never a foreign-key failure.
 */
export async function resolveClaimReferences(refs: ClaimReferences) {
  const subjectIds = refs.subjectIds ?? [];
  const [claimant, relayedFrom, source, subjects] = await Promise.all([
    refs.claimantId ? db.speaker.findUnique({ where: { id: refs.claimantId }, select: { id: true, name: true } }) : null,
    refs.relayedFromId ? db.speaker.findUnique({ where: { id: refs.relayedFromId }, select: { id: true, name: true } }) : null,
    refs.firstAppearanceId
      ? db.source.findUnique({ where: { id: refs.firstAppearanceId }, select: { id: true, title: true, text: true } })
      : null,
    subjectIds.length > 0 ? db.speaker.findMany({ where: { id: { in: subjectIds } }, select: { id: true } }) : [],
  ]);
  const fieldErrors: FieldErrors = {};
  if (refs.claimantId && !claimant) fieldErrors.claimantId = ["No such speaker"];
  if (refs.relayedFromId && !relayedFrom) fieldErrors.relayedFromId = ["No such speaker"];
  if (refs.firstAppearanceId && !source) fieldErrors.firstAppearanceId = ["No such source"];
  if (subjects.length !== subjectIds.length) fieldErrors.subjectIds = ["No such speaker"];
  return { fieldErrors, claimant, relayedFrom, source };
}

/** The anchor of a quote found verbatim in its source's text (first occurrence), else none. */
export function anchorFor(text: string | null | undefined, quote: string | null | undefined): PassageAnchor | null {
  if (!text || !quote) return null;
  try {
    return anchorPassage(text, quote, 0);
  } catch (error) {
    if (error instanceof AnchorError) return null;
    throw error;
  }
}

export function searchTextFor(fields: {
  statement: string;
  quote?: string | null;
  context?: string | null;
  claimantName?: string | null;
  relayedFromName?: string | null;
}) {
  return claimSearchText({
    statement: fields.statement,
    quote: fields.quote,
    context: fields.context,
    speakerNames: [fields.claimantName, fields.relayedFromName],
  });
}

/** A claim's subjects, as a nested write: replaced wholesale on update, created with a new claim. */
export function subjectRows(subjectIds: string[]) {
  return subjectIds.map((speakerId) => ({ speakerId }));
}

/** Topics by name: existing ones are reused (matched by slug), new ones created. */
export function topicConnections(names: string[]) {
  return names.map((name) => ({ where: { slug: slugify(name) }, create: { slug: slugify(name), name } }));
}
