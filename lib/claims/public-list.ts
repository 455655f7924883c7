import { memoizeByKey } from "../cache/memo";
import { db, type Prisma } from "../db";
import { PUBLIC_SOURCES } from "../sources/public-sources";
import { PUBLIC_SPEAKERS } from "../speakers/public-speakers";
import { RANKING_WINDOW, searchClaimIds } from "../search/claim-search";
import { isEmptySearch, parseSearchQuery } from "../search/query";
import { utcDay } from "../text/relative-date";
import { PUBLISHED_CLAIMS } from "./visibility";
import type { ClaimSort, QueryProblem, TClaimListQuery } from "./list-query";

const CLAIM_SUMMARY = {
  id: true,
  slug: true,
  statement: true,
  quote: true,
  saidAt: true,
  saidAtInferred: true,
  verification: true,
  rating: true,
  ratedAt: true,
  updatedAt: true,
  claimant: { select: { slug: true, name: true, title: true } },
  topics: { select: { slug: true, name: true }, orderBy: { name: "asc" } },
} satisfies Prisma.ClaimSelect;

export type PublicClaimSummary = Prisma.ClaimGetPayload<{ select: typeof CLAIM_SUMMARY }>;

export type PublicClaimList = {
  items: PublicClaimSummary[];
  /** How many match, counted up to COUNT_LIMIT; `totalIsLowerBound` says there are more. */
  total: number;
  totalIsLowerBound: boolean;
  page: number;
  pageSize: number;
  /** Pages there are, when known; null when the count stopped at its bound. */
  pageCount: number | null;
  hasNextPage: boolean;
  /** The order applied: relevance when searching, unless the reader chose another. */
  sort: ClaimSort;
  /** Names of the speaker, topic and source filtered on, for display. */
  filterLabels: { speaker?: string; topic?: string; source?: string };
  /** Filter values that name nothing (an unknown speaker, say): ignored. */
  problems: QueryProblem[];
};

const DAY_MS = 86_400_000;

/**
 * How long one list or search page is reused in this process. Readers asking the same thing
 * within it (a popular search, a shared link) cost one query; a desk write clears it at once,
 * and another instance's writes show within this, as for the pages Next caches (revalidate 3).
 */
export const PUBLIC_LIST_TTL_MS = 3_000;

/**
 * Published claims matching a list query: full-text search over statement, quote, context and
 * speaker names (lib/search), and filters, one page at a time. A fixed number of queries and a
 * bounded amount of work whatever the archive's size: counts stop at COUNT_LIMIT. Memoized per
 * query for PUBLIC_LIST_TTL_MS (lib/cache/memo.ts).
 */
export const listPublicClaims = memoizeByKey("public-claim-list", PUBLIC_LIST_TTL_MS, listQueryKey, loadPublicClaimList);

/**
 * Every field of the query, in a fixed order: two spellings of one query share an entry, and
 * no two queries do.
 */
function listQueryKey(query: TClaimListQuery): string {
  return JSON.stringify(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)));
}

async function loadPublicClaimList(query: TClaimListQuery): Promise<PublicClaimList> {
  const problems: QueryProblem[] = [];
  const [speaker, topic, source] = await Promise.all([
    // Only what readers can see exists for them: a speaker, topic or source with no published
    // claim answers exactly as one that does not exist, so filters cannot probe the desk's drafts.
    query.speaker ? db.speaker.findFirst({ where: { slug: query.speaker, ...PUBLIC_SPEAKERS }, select: { id: true, name: true } }) : null,
    query.topic ? db.topic.findFirst({ where: { slug: query.topic, claims: { some: PUBLISHED_CLAIMS } }, select: { id: true, name: true } }) : null,
    query.source ? db.source.findFirst({ where: { slug: query.source, ...PUBLIC_SOURCES }, select: { id: true, title: true } }) : null,
  ]);
  if (query.speaker && !speaker) problems.push({ field: "speaker", value: query.speaker, message: "No such speaker" });
  if (query.topic && !topic) problems.push({ field: "topic", value: query.topic, message: "No such topic" });
  if (query.source && !source) problems.push({ field: "source", value: query.source, message: "No such source" });

  const search = parseSearchQuery(query.q ?? "");
  const searching = !isEmptySearch(search);
  const sort: ClaimSort = query.sort === "relevance" || !query.sort ? (searching ? "relevance" : "newest") : query.sort;
  const skip = (query.page - 1) * query.pageSize;
  const saidFrom = query.from ? utcDay(query.from) : undefined;
  const saidBefore = query.to ? new Date(utcDay(query.to).getTime() + DAY_MS) : undefined;

  const found = await searchClaimIds(
    search,
    {
      workflow: "PUBLISHED",
      verification: query.verification,
      rating: query.rating,
      speakerId: speaker?.id,
      topicId: topic?.id,
      sourceId: source?.id,
      saidFrom,
      saidBefore,
    },
    { order: sort, skip, take: query.pageSize + 1 },
  );
  const { total, totalIsLowerBound } = found;
  const pageIds = found.ids.slice(0, query.pageSize);
  const rows = pageIds.length === 0 ? [] : await db.claim.findMany({ where: { id: { in: pageIds } }, select: CLAIM_SUMMARY });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = pageIds.flatMap((id) => byId.get(id) ?? []);
  const hasNextPage = found.ids.length > query.pageSize;

  // Relevance ranks the newest RANKING_WINDOW matches: pages stop there.
  const reachable = sort === "relevance" && searching ? Math.min(total, RANKING_WINDOW) : total;
  const pageCount =
    totalIsLowerBound && sort !== "relevance" ? null : Math.max(1, Math.ceil(reachable / query.pageSize));
  return {
    items,
    total,
    totalIsLowerBound,
    page: query.page,
    pageSize: query.pageSize,
    pageCount,
    hasNextPage,
    sort,
    filterLabels: { speaker: speaker?.name, topic: topic?.name, source: source?.title },
    problems,
  };
}
