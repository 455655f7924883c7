import { db, dbEngine, Prisma } from "../db";
import type { Rating, Verification, Workflow } from "../db/enums";
import { isEmptySearch, toFts5Match, toTsQuery, type ParsedSearch } from "./query";

/**
 * Every list of claims (readers' and the desk's, with or without words to match) and its
 * full-text search, on either engine: SQLite's FTS5 table `claim_search` and PostgreSQL's
 * `claim_search` table of tsvectors with a GIN index, both kept in step with Claim.searchText by
 * triggers (so in the same transaction as every write). The SQL that must differ by engine is
 * here, side by side; callers get one page of claim ids and a bounded count.
 *
 * Relevance ranking covers the newest RANKING_WINDOW matches. Below that many matches the
 * ranking is exact; above it, a word in half the archive would otherwise cost a score for every
 * one of its matches on every request, and the newest matches are the ones a desk looks for.
 * Counts stop at the same bound, as most search engines' do.
 */
export const RANKING_WINDOW = 1_000;
/** Counts of matching claims stop here, on every list: "more than 1,000" is what a reader needs. */
export const COUNT_LIMIT = RANKING_WINDOW;

export type ClaimSearchFilters = {
  /** Readers see published claims only; the desk sees every workflow unless it filters. */
  workflow?: Workflow;
  verification?: Verification;
  rating?: Rating;
  /** As claimant or as the one relayed. */
  speakerId?: string;
  topicId?: string;
  /** As first appearance or as evidence. */
  sourceId?: string;
  assigneeId?: string | null;
  saidFrom?: Date;
  saidBefore?: Date;
};

export type ClaimSearchOrder = "relevance" | "newest" | "updated" | "updatedAsc" | "created" | "oldest";

export type ClaimSearchPage = {
  ids: string[];
  /** Exact when `totalIsLowerBound` is false; otherwise at least this many match. */
  total: number;
  totalIsLowerBound: boolean;
};

type Engine = "sqlite" | "postgresql";

/** Dates as each engine stores them: Prisma keeps SQLite DateTimes as ISO text with a +00:00 offset. */
function dateParam(engine: Engine, date: Date) {
  return engine === "sqlite" ? date.toISOString().replace("Z", "+00:00") : date;
}

function enumEquals(engine: Engine, column: string, type: string, value: string) {
  return engine === "postgresql"
    ? Prisma.sql`c.${Prisma.raw(`"${column}"`)} = CAST(${value} AS ${Prisma.raw(`"${type}"`)})`
    : Prisma.sql`c.${Prisma.raw(`"${column}"`)} = ${value}`;
}

function filterSql(engine: Engine, filters: ClaimSearchFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filters.workflow) where.push(enumEquals(engine, "workflow", "Workflow", filters.workflow));
  if (filters.verification) where.push(enumEquals(engine, "verification", "Verification", filters.verification));
  if (filters.rating) where.push(enumEquals(engine, "rating", "Rating", filters.rating));
  if (filters.speakerId) where.push(Prisma.sql`(c."claimantId" = ${filters.speakerId} OR c."relayedFromId" = ${filters.speakerId})`);
  // Written as IN (…) rather than EXISTS, so the planner can start from the topic's or the
  // source's few claims instead of probing every claim of the list for them.
  if (filters.topicId) {
    where.push(Prisma.sql`c."id" IN (SELECT ct."A" FROM "_ClaimToTopic" ct WHERE ct."B" = ${filters.topicId})`);
  }
  if (filters.sourceId) {
    where.push(
      Prisma.sql`(c."firstAppearanceId" = ${filters.sourceId} OR c."id" IN (SELECT e."claimId" FROM "Evidence" e WHERE e."sourceId" = ${filters.sourceId}))`,
    );
  }
  if (filters.assigneeId === null) where.push(Prisma.sql`c."assigneeId" IS NULL`);
  else if (filters.assigneeId) where.push(Prisma.sql`c."assigneeId" = ${filters.assigneeId}`);
  if (filters.saidFrom) where.push(Prisma.sql`c."saidAt" >= ${dateParam(engine, filters.saidFrom)}`);
  if (filters.saidBefore) where.push(Prisma.sql`c."saidAt" < ${dateParam(engine, filters.saidBefore)}`);
  return where;
}

/**
 * The matching rows, as `FROM … WHERE …` with `c` the claim, `s` its search row and `score` its
 * relevance (higher is better). Without words to match, the claims table alone.
 */
