// `npm run ingest:eval`: scores extractCandidates on a labelled set (tests/fixtures/ingest/ unless
// --dir says otherwise) and prints the issue's measures per article and overall against its
// targets. A measurement, not a test: it exits 0 whatever the scores (2 for unusable input).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Candidate } from "../lib/ingest/candidate";
import {
  addCounts,
  articleParagraphs,
  checkTargets,
  labelProblems,
  metricsOf,
  scoreArticle,
  ZArticleLabels,
  type ArticleScore,
  type Counts,
  type TArticleLabels,
  type TLabel,
} from "../lib/ingest/evaluate";
import { extractCandidates } from "../lib/ingest/extract";

const USAGE = `npm run ingest:eval -- [--dir DIR] [--verbose] [--runs 7]

  --dir      a folder of <name>.txt articles, each with <name>.labels.json (default tests/fixtures/ingest)
  --verbose  list each missed label, false positive and wrong speaker, with what was found instead
  --runs     timed rounds over all articles after a warm-up round; each article's median is reported (default 7)`;

const DEFAULT_DIR = fileURLToPath(new URL("../tests/fixtures/ingest", import.meta.url));

/** Bad flags: the message and the usage. */
class UsageError extends Error {}
/** A folder or labels file that cannot be scored: the message alone. */
class InputError extends Error {}

type Options = { dir: string; verbose: boolean; runs: number };

function parseOptions(argv: string[]): Options {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        dir: { type: "string", default: DEFAULT_DIR },
        verbose: { type: "boolean", short: "v", default: false },
        runs: { type: "string", default: "7" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) throw new UsageError("");
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs takes a whole number above 0 (got "${values.runs}")`);
  return { dir: path.resolve(values.dir), verbose: values.verbose, runs };
}

type Article = { name: string; text: string; labels: TArticleLabels };

/** Every article of the folder with its labels, refusing labels that do not fit their text. */
function loadArticles(dir: string): Article[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(".txt")).sort();
  } catch {
    throw new InputError(`cannot read the folder ${dir}`);
  }
  if (names.length === 0) throw new InputError(`no .txt articles in ${dir}`);
  return names.map((file) => {
    const name = file.replace(/\.txt$/, "");
    const labelsFile = path.join(dir, `${name}.labels.json`);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(labelsFile, "utf8"));
    } catch (error) {
      throw new InputError(`${labelsFile}: ${(error as Error).message}`);
    }
    const parsed = ZArticleLabels.safeParse(raw);
    if (!parsed.success) throw new InputError(`${labelsFile}: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
    const text = readFileSync(path.join(dir, file), "utf8");
    const problems = labelProblems(text, parsed.data);
    if (problems.length) throw new InputError(`${labelsFile}:\n  ${problems.join("\n  ")}`);
    return { name, text, labels: parsed.data };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Milliseconds per call of each article: the median of `runs` rounds over all articles, after a
 * warm-up round (which also loads the model). Rounds rather than one article's runs in a row, so a
 * moment of load on a shared machine spreads over all articles instead of landing on one.
 */
function timeArticles(articles: Article[], runs: number): number[] {
  for (const article of articles) extractCandidates(article.text);
  const times = articles.map((): number[] => []);
  for (let run = 0; run < runs; run++) {
    articles.forEach((article, i) => {
      const started = performance.now();
      extractCandidates(article.text);
      times[i]!.push(performance.now() - started);
    });
  }
  return times.map(median);
}

const cell = (value: number | null) => (value === null ? "–" : value.toFixed(2));
const clip = (text: string, length = 90) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);
const who = (speaker: string | null) => speaker ?? "(no one)";

function tableRow(columns: (string | number)[]): string {
  const widths = [34, 7, 5, 5, 5, 6, 7, 5, 6];
  return columns.map((column, i) => (i === 0 ? String(column).padEnd(widths[i]!) : String(column).padStart(widths[i]!))).join(" ");
}

function scoreRow(name: string, score: Counts, ms: number): string {
  const metrics = metricsOf(score);
  return tableRow([
    clip(name, 34),
    `${score.quoteLabels}/${score.quoteCandidates}`,
    cell(metrics.precision),
    cell(metrics.recall),
    cell(metrics.speakerAccuracy),
    cell(metrics.endToEndF1),
    `${score.figureLabels}/${score.figureCandidates}`,
    cell(metrics.figureRecall),
    ms.toFixed(1),
  ]);
}

