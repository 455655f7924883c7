import { db, type Prisma } from "../db";
import { Rating, Verification } from "../db/enums";
import { PUBLISHED_CLAIMS } from "../claims/visibility";
import { FIRST_PAGE, newestClaimsFirst, pageCountFor, pageWindow, type TPageQuery } from "../paging";

/** Below this many published claims, a scorecard says its numbers are too few to generalise from. */
export const SMALL_SAMPLE = 5;

const SPEAKER_FIELDS = {
  id: true,
  slug: true,
  kind: true,
  name: true,
  title: true,
  affiliation: true,
  country: true,
  sameAs: true,
  description: true,
} satisfies Prisma.SpeakerSelect;

/** Speakers with a page: readers can see a claim they made or one that relays them. */
export const PUBLIC_SPEAKERS = {
  OR: [{ claims: { some: PUBLISHED_CLAIMS } }, { relayedClaims: { some: PUBLISHED_CLAIMS } }],
} satisfies Prisma.SpeakerWhereInput;

const WITH_PUBLISHED_CLAIMS = { claims: { some: PUBLISHED_CLAIMS } } satisfies Prisma.SpeakerWhereInput;
const LISTED_SPEAKER = { ...SPEAKER_FIELDS, _count: { select: { claims: { where: PUBLISHED_CLAIMS } } } } satisfies Prisma.SpeakerSelect;
const withCount = ({ _count, ...speaker }: Prisma.SpeakerGetPayload<{ select: typeof LISTED_SPEAKER }>) => ({
  ...speaker,
  publishedClaims: _count.claims,
});

/** Speakers with at least one published claim, with how many, by name. */
export async function listPublicSpeakers() {
  const speakers = await db.speaker.findMany({ where: WITH_PUBLISHED_CLAIMS, orderBy: [{ name: "asc" }, { slug: "asc" }], select: LISTED_SPEAKER });
  return speakers.map(withCount);
}

/** One page of those speakers (the /speakers page), with how many there are. A page past the end is empty. */
export async function pagePublicSpeakers(paging: TPageQuery) {
  const [total, speakers] = await Promise.all([
    db.speaker.count({ where: WITH_PUBLISHED_CLAIMS }),
    db.speaker.findMany({ where: WITH_PUBLISHED_CLAIMS, orderBy: [{ name: "asc" }, { slug: "asc" }], ...pageWindow(paging), select: LISTED_SPEAKER }),
  ]);
  return { items: speakers.map(withCount), total, page: paging.page, pageSize: paging.pageSize, pageCount: pageCountFor(total, paging.pageSize) };
}

export type Scorecard = {
  total: number;
  byVerification: { status: Verification; count: number }[];
  byRating: { rating: Rating; count: number }[];
  unrated: number;
  smallSample: boolean;
};

/**
 * A speaker's published claims counted by verification status and by rating (every status
 * listed, zeros too): one aggregate over (verification, rating) pairs, whatever their number.
 */
export async function speakerScorecard(speakerId: string): Promise<Scorecard> {
  const groups = await db.claim.groupBy({
    by: ["verification", "rating"],
    where: { ...PUBLISHED_CLAIMS, claimantId: speakerId },
    _count: { _all: true },
  });
  const verificationCount = new Map<Verification, number>();
  const ratingCount = new Map<Rating | null, number>();
  let total = 0;
  for (const group of groups) {
    const count = group._count._all;
    verificationCount.set(group.verification, (verificationCount.get(group.verification) ?? 0) + count);
    ratingCount.set(group.rating, (ratingCount.get(group.rating) ?? 0) + count);
    total += count;
  }
  return {
    total,
    byVerification: Object.values(Verification).map((status) => ({ status, count: verificationCount.get(status) ?? 0 })),
    byRating: Object.values(Rating).map((rating) => ({ rating, count: ratingCount.get(rating) ?? 0 })),
    unrated: ratingCount.get(null) ?? 0,
    smallSample: total < SMALL_SAMPLE,
  };
}

const CLAIM_REF = {
  slug: true,
  statement: true,
  quote: true,
  saidAt: true,
  saidAtInferred: true,
  verification: true,
  rating: true,
} satisfies Prisma.ClaimSelect;

/**
 * A speaker's page: who they are, their scorecard, and one page of the published claims they
 * made and of those that relay them (both lists paged together, `pageSize` of each); null if
 * readers can see no claim of theirs. A fixed number of queries, each bounded to this speaker
 * by its (claimantId | relayedFromId, workflow, saidAt) index, whatever their claim count.
 * A page past the end has empty lists; `pageCount` says where they end.
 */
export async function getPublicSpeaker(slug: string, paging: TPageQuery = FIRST_PAGE) {
  if (!slug) return null;
  const speaker = await db.speaker.findUnique({ where: { slug }, select: SPEAKER_FIELDS });
  if (!speaker) return null;
  const orderBy = newestClaimsFirst();
  const window = pageWindow(paging);
  const made = { ...PUBLISHED_CLAIMS, claimantId: speaker.id };
  const relaying = { ...PUBLISHED_CLAIMS, relayedFromId: speaker.id };
  const [scorecard, claims, relayedTotal, relayed] = await Promise.all([
    // The scorecard's total is the count of the claims they made.
    speakerScorecard(speaker.id),
    db.claim.findMany({ where: made, orderBy, ...window, select: CLAIM_REF }),
    db.claim.count({ where: relaying }),
    db.claim.findMany({ where: relaying, orderBy, ...window, select: { ...CLAIM_REF, claimant: { select: { slug: true, name: true } } } }),
  ]);
  // Someone readers cannot see any published claim of is not public yet.
  if (scorecard.total === 0 && relayedTotal === 0) return null;
  return {
    speaker,
    scorecard,
    claims: { items: claims, total: scorecard.total },
    relayed: { items: relayed, total: relayedTotal },
    page: paging.page,
    pageSize: paging.pageSize,
    pageCount: pageCountFor(Math.max(scorecard.total, relayedTotal), paging.pageSize),
  };
}

export type PublicSpeaker = NonNullable<Awaited<ReturnType<typeof getPublicSpeaker>>>;
