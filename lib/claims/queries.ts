import { db } from "../db";
import { PUBLISHED_CLAIMS } from "./visibility";

/** How many published claims stand at each verification status. */
export async function countPublishedByVerification() {
  const groups = await db.claim.groupBy({ by: ["verification"], where: PUBLISHED_CLAIMS, _count: { _all: true } });
  return Object.fromEntries(groups.map((group) => [group.verification, group._count._all]));
}
