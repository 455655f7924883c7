import { answeringBusyWith503 } from "@/lib/db/busy";
import { claimSummary } from "@/lib/api/v1/serialize";
import { apiInvalidQuery, apiJson } from "@/lib/api/v1/respond";
import { ZApiClaimList } from "@/lib/api/v1/schemas";
import { claimListSearchParams, parseClaimListQuery } from "@/lib/claims/list-query";
import { listPublicClaims } from "@/lib/claims/public-list";

export const dynamic = "force-dynamic";

/** GET /api/v1/claims: the same search and filters as /claims, paginated. */
export const GET = answeringBusyWith503(async function GET(request: Request) {
  const requestUrl = new URL(request.url);
  const { query, problems } = parseClaimListQuery(requestUrl.searchParams, { rejectUnknownParameters: true });
  if (problems.length > 0) return apiInvalidQuery(problems);
  const list = await listPublicClaims(query);
  if (list.problems.length > 0) return apiInvalidQuery(list.problems);

  const pageLink = (page: number) => {
    const link = new URL(requestUrl.pathname, requestUrl.origin);
    link.search = claimListSearchParams({ ...query, page }).toString();
    return link.toString();
  };
  return apiJson(ZApiClaimList, {
    items: list.items.map(claimSummary),
    total: list.total,
    totalIsLowerBound: list.totalIsLowerBound,
    page: list.page,
    pageSize: list.pageSize,
    pageCount: list.pageCount,
    links: {
      self: pageLink(list.page),
      next: list.hasNextPage ? pageLink(list.page + 1) : null,
      prev: list.page > 1 ? pageLink(list.pageCount === null ? list.page - 1 : Math.min(list.page - 1, list.pageCount)) : null,
    },
  });
});
