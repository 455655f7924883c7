import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { labelProblems, ZArticleLabels } from "@/lib/ingest/evaluate";

// The labelled set `npm run ingest:eval` scores: a typo in a label must fail here, not skew a score.
const DIR = path.join(__dirname, "..", "fixtures", "ingest");
const articles = readdirSync(DIR).filter((name) => name.endsWith(".txt"));

describe("tests/fixtures/ingest", () => {
  it("holds the seed article and at least ten written texts, each with its labels", () => {
    expect(articles).toContain("seed-article.txt");
    expect(articles.length).toBeGreaterThanOrEqual(11);
    const labelFiles = readdirSync(DIR).filter((name) => name.endsWith(".labels.json"));
    expect(labelFiles.sort()).toEqual(articles.map((name) => name.replace(/\.txt$/, ".labels.json")).sort());
  });

  it("holds the seed article verbatim", () => {
    const seed = readFileSync(path.join(__dirname, "..", "..", "seed", "article.txt"), "utf8");
    expect(readFileSync(path.join(DIR, "seed-article.txt"), "utf8")).toBe(seed);
  });

  it.each(articles)("%s: labels are well formed and every text is in its paragraph", (name) => {
    const raw: unknown = JSON.parse(readFileSync(path.join(DIR, name.replace(/\.txt$/, ".labels.json")), "utf8"));
    const labels = ZArticleLabels.parse(raw);
    expect(labelProblems(readFileSync(path.join(DIR, name), "utf8"), labels)).toEqual([]);
  });
});
