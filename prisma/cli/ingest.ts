// `npm run ingest -- --json FILE`: print the candidate claims the extractor finds in FILE (no database).
// `npm run ingest -- FILE --title … --outlet … [--url …] [--published YYYY-MM-DD]`: store FILE as a
// source and its candidates as DRAFT claims (lib/ingest/ingest-article.ts).
import { readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { PRINTED_FIELDS, type Candidate } from "../../lib/ingest/candidate";
import { extractCandidates } from "../../lib/ingest/extract";
import { ZArticleText } from "../../lib/ingest/ingest-input";
import { MAX_ARTICLE_CHARS } from "../../lib/ingest/limits";
import { loadEnvFiles } from "../../lib/load-env-files";
import type { Failure } from "../../lib/result";
import { runCli } from "../../lib/run-cli";

const USAGE = `Usage:
  npm run ingest -- --json FILE
      Prints the quotes and attributed figures found in FILE (UTF-8 text) as JSON; changes nothing.
  npm run ingest -- FILE --title "…" --outlet "…" [--url https://…] [--published YYYY-MM-DD]
      Stores FILE as a news-article source and each candidate with a speaker as a DRAFT claim
      anchored to its passage. The same text again creates nothing new.`;

/** Bytes read at most: a file this large cannot hold an article of MAX_ARTICLE_CHARS characters or fewer. */
const MAX_FILE_BYTES = MAX_ARTICLE_CHARS * 4;

function fail(message: string, code = 1): void {
  console.error(message);
  process.exitCode = code;
}

function readArticle(file: string): string | null {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    fail(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}.`);
    return null;
  }
  if (size > MAX_FILE_BYTES) {
    fail(`${file} is too large: ${size.toLocaleString("en")} bytes, and an article may have at most ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters.`);
    return null;
  }
  return new TextDecoder("utf-8").decode(readFileSync(file));
}

/** Each field error beside what the user typed: the file for the text, the option otherwise. */
function printFailure(failure: Failure, file: string): void {
  const where = (field: string) => (field === "text" ? `${file}: ` : field ? `--${field}: ` : "");
  const lines = Object.entries(failure.fieldErrors ?? {}).map(([field, messages]) => `${where(field)}${messages.join(" ")}`);
  fail(lines.length > 0 ? lines.join("\n") : failure.message);
}

const printed = (candidate: Candidate) => Object.fromEntries(PRINTED_FIELDS.map((field) => [field, candidate[field]]));

async function main() {
  let args;
  try {
    args = parseArgs({
      options: {
        json: { type: "boolean" },
        title: { type: "string" },
        outlet: { type: "string" },
        url: { type: "string" },
        published: { type: "string" },
        help: { type: "boolean" },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
  const { values, positionals } = args;
  if (values.help) return console.log(USAGE);
  const [file, ...rest] = positionals;
  if (!file || rest.length > 0) return fail(USAGE, 2);
  const raw = readArticle(file);
  if (raw === null) return;

  if (values.json) {
    // Nothing but the JSON on stdout, and no database: the extractor alone.
    const text = ZArticleText.safeParse(raw);
    if (!text.success) return fail(`${file}: ${text.error.issues.map((issue) => issue.message).join(" ")}`);
    console.log(JSON.stringify({ candidates: extractCandidates(text.data).map(printed) }));
    return;
  }

  loadEnvFiles();
  // Imported only now: the database module opens DATABASE_URL as loaded from .env.
  const { ingestArticleFromCommandLine } = await import("../../lib/ingest/ingest-article");
  const { db } = await import("../../lib/db");
  try {
    console.log(`Reading ${file} (${raw.length.toLocaleString("en")} characters)`);
    const result = await ingestArticleFromCommandLine(
      { text: raw, title: values.title, outlet: values.outlet, url: values.url, published: values.published },
      (progress) => {
        if (progress.step === "candidates") {
          const skipping = progress.withoutSpeaker > 0 ? `; ${progress.withoutSpeaker} without a speaker will be skipped` : "";
          console.log(`Found ${progress.found} candidates (${progress.quotes} quotes, ${progress.figures} figures)${skipping}`);
        } else if (progress.step === "speakers") {
          const close = progress.closeSpelling > 0 ? ` (${progress.closeSpelling} by a close spelling: check them)` : "";
          console.log(`Matching speakers: ${progress.existing} in the desk${close}, ${progress.new} new`);
        } else if (progress.step === "source") {
          console.log(progress.created ? `Creating source “${progress.title}”` : `Source already stored: “${progress.title}”`);
        } else if (progress.done === progress.total || progress.done % Math.ceil(progress.total / 10) === 0) {
          // About ten lines, however many claims.
          console.log(`  claims ${progress.done}/${progress.total}`);
        }
      },
    );
    if (!result.ok) return printFailure(result, file);
    const withoutSpeaker = result.withoutSpeaker > 0 ? `, ${result.withoutSpeaker} without a speaker left out` : "";
    console.log(
      `Done: created ${result.claimIds.length} draft claims and ${result.speakersCreated} speakers; skipped ${result.skipped} already drafted${withoutSpeaker}. Source: ${result.source.slug}`,
    );
  } finally {
    await db.$disconnect();
  }
}

runCli(main, "Has the database been migrated? Run `npm run db:migrate` first.");
