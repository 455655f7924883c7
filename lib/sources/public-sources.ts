import { db, type Prisma } from "../db";
import { PUBLISHED_CLAIMS } from "../claims/visibility";
import { FIRST_PAGE, newestClaimsFirst, pageCountFor, pageWindow, type TPageQuery } from "../paging";

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

/** Sources with a page: a published claim first appeared in it or cites it as evidence. */
export const PUBLIC_SOURCES = {
  OR: [{ firstAppearances: { some: PUBLISHED_CLAIMS } }, { evidence: { some: { claim: PUBLISHED_CLAIMS } } }],
} satisfies Prisma.SourceWhereInput;

const CITING_CLAIM = {
  slug: true,
  statement: true,
  verification: true,
  claimant: { select: { slug: true, name: true } },
} satisfies Prisma.ClaimSelect;

const STANCE = { stance: true, strength: true, note: true } satisfies Prisma.EvidenceSelect;

/**
 * A source with its own verification status and one page of the published claims that cite it;
 * null if none does. Claims that first appeared in it and claims that cite it only as evidence
 * are two lists, paged together: each is read through its own index (Claim's firstAppearanceId,
 * Evidence's sourceId), where one list of both would be an OR that no index serves and would
 * scan every claim. A claim is in one list only. A page past the end has empty lists.
 */
export async function getPublicSource(slug: string, paging: TPageQuery = FIRST_PAGE) {
  if (!slug) return null;
  const source = await db.source.findUnique({
    where: { slug },
    select: { id: true, ...PUBLIC_SOURCE_FIELDS },
  });
  if (!source) return null;
  const window = pageWindow(paging);
  const firstAppearedHere = { ...PUBLISHED_CLAIMS, firstAppearanceId: source.id } satisfies Prisma.ClaimWhereInput;
  // Evidence for a claim that first appeared here is shown with that claim, not again.
  const citedElsewhere = {
    sourceId: source.id,
    claim: { ...PUBLISHED_CLAIMS, OR: [{ firstAppearanceId: null }, { firstAppearanceId: { not: source.id } }] },
  } satisfies Prisma.EvidenceWhereInput;
  const [firstTotal, first, evidenceTotal, evidence] = await Promise.all([
    db.claim.count({ where: firstAppearedHere }),
    db.claim.findMany({
      where: firstAppearedHere,
      orderBy: newestClaimsFirst(),
      ...window,
      select: { ...CITING_CLAIM, evidence: { where: { sourceId: source.id }, select: STANCE } },
    }),
    db.evidence.count({ where: citedElsewhere }),
    db.evidence.findMany({
      where: citedElsewhere,
      orderBy: newestClaimsFirst().map((order) => ({ claim: order })),
      ...window,
      select: { ...STANCE, claim: { select: CITING_CLAIM } },
    }),
  ]);
  // A source no published claim cites is not public yet: readers get a 404.
  if (firstTotal === 0 && evidenceTotal === 0) return null;
  return {
    source,
    firstAppearances: { items: first, total: firstTotal },
    evidence: { items: evidence.map(({ claim, ...stance }) => ({ ...claim, evidence: [stance] })), total: evidenceTotal },
    total: firstTotal + evidenceTotal,
    page: paging.page,
    pageSize: paging.pageSize,
    pageCount: pageCountFor(Math.max(firstTotal, evidenceTotal), paging.pageSize),
  };
}

export type PublicSource = NonNullable<Awaited<ReturnType<typeof getPublicSource>>>;

const LISTED_SOURCE = {
  ...PUBLIC_SOURCE_FIELDS,
  _count: { select: { firstAppearances: { where: PUBLISHED_CLAIMS }, evidence: { where: { claim: PUBLISHED_CLAIMS } } } },
} satisfies Prisma.SourceSelect;

/**
 * One page of the sources readers can see (the /sources index), by title, each with how many
 * published claims first appeared in it and cite it. The count asks PUBLIC_SOURCES' two EXISTS
 * apart (first appearances, then sources only cited as evidence), as the sitemap does: joined by
 * OR, PostgreSQL hashes every published claim and evidence row. A page past the end is empty.
 */
export async function pagePublicSources(paging: TPageQuery) {
  const [firstAppearances, citedOnly, sources] = await Promise.all([
    db.source.count({ where: PUBLIC_SOURCES.OR[0] }),
    db.source.count({ where: { ...PUBLIC_SOURCES.OR[1], NOT: PUBLIC_SOURCES.OR[0] } }),
    db.source.findMany({ where: PUBLIC_SOURCES, orderBy: [{ title: "asc" }, { slug: "asc" }], ...pageWindow(paging), select: LISTED_SOURCE }),
  ]);
  const total = firstAppearances + citedOnly;
  return {
    items: sources.map(({ _count, ...source }) => ({ ...source, firstAppearances: _count.firstAppearances, citations: _count.evidence })),
    total,
    page: paging.page,
    pageSize: paging.pageSize,
    pageCount: pageCountFor(total, paging.pageSize),
  };
}
