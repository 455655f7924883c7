import { db } from "../db";
import { searchTerms } from "../text/search-text";
import { PUBLISHED_CLAIMS } from "./visibility";

/**
 * Published claims whose statement, quote, context or speaker matches every word of the query,
 * ignoring case and accents, identically on SQLite and PostgreSQL (see lib/text/search-text.ts).
 */
export async function searchPublishedClaims(query: string, { take = 50 }: { take?: number } = {}) {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  return db.claim.findMany({
    where: { ...PUBLISHED_CLAIMS, AND: terms.map((term) => ({ searchText: { contains: term } })) },
    orderBy: [{ saidAt: { sort: "desc", nulls: "last" } }, { slug: "asc" }],
    take,
    select: { id: true, slug: true, statement: true, verification: true, claimant: { select: { name: true } } },
  });
}
