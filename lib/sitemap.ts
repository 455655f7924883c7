import { memoizeByKey } from "./cache/memo";
import { PUBLISHED_CLAIMS } from "./claims/visibility";
import { db } from "./db";
import { absoluteUrl, siteConfig, type SiteConfig } from "./site-config";
import { PUBLIC_SOURCES } from "./sources/public-sources";
import { PUBLIC_SPEAKERS } from "./speakers/public-speakers";

/**
 * URLs per sitemap file, so that every file stays under 1 MB. Next writes each URL as
 * `<url>\n<loc>…</loc>\n<lastmod>2025-11-26T12:00:00.000Z</lastmod>\n</url>\n`: 69 bytes around
 * the address. With a site URL of up to 100 characters, `/speakers/` and a slug of up to 120
 * (the longest the API accepts; slugify makes at most 80 and a suffix), that is at most 299 bytes,
 * so 3,000 URLs make at most 897 kB (about 450 kB with the slugs seen in practice). Far below
 * the protocol's own limits (50,000 URLs, 50 MB); tests/integration/public-reads.test.ts measures it.
 */
export const URLS_PER_SITEMAP = 3_000;

export type SitemapEntry = { url: string; lastModified?: Date; changeFrequency?: "hourly" | "daily" };

type Kind = "claims" | "speakers" | "sources";

/** The lists readers start from, in the sitemap file named "pages". */
const LIST_PAGES: { path: string; changeFrequency: "hourly" | "daily" }[] = [
  { path: "/", changeFrequency: "hourly" },
  { path: "/claims", changeFrequency: "hourly" },
  { path: "/speakers", changeFrequency: "daily" },
  { path: "/sources", changeFrequency: "daily" },
];

/**
 * The sitemap files there are, by id: "pages", then "claims-0", "claims-1", …, "speakers-0", …
 * and "sources-0", …. File n of a kind covers the n-th run of `perFile` rows of that kind in id
 * order, public or not, and lists the public ones among them: never more than `perFile` URLs.
 * Ids are cuids, which grow with time, so new claims land in the last file and the others
 * stay put. Counting every row is cheap; counting only the public ones would cost a pass
 * over every claim and evidence row (PostgreSQL hashes them for the sources' EXISTS).
 * Nothing is public without a published claim: then there is only "pages".
 */
export function sitemapFileIds({ perFile = URLS_PER_SITEMAP }: { perFile?: number } = {}): Promise<string[]> {
  return memoizeByKey("sitemap-file-ids", SITEMAP_TTL_MS, String, loadSitemapFileIds)(perFile);
}

/** Crawlers read sitemaps every few hours: the file list is kept a minute (a write clears it). */
const SITEMAP_TTL_MS = 60_000;

async function loadSitemapFileIds(perFile: number): Promise<string[]> {
  const [anyPublished, claims, speakers, sources] = await Promise.all([
    db.claim.findFirst({ where: PUBLISHED_CLAIMS, select: { id: true } }),
    db.claim.count(),
    db.speaker.count(),
    db.source.count(),
  ]);
  if (!anyPublished) return ["pages"];
  const files = (kind: Kind, total: number) => Array.from({ length: Math.ceil(total / perFile) }, (_, n) => `${kind}-${n}`);
  return ["pages", ...files("claims", claims), ...files("speakers", speakers), ...files("sources", sources)];
}

/** The id at a position in id order: a walk of the primary key's index alone, on either engine. */
function idAt(kind: Kind, position: number): Promise<{ id: string } | null> {
  const args = { orderBy: { id: "asc" as const }, skip: position, select: { id: true } };
  if (kind === "claims") return db.claim.findFirst(args);
  if (kind === "speakers") return db.speaker.findFirst(args);
  return db.source.findFirst(args);
}

/**
 * One sitemap file's URLs: the public rows of its run of ids (see sitemapFileIds), slug and
 * last update only, read as a range of the primary key from the run's first id to the next
 * run's. Deciding which speakers and sources are public probes each one's own claims through
 * their indexes ((claimantId | relayedFromId, workflow, …), firstAppearanceId, Evidence.sourceId).
 * Null for an id that names no file.
 */
export async function sitemapFileEntries(
  id: string,
  { perFile = URLS_PER_SITEMAP, config = siteConfig() }: { perFile?: number; config?: SiteConfig } = {},
): Promise<SitemapEntry[] | null> {
  if (id === "pages") return LIST_PAGES.map(({ path, changeFrequency }) => ({ url: absoluteUrl(path, config), changeFrequency }));
  const match = /^(claims|speakers|sources)-(0|[1-9]\d{0,5})$/.exec(id);
  if (!match) return null;
  const kind = match[1] as Kind;
  const n = Number(match[2]);
  const [first, next] = await Promise.all([idAt(kind, n * perFile), idAt(kind, (n + 1) * perFile)]);
  if (!first) return null;
  const run = next ? { gte: first.id, lt: next.id } : { gte: first.id };
  const query = { orderBy: { id: "asc" as const }, select: { id: true, slug: true, updatedAt: true } };
  let rows: { id: string; slug: string; updatedAt: Date }[];
  if (kind === "claims") rows = await db.claim.findMany({ where: { ...PUBLISHED_CLAIMS, id: run }, ...query });
  else if (kind === "speakers") rows = await db.speaker.findMany({ where: { AND: [PUBLIC_SPEAKERS, { id: run }] }, ...query });
  else {
    // PUBLIC_SOURCES' two EXISTS asked apart: joined by OR, PostgreSQL hashes every published
    // claim and evidence row for them (~300 ms at 100,000 claims) where apart it probes each
    // source's own rows (a few ms per thousand sources). A source in both is listed once.
    const [firstAppearances, cited] = await Promise.all(
      PUBLIC_SOURCES.OR.map((isPublic) => db.source.findMany({ where: { ...isPublic, id: run }, ...query })),
    );
    const byId = new Map([...firstAppearances!, ...cited!].map((row) => [row.id, row]));
    rows = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }
  return rows.map((row) => ({ url: absoluteUrl(`/${kind}/${row.slug}`, config), lastModified: row.updatedAt }));
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

/** The address Next serves a sitemap file at (app/sitemap.ts with generateSitemaps). */
export function sitemapFileUrl(id: string, config: SiteConfig = siteConfig()): string {
  return absoluteUrl(`/sitemap/${id}.xml`, config);
}

/**
 * Where the sitemap index lives (app/sitemap-index.xml/route.ts), named in robots.txt. Not
 * /sitemap.xml: with generateSitemaps, Next 16 serves the files at /sitemap/<id>.xml, answers
 * 404 at /sitemap.xml, and refuses a route of our own there (it conflicts with app/sitemap.ts).
 */
export const SITEMAP_INDEX_PATH = "/sitemap-index.xml";

/** The sitemap index: one entry per file (sitemaps.org protocol). */
export function sitemapIndexXml(ids: string[], config: SiteConfig = siteConfig()): string {
  const entries = ids.map((id) => `<sitemap>\n<loc>${escapeXml(sitemapFileUrl(id, config))}</loc>\n</sitemap>\n`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</sitemapindex>\n`;
}
