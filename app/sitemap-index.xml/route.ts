import { answeringBusyWith503 } from "@/lib/db/busy";
import { sitemapFileIds, sitemapIndexXml } from "@/lib/sitemap";

export const dynamic = "force-dynamic";

/** GET /sitemap-index.xml (SITEMAP_INDEX_PATH): the sitemap index, naming each file app/sitemap.ts serves. */
export const GET = answeringBusyWith503(async function GET() {
  return new Response(sitemapIndexXml(await sitemapFileIds()), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "no-cache" },
  });
});
