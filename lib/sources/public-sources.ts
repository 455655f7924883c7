import { db, type Prisma } from "../db";
import { PUBLISHED_CLAIMS } from "../claims/visibility";

/** What readers see of a source, on its page and in a claim's evidence (never its stored text). */
export const PUBLIC_SOURCE_FIELDS = {
  slug: true,
  kind: true,
  title: true,
  publisher: true,
  url: true,
  publishedAt: true,
  publishedAtInferred: true,
  verification: true,
  verificationNote: true,
} satisfies Prisma.SourceSelect;

/** A source with its own verification status and the published claims that cite it; null if none does. */
export async function getPublicSource(slug: string) {
  if (!slug) return null;
  const source = await db.source.findUnique({
    where: { slug },
    select: { id: true, ...PUBLIC_SOURCE_FIELDS },
  });
  if (!source) return null;
  const claims = await db.claim.findMany({
    where: { ...PUBLISHED_CLAIMS, OR: [{ firstAppearanceId: source.id }, { evidence: { some: { sourceId: source.id } } }] },
    orderBy: [{ saidAt: { sort: "desc", nulls: "last" } }, { slug: "asc" }],
    select: {
      slug: true,
      statement: true,
      verification: true,
      claimant: { select: { slug: true, name: true } },
      evidence: { where: { sourceId: source.id }, select: { stance: true, strength: true, note: true } },
    },
  });
  // A source no published claim cites is not public yet: readers get a 404.
  if (claims.length === 0) return null;
  return { source, claims };
}

export type PublicSource = NonNullable<Awaited<ReturnType<typeof getPublicSource>>>;
