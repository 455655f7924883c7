import { db, type Prisma } from "../db";
import { PUBLISHED_CLAIMS } from "./visibility";

const CHANGE_SELECT = {
  id: true,
  field: true,
  fromValue: true,
  toValue: true,
  reason: true,
  createdAt: true,
  claim: {
    select: {
      slug: true,
      statement: true,
      verification: true,
      rating: true,
      saidAt: true,
      saidAtInferred: true,
      workflow: true,
      claimant: { select: { slug: true, name: true, title: true } },
    },
  },
} satisfies Prisma.StatusChangeSelect;

type Change = Prisma.StatusChangeGetPayload<{ select: typeof CHANGE_SELECT }>;

/** Rounds of candidates read before giving up on filling a list (a desk busy with drafts). */
const MAX_ROUNDS = 5;

/**
 * The newest status changes matching `where` on published claims. Read newest first through
 * StatusChange(createdAt), a batch at a time, with each change's claim; changes to claims readers
 * cannot see are dropped here, not in SQL: joined to Claim on `workflow`, SQLite's planner starts
 * from the published claims and sorts every change they ever had (0.6 s at 100,000 claims, where
 * a batch takes a few ms). Usually one batch (three statements); at most MAX_ROUNDS.
 */
async function newestOnPublishedClaims(where: Prisma.StatusChangeWhereInput, take: number): Promise<Change[]> {
  const batchSize = Math.max(take * 4, 100);
  const found: Change[] = [];
  let after: string | undefined;
  for (let round = 0; round < MAX_ROUNDS && found.length < take; round++) {
    const batch = await db.statusChange.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: batchSize,
      ...(after ? { cursor: { id: after }, skip: 1 } : {}),
      select: CHANGE_SELECT,
    });
    found.push(...batch.filter((change) => change.claim.workflow === PUBLISHED_CLAIMS.workflow));
    if (batch.length < batchSize) break;
    after = batch.at(-1)!.id;
  }
  return found.slice(0, take);
}

/** What changed lately on published claims: verification and rating changes, newest first. */
export function recentStatusChanges({ take = 10 }: { take?: number } = {}) {
  return newestOnPublishedClaims({ field: { in: ["VERIFICATION", "RATING"] } }, take);
}

/** Claims most recently published (their publication is itself a status change). */
export function recentlyPublished({ take = 5 }: { take?: number } = {}) {
  return newestOnPublishedClaims({ field: "WORKFLOW", toValue: "PUBLISHED" }, take);
}

/** Everything the feed carries: status changes and publications on published claims, newest first. */
export function feedEntries({ take = 50 }: { take?: number } = {}) {
  return newestOnPublishedClaims(
    { OR: [{ field: { in: ["VERIFICATION", "RATING"] } }, { field: "WORKFLOW", toValue: "PUBLISHED" }] },
    take,
  );
}
