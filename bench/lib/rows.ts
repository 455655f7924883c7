// What each size is measured on: one row per address, in the order they run.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { SYNTH_QUERY_WORDS } from "../../seed/synth/vocabulary";
import { SYNTH_FUNCTION_WORDS, SYNTH_WORDS } from "../../seed/synth/words";
import type { Targets } from "./database";

export type QueryWords = { common: string; rare: string; absent: string; phrase: string };

/**
 * The synthesiser plants its marker words at known rates; a database that was only seeded
 * (a size at or below the seed's claim count) is searched with words of the seed article.
 */
export const SEED_ARTICLE_WORDS: QueryWords = { common: "plan", rare: "donbas", absent: "xylophone", phrase: "peace plan" };

export function queryWords(synthesised: boolean): QueryWords {
  return synthesised ? { ...SYNTH_QUERY_WORDS } : SEED_ARTICLE_WORDS;
}

export type RowKind = "static" | "public" | "desk" | "save";

export type RowSpec = {
  id: string;
  label: string;
  path: string;
  kind: RowKind;
  /** "loaded" rows use --connections; "one-client" rows use 1. */
  load: "loaded" | "one-client";
  /**
   * When set, each request takes the next of these paths in turn instead of `path` (shown as
   * the row's address): a search for a different word every time, which no cache can answer.
   */
  cycle?: string[];
};

/**
 * Words readers might search for, each its own query: the synthesiser's vocabulary without its
 * function words ("the", "of", …), which come first. Long enough that no word comes round again
 * within a few seconds at the rates measured, so every request is a search not yet answered.
 */
export function variedSearchWords(): string[] {
  const functionWords = new Set(SYNTH_FUNCTION_WORDS);
  return SYNTH_WORDS.filter((word) => !functionWords.has(word));
}

/** The stylesheet every page links (else the first script chunk): a file the server serves from disk. */
export function staticAssetPath(distDir = ".next"): string {
  const chunks = path.join(distDir, "static", "chunks");
  const files = readdirSync(chunks)
    .filter((name) => statSync(path.join(chunks, name)).isFile())
    .sort();
  const pick = files.find((name) => name.endsWith(".css")) ?? files.find((name) => name.endsWith(".js"));
  if (!pick) throw new Error(`No static chunk under ${chunks}; is there a build?`);
  return `/_next/static/chunks/${pick}`;
}

const q = (value: string) => encodeURIComponent(value);

export function benchRows(targets: Targets, words: QueryWords, staticPath: string, sitemapPaths: { label: string; path: string }[]): RowSpec[] {
  const loaded = (id: string, label: string, rowPath: string, kind: RowKind): RowSpec => ({ id, label, path: rowPath, kind, load: "loaded" });
  const oneClient = (id: string, label: string, rowPath: string, kind: RowKind): RowSpec => ({ id, label, path: rowPath, kind, load: "one-client" });
  const search = `/claims?q=${q(words.common)}`;
  const api = `/api/v1/claims?q=${q(words.common)}`;
  const deskSearch = `/admin/claims?q=${q(words.common)}`;
  const varied = variedSearchWords();
  const variedRow = (id: string, label: string, prefix: string, kind: RowKind): RowSpec => ({
    ...loaded(id, label, `${prefix}<a different word each request>`, kind),
    cycle: varied.map((word) => `${prefix}${q(word)}`),
  });
  return [
    loaded("static", "static asset (ceiling)", staticPath, "static"),
    loaded("home", "home", "/", "public"),
    loaded("claim", "claim page", `/claims/${targets.claimSlug}`, "public"),
    loaded("claims", "claim list", "/claims", "public"),
    loaded("search-common", "search, common word", search, "public"),
    loaded("search-rare", "search, rare word", `/claims?q=${q(words.rare)}`, "public"),
    loaded("search-absent", "search, no hits", `/claims?q=${q(words.absent)}`, "public"),
    loaded("search-phrase", "search, phrase", `/claims?q=${q(`"${words.phrase}"`)}`, "public"),
    loaded("filtered", "filtered list", `/claims?verification=DISPUTED&topic=${targets.topicSlug}`, "public"),
    loaded("speaker", "biggest speaker", `/speakers/${targets.speakerSlug}`, "public"),
    loaded("api-search", "API search", api, "public"),
    variedRow("search-varied", "search, a new word each time", "/claims?q=", "public"),
    variedRow("api-search-varied", "API search, a new word each time", "/api/v1/claims?q=", "public"),
    loaded("feed", "Atom feed", "/feed.xml", "public"),
    ...sitemapPaths.map((sitemap, index) => loaded(`sitemap-${index}`, sitemap.label, sitemap.path, "public")),
    loaded("desk-dashboard", "desk dashboard", "/admin", "desk"),
    loaded("desk-claims", "desk claim list", "/admin/claims", "desk"),
    loaded("desk-search", "desk search", deskSearch, "desk"),
    variedRow("desk-search-varied", "desk search, a new word each time", "/admin/claims?q=", "desk"),
    oneClient("search-common-1", "search, common word", search, "public"),
    oneClient("api-search-1", "API search", api, "public"),
    oneClient("desk-claims-1", "desk claim list", "/admin/claims", "desk"),
    oneClient("desk-search-1", "desk search", deskSearch, "desk"),
    // Last: its notes and audit events would otherwise grow what the desk rows read.
    loaded("editor-save", "editor save (add a note)", "/admin/claims/[id]", "save"),
  ];
}

/**
 * The sitemap rows: the sitemap robots.txt names (else /sitemap.xml), and when that is an index,
 * its first file too; with no sitemap at either address, Next's first numbered file.
 */
export async function sitemapRows(baseUrl: string): Promise<{ label: string; path: string }[]> {
  const robots = await fetch(`${baseUrl}/robots.txt`);
  const named = robots.ok ? /^sitemap:\s*(\S+)/im.exec(await robots.text())?.[1] : undefined;
  const candidates = [...new Set([...(named ? [new URL(named, baseUrl).pathname] : []), "/sitemap.xml"])];
  for (const candidate of candidates) {
    const response = await fetch(baseUrl + candidate);
    const text = await response.text();
    if (!response.ok) continue;
    if (!text.includes("<sitemapindex")) return [{ label: "sitemap", path: candidate }];
    const first = /<loc>\s*([^<\s]+)\s*<\/loc>/.exec(text)?.[1];
    const rows = [{ label: "sitemap index", path: candidate }];
    if (first) rows.push({ label: "sitemap, first file", path: new URL(first, baseUrl).pathname });
    return rows;
  }
  const numbered = await fetch(`${baseUrl}/sitemap/0.xml`);
  await numbered.arrayBuffer();
  if (numbered.ok) return [{ label: "sitemap, first file", path: "/sitemap/0.xml" }];
  return [{ label: "sitemap", path: candidates[0]! }];
}
