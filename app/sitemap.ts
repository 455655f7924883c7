import type { MetadataRoute } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { sitemapFileEntries, sitemapFileIds } from "@/lib/sitemap";

export const dynamic = "force-dynamic";

/**
 * The sitemap files, served by Next at /sitemap/<id>.xml and listed by the index at
 * /sitemap-index.xml (app/sitemap-index.xml/route.ts). Next also calls generateSitemaps on
 * every request for a file (to 404 unknown ids) and at build time, when there may be no
 * database yet: then it gets none, and every file is built per request.
 */
export async function generateSitemaps() {
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return [];
  return (await sitemapFileIds()).map((id) => ({ id }));
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  return (await sitemapFileEntries(await id)) ?? [];
}