/** Why each label was missed, and what the extractor found in that paragraph instead. */
function printDetails(article: Article, candidates: Candidate[], score: ArticleScore): void {
  const paragraphs = articleParagraphs(article.text);
  const inParagraph = (kind: Candidate["kind"], label: TLabel) =>
    candidates.filter((candidate) => candidate.kind === kind && candidate.paragraph === label.paragraph);
  const lines: string[] = [];
  for (const label of score.missedQuotes) {
    lines.push(`  missed quote  ¶${label.paragraph} "${clip(label.text)}" — ${who(label.speaker)}`);
    const found = inParagraph("quote", label);
    if (found.length === 0) lines.push(`      found no quote there: ${clip(paragraphs[label.paragraph] ?? "", 100)}`);
    for (const candidate of found) lines.push(`      found "${clip(candidate.text)}" — ${who(candidate.speaker)}`);
  }
  for (const { label, candidate } of score.wrongSpeakers) {
    lines.push(`  wrong speaker ¶${label.paragraph} "${clip(label.text, 60)}": expected ${who(label.speaker)}, got ${who(candidate.speaker)}`);
  }
  for (const candidate of score.falseQuotes) {
    lines.push(`  not a quote   ¶${candidate.paragraph} "${clip(candidate.text)}" — ${who(candidate.speaker)}`);
  }
  for (const label of score.missedFigures) {
    lines.push(`  missed figure ¶${label.paragraph} "${clip(label.text)}" — ${who(label.speaker)}`);
    for (const candidate of inParagraph("figure", label)) lines.push(`      found "${clip(candidate.text)}"`);
  }
  if (lines.length) console.log(`${article.name}\n${lines.join("\n")}`);
}

function main(options: Options): void {
  const articles = loadArticles(options.dir);
  const coldStart = performance.now();
  extractCandidates(articles[0]!.text);
  const coldMs = performance.now() - coldStart;

  const msPerCall = timeArticles(articles, options.runs);
  const results = articles.map((article, i) => {
    const candidates = extractCandidates(article.text);
    return { article, candidates, ms: msPerCall[i]!, score: scoreArticle(candidates, article.labels) };
  });

  console.log(`Scoring ${articles.length} articles in ${path.relative(process.cwd(), options.dir) || "."} (ms: median of ${options.runs} warm runs each)\n`);
  console.log(tableRow(["article", "quotes", "P", "R", "spk", "E2E F1", "figs", "fig R", "ms"]));
  for (const { article, score, ms } of results) console.log(scoreRow(article.name, score, ms));
  const total = addCounts(results.map((result) => result.score));
  const msPerArticle = results.reduce((sum, result) => sum + result.ms, 0) / results.length;
  console.log(scoreRow("overall (micro-averaged)", total, msPerArticle));
  console.log(`\nquotes: labels/candidates; figs: labels/figure candidates; ms: median per article (mean over articles; slowest ${Math.max(...results.map((result) => result.ms)).toFixed(1)} ms; first, cold call ${coldMs.toFixed(0)} ms)\n`);

  console.log("Targets (on real wire articles the extractor has not seen):");
  for (const check of checkTargets(metricsOf(total), msPerArticle)) {
    const value = check.value === null ? "–" : check.name === "ms per article" ? check.value.toFixed(1) : check.value.toFixed(3);
    console.log(`  ${check.pass ? "pass" : "FAIL"}  ${check.name.padEnd(17)} ${value.padStart(6)}  (target ${check.target})`);
  }

  if (options.verbose) {
    console.log("");
    for (const { article, candidates, score } of results) printDetails(article, candidates, score);
  }
}

try {
  main(parseOptions(process.argv.slice(2)));
} catch (error) {
  if (error instanceof InputError) {
    console.error(`ingest:eval: ${error.message}`);
    process.exitCode = 2;
  } else if (error instanceof UsageError) {
    if (error.message) console.error(`ingest:eval: ${error.message}\n`);
    console.error(USAGE);
    process.exitCode = error.message ? 2 : 0;
  } else {
    throw error;
  }
}
