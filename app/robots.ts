import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site-config";
import { SITEMAP_INDEX_PATH } from "@/lib/sitemap";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/front-page/"] }], sitemap: absoluteUrl(SITEMAP_INDEX_PATH) };
}