function matchSql(engine: Engine, search: ParsedSearch, filters: ClaimSearchFilters) {
  const conditions = filterSql(engine, filters);
  if (isEmptySearch(search)) {
    return { from: Prisma.sql`FROM "Claim" c WHERE 1 = 1${and(conditions)}`, score: null, newestMatchFirst: null };
  }
  if (engine === "sqlite") {
    // SQLite joins in the order written after CROSS JOIN: the words' matches first, each looked up
    // in the claims by rowid. Starting from the claims instead costs a full-text probe per claim,
    // far slower (measured at 100k claims: 1 s for a common word, 250 ms even within one topic).
    const join = Prisma.sql`FROM "claim_search" s CROSS JOIN "Claim" c ON c.rowid = s.rowid`;
    return {
      from: Prisma.sql`${join} WHERE s."claim_search" MATCH ${toFts5Match(search)}${and(conditions)}`,
      // bm25 is lower for better matches.
      score: Prisma.sql`-s.rank`,
      newestMatchFirst: Prisma.sql`s.rowid DESC`,
    };
  }
  return {
    from: Prisma.sql`FROM "claim_search" s JOIN "Claim" c ON c."id" = s."claimId" WHERE s."document" @@ to_tsquery('simple', ${toTsQuery(search)})${and(conditions)}`,
    score: Prisma.sql`ts_rank(s."document", to_tsquery('simple', ${toTsQuery(search)}))`,
    newestMatchFirst: Prisma.sql`s."seq" DESC`,
  };
}

const and = (conditions: Prisma.Sql[]) =>
  conditions.length === 0 ? Prisma.empty : Prisma.sql` AND ${Prisma.join(conditions, " AND ")}`;

const NEWEST = Prisma.raw(`"saidAt" DESC NULLS LAST, "createdAt" DESC, "id" DESC`);
const ORDER: Record<Exclude<ClaimSearchOrder, "relevance">, Prisma.Sql> = {
  newest: Prisma.raw(`c."saidAt" DESC NULLS LAST, c."createdAt" DESC, c."id" DESC`),
  updated: Prisma.raw(`c."updatedAt" DESC, c."id" DESC`),
  updatedAsc: Prisma.raw(`c."updatedAt" ASC, c."id" ASC`),
  created: Prisma.raw(`c."createdAt" DESC, c."id" DESC`),
  oldest: Prisma.raw(`c."createdAt" ASC, c."id" ASC`),
};

/**
 * One page of claim ids matching a parsed search (possibly empty) and filters, in the order
 * asked for, and how many match (bounded). One statement for a ranked search, two otherwise,
 * whatever the archive's size; every
 * list of claims, the readers' and the desk's, goes through here, so each path has an index
 * (tests/integration/query-plans.test.ts).
 */
export async function searchClaimIds(
  search: ParsedSearch,
  filters: ClaimSearchFilters,
  { order, skip, take }: { order: ClaimSearchOrder; skip: number; take: number },
): Promise<ClaimSearchPage> {
  const engine = dbEngine();
  const { from, score, newestMatchFirst } = matchSql(engine, search, filters);

  const countSql = Prisma.sql`SELECT COUNT(*) AS "n" FROM (SELECT 1 ${from} LIMIT ${COUNT_LIMIT + 1}) m`;
  const count = async () => Number((await db.$queryRaw<{ n: bigint | number }[]>(countSql))[0]?.n ?? 0);

  let rows: { id: string }[];
  let n: number;
  if (order === "relevance" && score && newestMatchFirst) {
    // One pass over the matches: the window is ranked and counted together.
    const ranked = await db.$queryRaw<{ id: string; n: bigint | number }[]>(Prisma.sql`
      SELECT w."id", COUNT(*) OVER () AS "n" FROM (
        SELECT c."id", c."saidAt", c."createdAt", ${score} AS "score" ${from}
        ORDER BY ${newestMatchFirst} LIMIT ${COUNT_LIMIT + 1}
      ) w ORDER BY w."score" DESC, ${NEWEST} LIMIT ${take} OFFSET ${skip}`);
    rows = ranked;
    // A page past the last has no row to carry the count.
    n = ranked.length > 0 ? Number(ranked[0]!.n) : skip > 0 ? await count() : 0;
  } else {
    const listSql = Prisma.sql`SELECT c."id" ${from} ORDER BY ${ORDER[order === "relevance" ? "newest" : order]} LIMIT ${take} OFFSET ${skip}`;
    [rows, n] = await Promise.all([db.$queryRaw<{ id: string }[]>(listSql), count()]);
  }
  return {
    ids: rows.map((row) => row.id),
    total: Math.min(n, COUNT_LIMIT),
    totalIsLowerBound: n > COUNT_LIMIT,
  };
}
