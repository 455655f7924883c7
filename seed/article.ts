import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { utcDay } from "../lib/text/relative-date";

/**
 * The news article ClaimDesk is seeded from, kept verbatim in seed/article.txt.
 *
 * The article carries no date. Its photo caption dates a meeting "Thursday, Nov. 20, 2025", the
 * events it reports happened "Tuesday" (so 25 Nov 2025, the first Tuesday after that), and its
 * dateline is a "Morning Edition": we take it as published Wednesday 26 Nov 2025, and mark that
 * date as inferred. Every "Tuesday" in the article is resolved against it.
 */
export const SEED_ARTICLE = {
  slug: "newslooks-trump-sends-envoys-moscow-kyiv",
  title: "Trump Sends Envoys to Moscow and Kyiv for Peace Talks",
  publisher: "Newslooks",
  byline: "J. Mansour",
  dateline: "WASHINGTON",
  datelineCity: "Washington",
  publishedAt: utcDay("2025-11-26"),
  /** Shown to readers on the article's source page. */
  publishedAtNote:
    "The article carries no date. We date it Wednesday 26 Nov 2025: its photo caption dates a meeting Thursday 20 Nov 2025, it reports events of \"Tuesday\" (25 Nov) and it ran as a \"Morning Edition\".",
} as const;

export const SEED_ARTICLE_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "article.txt");

export function readSeedArticle(): string {
  return readFileSync(SEED_ARTICLE_FILE, "utf8");
}
