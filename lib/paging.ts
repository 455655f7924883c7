import { z } from "zod";
import { dbEngine, type Prisma } from "./db";
import { DEFAULT_PAGE_SIZE, ZClaimListQuery, type QueryProblem } from "./claims/list-query";

/**
 * `?page=N&pageSize=M` on a speaker's or a source's claims: the same rules as the claim list's
 * (pages from 1, at most 100 a page), so every public list reads its page the same way.
 */
export const ZPageQuery = z.object({ page: ZClaimListQuery.shape.page, pageSize: ZClaimListQuery.shape.pageSize });
export type TPageQuery = z.output<typeof ZPageQuery>;

export const FIRST_PAGE: TPageQuery = { page: 1, pageSize: DEFAULT_PAGE_SIZE };

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * Reads the page (and, where `fields` allows, the page size). Pages ignore what they do not
 * understand and say so; the API rejects it (`rejectUnknownParameters`), naming each field.
 */
export function parsePageQuery(
  params: ParamSource,
  { fields = ["page", "pageSize"], rejectUnknownParameters = false }: { fields?: (keyof TPageQuery)[]; rejectUnknownParameters?: boolean } = {},
): { paging: TPageQuery; problems: QueryProblem[] } {
  const entries: [string, string][] =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([key, value]) => (value === undefined ? [] : [value].flat().map((v) => [key, v] as [string, string])));
  const problems: QueryProblem[] = [];
  const kept: Partial<TPageQuery> = {};
  const seen = new Set<string>();
  for (const [key, value] of entries) {
    if (!(fields as string[]).includes(key)) {
      if (rejectUnknownParameters) problems.push({ field: key, value, message: "Unknown parameter" });
      continue;
    }
    if (seen.has(key)) {
      problems.push({ field: key, value, message: "Given more than once" });
      continue;
    }
    seen.add(key);
    if (value.trim() === "") continue;
    const parsed = ZPageQuery.shape[key as keyof TPageQuery].safeParse(value);
    if (parsed.success) kept[key as keyof TPageQuery] = parsed.data;
    else problems.push({ field: key, value, message: parsed.error.issues[0]?.message ?? "Invalid value" });
  }
  return { paging: { ...FIRST_PAGE, ...kept }, problems };
}

/** Pages a list of `total` items fills: at least one, so an empty list still has its page 1. */
export function pageCountFor(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Prisma's `skip`/`take` for a page. */
export function pageWindow({ page, pageSize }: TPageQuery): { skip: number; take: number } {
  return { skip: (page - 1) * pageSize, take: pageSize };
}

/**
 * The order a speaker's or a source's claims are paged in: newest first, undated last, then by
 * slug so pages never overlap. SQLite already sorts NULL last in a descending order, and there
 * Prisma's `nulls: "last"` would become a CASE expression that keeps the (…, saidAt) indexes
 * from giving the order: a sort of every one of a speaker's claims for each page.
 */
export function newestClaimsFirst(): Prisma.ClaimOrderByWithRelationInput[] {
  return dbEngine() === "sqlite"
    ? [{ saidAt: "desc" }, { slug: "asc" }]
    : [{ saidAt: { sort: "desc", nulls: "last" } }, { slug: "asc" }];
}
