import { db } from "../db";
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
      claimant: { select: { slug: true, name: true, title: true } },
    },
  },
} as const;

/** What changed lately on published claims: verification and rating changes, newest first. */
export function recentStatusChanges({ take = 10 }: { take?: number } = {}) {
  return db.statusChange.findMany({
    where: { claim: PUBLISHED_CLAIMS, field: { in: ["VERIFICATION", "RATING"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: CHANGE_SELECT,
  });
}

/** Claims most recently published (their publication is itself a status change). */
export function recentlyPublished({ take = 5 }: { take?: number } = {}) {
  return db.statusChange.findMany({
    where: { claim: PUBLISHED_CLAIMS, field: "WORKFLOW", toValue: "PUBLISHED" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: CHANGE_SELECT,
  });
}

/** Everything the feed carries: status changes and publications on published claims, newest first. */
export function feedEntries({ take = 50 }: { take?: number } = {}) {
  return db.statusChange.findMany({
    where: {
      claim: PUBLISHED_CLAIMS,
      OR: [{ field: { in: ["VERIFICATION", "RATING"] } }, { field: "WORKFLOW", toValue: "PUBLISHED" }],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: CHANGE_SELECT,
  });
}
