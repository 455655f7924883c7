import { db, type Prisma } from "../db";
import { Rating, Verification } from "../db/enums";
import { PUBLISHED_CLAIMS } from "../claims/visibility";

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

/** Speakers with at least one published claim, with how many, by name. */
export async function listPublicSpeakers() {
  const speakers = await db.speaker.findMany({
    where: { claims: { some: PUBLISHED_CLAIMS } },
    orderBy: { name: "asc" },
    select: { ...SPEAKER_FIELDS, _count: { select: { claims: { where: PUBLISHED_CLAIMS } } } },
  });
  return speakers.map(({ _count, ...speaker }) => ({ ...speaker, publishedClaims: _count.claims }));
}

export type Scorecard = {
  total: number;
  byVerification: { status: Verification; count: number }[];
  byRating: { rating: Rating; count: number }[];
  unrated: number;
  smallSample: boolean;
};

/** A speaker's published claims counted by verification status and by rating (every status listed, zeros too). */
export async function speakerScorecard(speakerId: string): Promise<Scorecard> {
  const where = { ...PUBLISHED_CLAIMS, claimantId: speakerId };
  const [byVerification, byRating] = await Promise.all([
    db.claim.groupBy({ by: ["verification"], where, _count: { _all: true } }),
    db.claim.groupBy({ by: ["rating"], where, _count: { _all: true } }),
  ]);
  const verificationCount = new Map(byVerification.map((group) => [group.verification, group._count._all]));
  const ratingCount = new Map(byRating.map((group) => [group.rating, group._count._all]));
  const total = byVerification.reduce((sum, group) => sum + group._count._all, 0);
  return {
    total,
    byVerification: Object.values(Verification).map((status) => ({ status, count: verificationCount.get(status) ?? 0 })),
    byRating: Object.values(Rating).map((rating) => ({ rating, count: ratingCount.get(rating) ?? 0 })),
    unrated: ratingCount.get(null) ?? 0,
    smallSample: total < SMALL_SAMPLE,
  };
}

/** A speaker's page: who they are, their scorecard, the published claims they made or that relay them; null if none. */
export async function getPublicSpeaker(slug: string) {
  if (!slug) return null;
  const speaker = await db.speaker.findUnique({ where: { slug }, select: SPEAKER_FIELDS });
  if (!speaker) return null;
  const claimSelect = {
    slug: true,
    statement: true,
    quote: true,
    saidAt: true,
    saidAtInferred: true,
    verification: true,
    rating: true,
    claimant: { select: { slug: true, name: true } },
  } satisfies Prisma.ClaimSelect;
  const orderBy: Prisma.ClaimOrderByWithRelationInput[] = [{ saidAt: { sort: "desc", nulls: "last" } }, { slug: "asc" }];
  const [claims, relayed, scorecard] = await Promise.all([
    db.claim.findMany({ where: { ...PUBLISHED_CLAIMS, claimantId: speaker.id }, orderBy, select: claimSelect }),
    db.claim.findMany({ where: { ...PUBLISHED_CLAIMS, relayedFromId: speaker.id }, orderBy, select: claimSelect }),
    speakerScorecard(speaker.id),
  ]);
  // Someone readers cannot see any published claim of is not public yet.
  if (claims.length === 0 && relayed.length === 0) return null;
  return { speaker, claims, relayed, scorecard };
}

export type PublicSpeaker = NonNullable<Awaited<ReturnType<typeof getPublicSpeaker>>>;
