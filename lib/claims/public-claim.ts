import type { Actor } from "../auth/actor";
import { isActive } from "../auth/actor";
import { db, type Prisma } from "../db";
import { resolvePassage, type ResolvedPassage } from "../sources/anchor";
import { PUBLIC_SOURCE_FIELDS } from "../sources/public-sources";
import { sortEvidence, sourcingSummary } from "./sourcing";
import { isPublicChange } from "./timeline";
import { PUBLISHED_CLAIMS } from "./visibility";

const LINKED_CLAIM = { slug: true, statement: true, verification: true } satisfies Prisma.ClaimSelect;
const SPEAKER = { slug: true, name: true, title: true, kind: true, sameAs: true } satisfies Prisma.SpeakerSelect;
const SOURCE = PUBLIC_SOURCE_FIELDS;

const PUBLIC_CLAIM = {
  id: true,
  slug: true,
  statement: true,
  quote: true,
  context: true,
  saidAt: true,
  saidAtInferred: true,
  saidAtNote: true,
  venue: true,
  verification: true,
  rating: true,
  ratedAt: true,
  ratingSummary: true,
  createdAt: true,
  updatedAt: true,
  anchorExact: true,
  anchorPrefix: true,
  anchorSuffix: true,
  anchorParagraph: true,
  claimant: { select: SPEAKER },
  relayedFrom: { select: SPEAKER },
  firstAppearance: { select: { ...SOURCE, text: true } },
  topics: { select: { slug: true, name: true }, orderBy: { name: "asc" } },
  evidence: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      stance: true,
      strength: true,
      note: true,
      attributedTo: { select: { slug: true, name: true } },
      source: { select: SOURCE },
    },
  },
  // Links to claims readers cannot see are left out.
  linksFrom: { where: { toClaim: PUBLISHED_CLAIMS }, select: { type: true, note: true, toClaim: { select: LINKED_CLAIM } } },
  linksTo: { where: { fromClaim: PUBLISHED_CLAIMS }, select: { type: true, note: true, fromClaim: { select: LINKED_CLAIM } } },
  annotations: {
    where: { visibility: "PUBLIC" },
    orderBy: { createdAt: "asc" },
    select: { id: true, body: true, createdAt: true, updatedAt: true, author: { select: { name: true } } },
  },
  statusChanges: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, field: true, fromValue: true, toValue: true, reason: true, createdAt: true },
  },
} satisfies Prisma.ClaimSelect;

type Row = Prisma.ClaimGetPayload<{ select: typeof PUBLIC_CLAIM }>;

export type PublicClaim = Omit<
  Row,
  "firstAppearance" | "anchorExact" | "anchorPrefix" | "anchorSuffix" | "anchorParagraph" | "linksFrom" | "linksTo"
> & {
  firstAppearance: Omit<NonNullable<Row["firstAppearance"]>, "text"> | null;
  /** The quote in its paragraph of the first appearance, split for highlighting. */
  passage: ResolvedPassage | null;
  links: { type: Row["linksFrom"][number]["type"]; direction: "outgoing" | "incoming"; note: string | null; claim: Row["linksFrom"][number]["toClaim"] }[];
  /** The attribution chain in one line ("Disputed by Oleksandr Bevz"), as the page and the API show it. */
  sourcing: string | null;
};

/**
 * Everything a reader's claim page shows, for a published claim only (null otherwise: drafts and
 * archived claims do not exist for readers). One query plan whatever the number of rows.
 */
export async function getPublicClaim(slug: string): Promise<PublicClaim | null> {
  if (!slug) return null;
  return toPublicClaim(await db.claim.findFirst({ where: { slug, ...PUBLISHED_CLAIMS }, select: PUBLIC_CLAIM }));
}

/**
 * Any claim (a draft too) exactly as its public page would show it once published: the desk
 * editor's preview. Desk users only; the links and notes are what readers would see.
 */
export async function previewClaim(actor: Actor | null, id: string): Promise<PublicClaim | null> {
  if (!isActive(actor) || !id) return null;
  return toPublicClaim(await db.claim.findUnique({ where: { id }, select: PUBLIC_CLAIM }));
}

function toPublicClaim(row: Row | null): PublicClaim | null {
  if (!row) return null;
  const { firstAppearance, anchorExact, anchorPrefix, anchorSuffix, anchorParagraph, linksFrom, linksTo, ...rest } = row;
  const passage =
    firstAppearance?.text && anchorExact
      ? resolvePassage(firstAppearance.text, {
          exact: anchorExact,
          prefix: anchorPrefix ?? "",
          suffix: anchorSuffix ?? "",
          paragraph: anchorParagraph ?? 0,
        })
      : null;
  const evidence = sortEvidence(rest.evidence);
  return {
    ...rest,
    evidence,
    sourcing: sourcingSummary(evidence, rest.claimant),
    statusChanges: rest.statusChanges.filter(isPublicChange),
    firstAppearance: firstAppearance ? withoutText(firstAppearance) : null,
    passage,
    links: [
      ...linksTo.map((link) => ({ type: link.type, direction: "incoming" as const, note: link.note, claim: link.fromClaim })),
      ...linksFrom.map((link) => ({ type: link.type, direction: "outgoing" as const, note: link.note, claim: link.toClaim })),
    ],
  };
}

/** The stored text stays on the server: the page shows only the anchored paragraph. */
function withoutText<T extends { text: string | null }>(source: T): Omit<T, "text"> {
  const copy: Partial<T> = { ...source };
  delete copy.text;
  return copy as Omit<T, "text">;
}
