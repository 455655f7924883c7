import { z } from "zod";
import type { Actor } from "../auth/actor";
import { isActive } from "../auth/actor";
import { memoize } from "../cache/memo";
import { db, type Prisma } from "../db";
import { Rating, Verification, Workflow } from "../db/enums";
import { RANKING_WINDOW, searchClaimIds, type ClaimSearchOrder } from "../search/claim-search";
import { isEmptySearch, parseSearchQuery } from "../search/query";

/**
 * The dashboard's counts walk an index over every claim: the same for every editor, so computed
 * once per few seconds per instance (and again at once after a desk write here).
 */
const DASHBOARD_COUNTS_TTL_MS = 5_000;
const QUEUE_SIZE = 25;
const dashboardCounts = memoize("desk-dashboard-counts", DASHBOARD_COUNTS_TTL_MS, async () => {
  const [byWorkflow, byVerification] = await Promise.all([
    db.claim.groupBy({ by: ["workflow"], _count: { _all: true } }),
    db.claim.groupBy({ by: ["verification"], where: { workflow: { not: "ARCHIVED" } }, _count: { _all: true } }),
  ]);
  const count = <K extends string>(groups: ({ _count: { _all: number } } & Record<string, unknown>)[], key: string, values: readonly K[]) =>
    values.map((value) => ({ value, count: groups.find((group) => group[key] === value)?._count._all ?? 0 }));
  return {
    byWorkflow: count(byWorkflow, "workflow", Object.values(Workflow)),
    byVerification: count(byVerification, "verification", Object.values(Verification)),
  };
});

/**
 * The desk's reads: every claim whatever its workflow, internal notes included. Only for an
 * active logged-in user; anyone else gets null.
 */
export async function deskDashboard(actor: Actor | null) {
  if (!isActive(actor)) return null;
  const live = { workflow: { not: "ARCHIVED" as const } };
  const queueRow = { id: true, slug: true, statement: true, workflow: true, verification: true, updatedAt: true, assignee: { select: { name: true } } } as const;
  const oldestFirst = [{ updatedAt: "asc" as const }, { id: "asc" as const }];
  // "My queue" is two lists merged (assigned to me, and everything in review), each read in order
  // through its own index: as one OR, the database would sort every claim in review each time.
  const [counts, mine, inReview, recent] = await Promise.all([
    dashboardCounts(),
    db.claim.findMany({ where: { assigneeId: actor.id, ...live }, orderBy: oldestFirst, take: QUEUE_SIZE, select: queueRow }),
    db.claim.findMany({ where: { workflow: "IN_REVIEW" }, orderBy: oldestFirst, take: QUEUE_SIZE, select: queueRow }),
    db.claim.findMany({
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: 10,
      select: { id: true, statement: true, workflow: true, verification: true, updatedAt: true },
    }),
  ]);
  const queue = [...new Map([...mine, ...inReview].map((claim) => [claim.id, claim])).values()]
    .sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime() || a.id.localeCompare(b.id))
    .slice(0, QUEUE_SIZE);
  return { ...counts, queue, recent };
}

const optionalSlug = z.string().trim().regex(/^[a-z0-9-]{1,120}$/).optional().catch(undefined);

/**
 * The orders the desk's list offers. Each walks an index (the plan test fails on a full scan of
 * Claim): `updatedAt` either way, `createdAt` either way, or the search's ranked window. Columns
 * without one (statement, workflow, speaker…) are not sortable: at 100k claims each would sort
 * the whole table on every request.
 */
export const DESK_SORTS = ["relevance", "updated", "updated-asc", "newest", "oldest"] as const;
export type DeskSort = (typeof DESK_SORTS)[number];

/** What each order is called where the desk chooses it. */
export const DESK_SORT_LABELS: Record<DeskSort, string> = {
  relevance: "Best match",
  updated: "Latest update first",
  "updated-asc": "Least recently updated first",
  newest: "Newest added first",
  oldest: "Oldest added first",
};

