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

/** A speaker's part in a claim, as a reader sees it labelled: made it, is relayed by it, or is what it is about. */
export type SpeakerRole = "SAID" | "RELAYED" | "ABOUT";

/** Each role in a reader's words, as every claim on a speaker's page is labelled. */
export const SPEAKER_ROLE_LABELS: Record<SpeakerRole, string> = { SAID: "Said", RELAYED: "Relayed", ABOUT: "About" };

/** A published claim a speaker is the subject of or a party to. */
const SUBJECT_OF_PUBLISHED = { subjectOf: { some: { claim: PUBLISHED_CLAIMS } } } satisfies Prisma.SpeakerWhereInput;

/**
 * Speakers with a page: readers can see a claim they made, one that relays them, or one about
 * them (or to which they are a party, like both sides of the leaked call).
 */
export const PUBLIC_SPEAKERS = {
  OR: [{ claims: { some: PUBLISHED_CLAIMS } }, { relayedClaims: { some: PUBLISHED_CLAIMS } }, SUBJECT_OF_PUBLISHED],
} satisfies Prisma.SpeakerWhereInput;

const LISTED_SPEAKER = {
  ...SPEAKER_FIELDS,
  _count: {
    select: {
      claims: { where: PUBLISHED_CLAIMS },
      relayedClaims: { where: PUBLISHED_CLAIMS },
      subjectOf: { where: { claim: PUBLISHED_CLAIMS } },
    },
  },
} satisfies Prisma.SpeakerSelect;
const withCount = ({ _count, ...speaker }: Prisma.SpeakerGetPayload<{ select: typeof LISTED_SPEAKER }>) => ({
  ...speaker,
  /** Published claims they made (their scorecard's total). */
  publishedClaims: _count.claims,
  /** Published claims in which someone else relays them. */
  relayedClaims: _count.relayedClaims,
  /** Published claims about them or to which they are a party (a claim they also made or relay included). */
  aboutClaims: _count.subjectOf,
});

/** Speakers with at least one published claim in any role (made, relayed, about), with how many in each, by name. */
export async function listPublicSpeakers() {
  const speakers = await db.speaker.findMany({ where: PUBLIC_SPEAKERS, orderBy: [{ name: "asc" }, { slug: "asc" }], select: LISTED_SPEAKER });
  return speakers.map(withCount);
}

/** One page of those speakers (the /speakers page), with how many there are. A page past the end is empty. */
export async function pagePublicSpeakers(paging: TPageQuery) {
  const [total, speakers] = await Promise.all([
    db.speaker.count({ where: PUBLIC_SPEAKERS }),
    db.speaker.findMany({ where: PUBLIC_SPEAKERS, orderBy: [{ name: "asc" }, { slug: "asc" }], ...pageWindow(paging), select: LISTED_SPEAKER }),
  ]);
  return { items: speakers.map(withCount), total, page: paging.page, pageSize: paging.pageSize, pageCount: pageCountFor(total, paging.pageSize) };
}

export type PublicSpeakerListing = ReturnType<typeof withCount>;

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
 * A speaker's page: who they are, their scorecard, and one page of each of the three lists of
 * published claims they appear in, each labelled with their role: those they made ("SAID"),
 * those that relay them ("RELAYED") and those about them or to which they are a party ("ABOUT").
 * The lists are paged together (`pageSize` of each); a claim is in one list only, the first that
 * fits, so a claim relaying someone that is also about them is listed once, as relayed. Null if
 * readers can see no claim of theirs in any role. A fixed number of queries, each bounded to
 * this speaker by an index: (claimantId | relayedFromId, workflow, saidAt) and ClaimSubject's
 * speakerId, whatever their claim count. A page past the end has empty lists; `pageCount` says
 * where they end.
 */
export async function getPublicSpeaker(slug: string, paging: TPageQuery = FIRST_PAGE) {
  if (!slug) return null;
  const speaker = await db.speaker.findUnique({ where: { slug }, select: SPEAKER_FIELDS });
  if (!speaker) return null;
  const orderBy = newestClaimsFirst();
  const window = pageWindow(paging);
  const made = { ...PUBLISHED_CLAIMS, claimantId: speaker.id };
  const relaying = { ...PUBLISHED_CLAIMS, relayedFromId: speaker.id };
  const about = {
    speakerId: speaker.id,
    claim: { ...PUBLISHED_CLAIMS, claimantId: { not: speaker.id }, OR: [{ relayedFromId: null }, { relayedFromId: { not: speaker.id } }] },
  } satisfies Prisma.ClaimSubjectWhereInput;
  const withClaimant = { ...CLAIM_REF, claimant: { select: { slug: true, name: true } } } satisfies Prisma.ClaimSelect;
  const [scorecard, claims, relayedTotal, relayed, aboutTotal, aboutRows] = await Promise.all([
    // The scorecard's total is the count of the claims they made.
    speakerScorecard(speaker.id),
    db.claim.findMany({ where: made, orderBy, ...window, select: CLAIM_REF }),
    db.claim.count({ where: relaying }),
    db.claim.findMany({ where: relaying, orderBy, ...window, select: withClaimant }),
    db.claimSubject.count({ where: about }),
    db.claimSubject.findMany({ where: about, orderBy: orderBy.map((order) => ({ claim: order })), ...window, select: { claim: { select: withClaimant } } }),
  ]);
  // Someone readers cannot see any published claim of is not public yet.
  if (scorecard.total === 0 && relayedTotal === 0 && aboutTotal === 0) return null;
  const labelled = <T,>(items: T[], role: SpeakerRole) => items.map((claim) => ({ ...claim, role }));
  return {
    speaker,
    scorecard,
    claims: { items: labelled(claims, "SAID"), total: scorecard.total },
    relayed: { items: labelled(relayed, "RELAYED"), total: relayedTotal },
    about: { items: labelled(aboutRows.map((row) => row.claim), "ABOUT"), total: aboutTotal },
    page: paging.page,
    pageSize: paging.pageSize,
    pageCount: pageCountFor(Math.max(scorecard.total, relayedTotal, aboutTotal), paging.pageSize),
  };
}

export type PublicSpeaker = NonNullable<Awaited<ReturnType<typeof getPublicSpeaker>>>;
