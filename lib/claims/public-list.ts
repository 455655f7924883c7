import { db, type Prisma } from "../db";
import { utcDay } from "../text/relative-date";
import { searchTerms } from "../text/search-text";
import type { QueryProblem, TClaimListQuery } from "./list-query";
import { PUBLISHED_CLAIMS } from "./visibility";

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
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** Names of the speaker, topic and source filtered on, for display. */
  filterLabels: { speaker?: string; topic?: string; source?: string };
  /** Filter values that name nothing (an unknown speaker, say): ignored. */
  problems: QueryProblem[];
};

/**
 * Published claims matching a list query: free text over statement, quote, context and speaker
 * names, and filters, one page at a time. A constant number of queries whatever the page holds.
 */
export async function listPublicClaims(query: TClaimListQuery): Promise<PublicClaimList> {
  const problems: QueryProblem[] = [];
  const [speaker, topic, source] = await Promise.all([
    query.speaker ? db.speaker.findUnique({ where: { slug: query.speaker }, select: { id: true, name: true } }) : null,
    query.topic ? db.topic.findUnique({ where: { slug: query.topic }, select: { id: true, name: true } }) : null,
    query.source ? db.source.findUnique({ where: { slug: query.source }, select: { id: true, title: true } }) : null,
  ]);
  if (query.speaker && !speaker) problems.push({ field: "speaker", value: query.speaker, message: "No such speaker" });
  if (query.topic && !topic) problems.push({ field: "topic", value: query.topic, message: "No such topic" });
  if (query.source && !source) problems.push({ field: "source", value: query.source, message: "No such source" });

  const and: Prisma.ClaimWhereInput[] = [PUBLISHED_CLAIMS];
  for (const term of searchTerms(query.q ?? "")) and.push({ searchText: { contains: term } });
  if (query.verification) and.push({ verification: query.verification });
  if (query.rating) and.push({ rating: query.rating });
  if (speaker) and.push({ OR: [{ claimantId: speaker.id }, { relayedFromId: speaker.id }] });
  if (topic) and.push({ topics: { some: { id: topic.id } } });
  if (source) and.push({ OR: [{ firstAppearanceId: source.id }, { evidence: { some: { sourceId: source.id } } }] });
  if (query.from) and.push({ saidAt: { gte: utcDay(query.from) } });
  if (query.to) and.push({ saidAt: { lt: new Date(utcDay(query.to).getTime() + 86_400_000) } });
  const where: Prisma.ClaimWhereInput = { AND: and };

  const orderBy: Prisma.ClaimOrderByWithRelationInput[] =
    query.sort === "updated"
      ? [{ updatedAt: "desc" }, { slug: "asc" }]
      : [{ saidAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { slug: "asc" }];

  const [total, items] = await Promise.all([
    db.claim.count({ where }),
    db.claim.findMany({
      where,
      orderBy,
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: CLAIM_SUMMARY,
    }),
  ]);
  return {
    items,
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
    filterLabels: { speaker: speaker?.name, topic: topic?.name, source: source?.title },
    problems,
  };
}