/** The desk's claim list filters, from the URL; a bad value is simply dropped (the desk sees the form). */
export const ZDeskClaimQuery = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  workflow: z.enum(Workflow).optional().catch(undefined),
  verification: z.enum(Verification).optional().catch(undefined),
  rating: z.enum(Rating).optional().catch(undefined),
  speaker: optionalSlug,
  topic: optionalSlug,
  /** First appearing in it or citing it as evidence (the drafts an ingested article made, with workflow DRAFT). */
  source: optionalSlug,
  assignee: z.string().trim().max(64).optional().catch(undefined),
  /** Unset: best match first when searching, latest update first otherwise. */
  sort: z.enum(DESK_SORTS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type TDeskClaimQuery = z.output<typeof ZDeskClaimQuery>;
export const DESK_PAGE_SIZE = 25;

const SEARCH_ORDER = { relevance: "relevance", updated: "updated", "updated-asc": "updatedAsc", newest: "created", oldest: "oldest" } as const satisfies Record<
  DeskSort,
  ClaimSearchOrder
>;

export const DESK_CLAIM_ROW = {
  id: true,
  slug: true,
  statement: true,
  workflow: true,
  verification: true,
  rating: true,
  updatedAt: true,
  createdAt: true,
  saidAt: true,
  claimant: { select: { name: true, slug: true } },
  assignee: { select: { id: true, name: true } },
  topics: { select: { name: true }, orderBy: { name: "asc" } },
} satisfies Prisma.ClaimSelect;

type DeskClaimRow = Prisma.ClaimGetPayload<{ select: typeof DESK_CLAIM_ROW }>;

/**
 * The desk's claims matching its filters, `take` of them from `skip`, and how many match
 * (counted up to COUNT_LIMIT). Free text goes through the full-text index (lib/search); the
 * speaker and topic filters name slugs, resolved first (an unknown one matches nothing).
 */
async function findDeskClaims(actor: Actor, query: TDeskClaimQuery, { skip, take }: { skip: number; take: number }) {
  const [speaker, topic, source] = await Promise.all([
    query.speaker ? db.speaker.findUnique({ where: { slug: query.speaker }, select: { id: true, name: true } }) : null,
    query.topic ? db.topic.findUnique({ where: { slug: query.topic }, select: { id: true, name: true } }) : null,
    query.source ? db.source.findUnique({ where: { slug: query.source }, select: { id: true, title: true } }) : null,
  ]);
  /** Names of the speaker, topic and source filtered on, for the menus. */
  const filterLabels = { speaker: speaker?.name, topic: topic?.name, source: source?.title };
  const empty = { rows: [] as DeskClaimRow[], total: 0, totalIsLowerBound: false, sort: "updated" as DeskSort, filterLabels };
  if ((query.speaker && !speaker) || (query.topic && !topic) || (query.source && !source)) return empty;
  const assigneeId = query.assignee === "me" ? actor.id : query.assignee === "none" ? null : query.assignee || undefined;

  const search = parseSearchQuery(query.q ?? "");
  const searching = !isEmptySearch(search);
  const sort: DeskSort = query.sort === "relevance" || !query.sort ? (searching ? "relevance" : "updated") : query.sort;

  const found = await searchClaimIds(
    search,
    { workflow: query.workflow, verification: query.verification, rating: query.rating, speakerId: speaker?.id, topicId: topic?.id, sourceId: source?.id, assigneeId },
    { order: SEARCH_ORDER[sort], skip, take },
  );
  const rows = found.ids.length === 0 ? [] : await db.claim.findMany({ where: { id: { in: found.ids } }, select: DESK_CLAIM_ROW });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return { rows: found.ids.flatMap((id) => byId.get(id) ?? []), total: found.total, totalIsLowerBound: found.totalIsLowerBound, sort, filterLabels };
}

export async function deskClaimList(actor: Actor | null, query: TDeskClaimQuery) {
  if (!isActive(actor)) return null;
  const skip = (query.page - 1) * DESK_PAGE_SIZE;
  const found = await findDeskClaims(actor, query, { skip, take: DESK_PAGE_SIZE + 1 });
  const reachable = found.sort === "relevance" ? Math.min(found.total, RANKING_WINDOW) : found.total;
  return {
    items: found.rows.slice(0, DESK_PAGE_SIZE),
    total: found.total,
    totalIsLowerBound: found.totalIsLowerBound,
    sort: found.sort,
    page: query.page,
    hasNextPage: found.rows.length > DESK_PAGE_SIZE,
    filterLabels: found.filterLabels,
    pageCount: found.totalIsLowerBound && found.sort !== "relevance" ? null : Math.max(1, Math.ceil(reachable / DESK_PAGE_SIZE)),
  };
}

/** Everything matching the filters, for the CSV export (bounded, so an export cannot exhaust the server). */
export async function deskClaimExport(actor: Actor | null, query: TDeskClaimQuery, limit = 10_000) {
  if (!isActive(actor)) return null;
  // The export follows the list's order; a relevance-ranked search exports its ranked window.
  return (await findDeskClaims(actor, query, { skip: 0, take: limit })).rows;
}

/** One claim as the desk edits it. */
export async function deskClaim(actor: Actor | null, id: string) {
  if (!isActive(actor) || !id) return null;
  return db.claim.findUnique({
    where: { id },
    include: {
      claimant: { select: { id: true, name: true, slug: true } },
      relayedFrom: { select: { id: true, name: true } },
      firstAppearance: { select: { id: true, title: true, slug: true } },
      assignee: { select: { id: true, name: true } },
      createdBy: { select: { id: true, name: true } },
      topics: { select: { name: true }, orderBy: { name: "asc" } },
      subjects: { select: { speaker: { select: { id: true, name: true } } }, orderBy: { speaker: { name: "asc" } } },
      evidence: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { source: { select: { title: true, publisher: true, slug: true } }, attributedTo: { select: { id: true, name: true } } } },
      linksFrom: { include: { toClaim: { select: { id: true, statement: true } } } },
      linksTo: { include: { fromClaim: { select: { id: true, statement: true } } } },
      annotations: { orderBy: { createdAt: "asc" }, include: { author: { select: { id: true, name: true } } } },
      statusChanges: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: { actor: { select: { name: true } } } },
    },
  });
}

export type DeskClaim = NonNullable<Awaited<ReturnType<typeof deskClaim>>>;

/** Who a claim can be assigned to, for the list's filter and bulk actions. */
export async function deskAssignees(actor: Actor | null) {
  if (!isActive(actor)) return null;
  const users = await db.user.findMany({ where: { disabledAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  return { users };
}
