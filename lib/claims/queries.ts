import { db } from "../db";
import { PUBLISHED_CLAIMS } from "./visibility";

/** Published claims for the home page, newest statement first, with the claimant's name. */
export function listPublishedClaims({ take = 100 }: { take?: number } = {}) {
  return db.claim.findMany({
    where: PUBLISHED_CLAIMS,
    orderBy: [{ saidAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    take,
    select: {
      id: true,
      slug: true,
      statement: true,
      quote: true,
      saidAt: true,
      verification: true,
      rating: true,
      claimant: { select: { name: true, slug: true, title: true } },
    },
  });
}

export type PublishedClaimSummary = Awaited<ReturnType<typeof listPublishedClaims>>[number];

/** How many published claims stand at each verification status. */
export async function countPublishedByVerification() {
  const groups = await db.claim.groupBy({ by: ["verification"], where: PUBLISHED_CLAIMS, _count: { _all: true } });
  return Object.fromEntries(groups.map((group) => [group.verification, group._count._all]));
}
