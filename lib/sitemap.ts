import { PUBLISHED_CLAIMS } from "./claims/visibility";
import { db } from "./db";
import { absoluteUrl } from "./site-config";

/** Every public page: the lists, each published claim, and the speakers and sources they lead to. */
export async function sitemapEntries() {
  const [claims, speakers, sources] = await Promise.all([
    db.claim.findMany({ where: PUBLISHED_CLAIMS, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    db.speaker.findMany({ where: { claims: { some: PUBLISHED_CLAIMS } }, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    db.source.findMany({
      where: { OR: [{ firstAppearances: { some: PUBLISHED_CLAIMS } }, { evidence: { some: { claim: PUBLISHED_CLAIMS } } }] },
      select: { slug: true, updatedAt: true },
      orderBy: { slug: "asc" },
    }),
  ]);
  return [
    { url: absoluteUrl("/"), changeFrequency: "hourly" as const },
    { url: absoluteUrl("/claims"), changeFrequency: "hourly" as const },
    { url: absoluteUrl("/speakers"), changeFrequency: "daily" as const },
    ...claims.map((claim) => ({ url: absoluteUrl(`/claims/${claim.slug}`), lastModified: claim.updatedAt })),
    ...speakers.map((speaker) => ({ url: absoluteUrl(`/speakers/${speaker.slug}`), lastModified: speaker.updatedAt })),
    ...sources.map((source) => ({ url: absoluteUrl(`/sources/${source.slug}`), lastModified: source.updatedAt })),
  ];
}
