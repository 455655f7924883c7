import { answeringBusyWith503 } from "@/lib/db/busy";
import { speakerDetail } from "@/lib/api/v1/serialize";
import { apiInvalidQuery, apiJson, apiNotFound, isPlausibleSlug } from "@/lib/api/v1/respond";
import { ZApiSpeakerDetail } from "@/lib/api/v1/schemas";
import { DEFAULT_PAGE_SIZE } from "@/lib/claims/list-query";
import { parsePageQuery } from "@/lib/paging";
import { getPublicSpeaker } from "@/lib/speakers/public-speakers";

export const dynamic = "force-dynamic";

/** GET /api/v1/speakers/{slug}?page=&pageSize=: a speaker, their scorecard and a page of their published claims. */
export const GET = answeringBusyWith503(async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const requestUrl = new URL(request.url);
  const { paging, problems } = parsePageQuery(requestUrl.searchParams, { rejectUnknownParameters: true });
  if (problems.length > 0) return apiInvalidQuery(problems);
  const page = isPlausibleSlug(slug) ? await getPublicSpeaker(slug, paging) : null;
  if (!page) return apiNotFound("speaker");

  const pageLink = (n: number) => {
    const link = new URL(requestUrl.pathname, requestUrl.origin);
    if (n > 1) link.searchParams.set("page", String(n));
    if (paging.pageSize !== DEFAULT_PAGE_SIZE) link.searchParams.set("pageSize", String(paging.pageSize));
    return link.toString();
  };
  return apiJson(ZApiSpeakerDetail, speakerDetail(page, pageLink));
});
