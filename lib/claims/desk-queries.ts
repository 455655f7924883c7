import { z } from "zod";
import type { Actor } from "../auth/actor";
import { isActive } from "../auth/actor";
import { db, type Prisma } from "../db";
import { Rating, Verification, Workflow } from "../db/enums";
import { searchTerms } from "../text/search-text";

/**
 * The desk's reads: every claim whatever its workflow, internal notes included. Only for an
 * active logged-in user; anyone else gets null.
 */
export async function deskDashboard(actor: Actor | null) {
  if (!isActive(actor)) return null;
  const live = { workflow: { not: "ARCHIVED" as const } };
  const [byWorkflow, byVerification, queue, recent] = await Promise.all([
    db.claim.groupBy({ by: ["workflow"], _count: { _all: true } }),
    db.claim.groupBy({ by: ["verification"], where: live, _count: { _all: true } }),
    db.claim.findMany({
      where: { OR: [{ assigneeId: actor.id, ...live }, { workflow: "IN_REVIEW" }] },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: 25,
      select: { id: true, slug: true, statement: true, workflow: true, verification: true, updatedAt: true, assignee: { select: { name: true } } },
    }),
    db.claim.findMany({
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: 10,
      select: { id: true, statement: true, workflow: true, verification: true, updatedAt: true },
    }),
  ]);
  const count = <K extends string>(groups: ({ _count: { _all: number } } & Record<string, unknown>)[], key: string, values: readonly K[]) =>
    values.map((value) => ({ value, count: groups.find((group) => group[key] === value)?._count._all ?? 0 }));
  return {
    byWorkflow: count(byWorkflow, "workflow", Object.values(Workflow)),
    byVerification: count(byVerification, "verification", Object.values(Verification)),
    queue,
    recent,
  };
}

const optionalSlug = z.string().trim().regex(/^[a-z0-9-]{1,120}$/).optional().catch(undefined);

/** The desk's claim list filters, from the URL; a bad value is simply dropped (the desk sees the form). */
export const ZDeskClaimQuery = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  workflow: z.enum(Workflow).optional().catch(undefined),
  verification: z.enum(Verification).optional().catch(undefined),
  rating: z.enum(Rating).optional().catch(undefined),
  speaker: optionalSlug,
  topic: optionalSlug,
  assignee: z.string().trim().max(64).optional().catch(undefined),
  sort: z.enum(["updated", "oldest", "newest"]).default("updated").catch("updated"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type TDeskClaimQuery = z.output<typeof ZDeskClaimQuery>;
export const DESK_PAGE_SIZE = 25;

export function deskClaimWhere(query: TDeskClaimQuery, actor: Actor): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [];
  for (const term of searchTerms(query.q ?? "")) and.push({ searchText: { contains: term } });
  if (query.workflow) and.push({ workflow: query.workflow });
  if (query.verification) and.push({ verification: query.verification });
  if (query.rating) and.push({ rating: query.rating });
  if (query.speaker) and.push({ OR: [{ claimant: { slug: query.speaker } }, { relayedFrom: { slug: query.speaker } }] });
  if (query.topic) and.push({ topics: { some: { slug: query.topic } } });
  if (query.assignee === "me") and.push({ assigneeId: actor.id });
  else if (query.assignee === "none") and.push({ assigneeId: null });
  else if (query.assignee) and.push({ assigneeId: query.assignee });
  return { AND: and };
}

const DESK_ORDER: Record<TDeskClaimQuery["sort"], Prisma.ClaimOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { id: "asc" }],
  oldest: [{ createdAt: "asc" }, { id: "asc" }],
  newest: [{ createdAt: "desc" }, { id: "asc" }],
};

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

export async function deskClaimList(actor: Actor | null, query: TDeskClaimQuery) {
  if (!isActive(actor)) return null;
  const where = deskClaimWhere(query, actor);
  const [total, items] = await Promise.all([
    db.claim.count({ where }),
    db.claim.findMany({ where, orderBy: DESK_ORDER[query.sort], skip: (query.page - 1) * DESK_PAGE_SIZE, take: DESK_PAGE_SIZE, select: DESK_CLAIM_ROW }),
  ]);
  return { total, items, page: query.page, pageCount: Math.max(1, Math.ceil(total / DESK_PAGE_SIZE)) };
}

/** Everything matching the filters, for the CSV export (bounded, so an export cannot exhaust the server). */
export async function deskClaimExport(actor: Actor | null, query: TDeskClaimQuery, limit = 10_000) {
  if (!isActive(actor)) return null;
  return db.claim.findMany({ where: deskClaimWhere(query, actor), orderBy: DESK_ORDER[query.sort], take: limit, select: DESK_CLAIM_ROW });
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
      evidence: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { source: { select: { title: true, publisher: true, slug: true } } } },
      linksFrom: { include: { toClaim: { select: { id: true, statement: true } } } },
      linksTo: { include: { fromClaim: { select: { id: true, statement: true } } } },
      annotations: { orderBy: { createdAt: "asc" }, include: { author: { select: { id: true, name: true } } } },
      statusChanges: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: { actor: { select: { name: true } } } },
    },
  });
}

export type DeskClaim = NonNullable<Awaited<ReturnType<typeof deskClaim>>>;

/** What the claim editor's pickers offer. */
export async function deskPickerOptions(actor: Actor | null) {
  if (!isActive(actor)) return null;
  const [speakers, sources, users] = await Promise.all([
    db.speaker.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.source.findMany({ orderBy: { title: "asc" }, select: { id: true, title: true } }),
    db.user.findMany({ where: { disabledAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { speakers, sources, users };
}
