// The results: one JSON document per run and the markdown table printed at the end.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PreparedDatabase, Targets } from "./database";
import type { LoadResult } from "./load";
import type { Machine } from "./machine";
import type { BenchOptions } from "./options";
import type { QueryWords, RowSpec } from "./rows";

export const RESULTS_DIR = path.resolve("bench/results");

export type RowResult = RowSpec & {
  method: "GET" | "POST";
  connections: number;
  /** HTTP status of the first warm-up request, and its body size (decoded). */
  warmup: { status: number; bodyBytes: number };
  result: LoadResult | null;
  /**
   * Statements of one request: the server's total before and after the sequential warm-up
   * requests, divided by their number.
   */
  sqlPerRequest: number | null;
  /** The server's total over the loaded row, per request sent and per request answered (a bracket: see run.ts). */
  sqlPerRequestUnderLoad: { perSent: number | null; perAnswered: number | null } | null;
  /** This row's req/s over the static asset's. */
  vsStatic: number | null;
  peakRssBytes: number;
  /** Cores kept busy during the load: by other processes on the machine, and by the bench, the server and its database. */
  cpu: { otherCores: number; ownCores: number } | null;
  notes: string[];
  error?: string;
};

export type SizeResult = {
  size: number;
  database: Omit<PreparedDatabase, "url"> & { where: string };
  targets: Omit<Targets, "noteClaimIds"> & { noteClaims: number };
  words: Record<keyof QueryWords, { word: string; hits: number | null }>;
  serverStartSeconds: number;
  /** The machine's one-minute load average before the database was made. */
  loadAverageBefore: number;
  peakRssBytes: number;
  rows: RowResult[];
};

export type BenchReport = {
  startedAt: string;
  finishedAt: string | null;
  options: BenchOptions;
  machine: Machine;
  sizes: SizeResult[];
};

const number = (value: number, digits = 0) =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mb = (bytes: number) => (bytes >= 10 * 2 ** 20 ? `${number(bytes / 2 ** 20)} MB` : `${number(bytes / 2 ** 20, 1)} MB`);
const ms = (value: number) => (value >= 100 ? number(value) : number(value, 1));
const size = (bytes: number) => (bytes >= 10_240 ? `${number(bytes / 1024)} kB` : `${number(bytes)} B`);

export function machineLine(machine: Machine): string {
  return (
    `${machine.cpu}, ${machine.cores} cores, ${number(machine.ramGiB, 1)} GiB RAM; Node ${machine.node}; Next.js ${machine.next}; ` +
    `engine ${machine.engine}${machine.databaseServer ? ` (${machine.databaseServer})` : ""}; ${machine.os}; commit ${machine.commit}`
  );
}

export function rowLine(row: RowResult): string {
  if (!row.result) return `failed: ${row.error ?? "no result"}`;
  const r = row.result;
  const errors = r.non2xx + r.socketErrors;
  return (
    `${number(r.reqPerSec, 1)} req/s, p50 ${ms(r.latencyMs.p50)} ms, p99 ${ms(r.latencyMs.p99)} ms, ` +
    `${errors} errors, ${r.timeouts} timeouts, ${size(r.bytesPerResponse)}/resp, ` +
    `${sqlCell(row)} SQL/req`
  );
}

/**
 * The statements of one request when the loaded row agrees with it (its total lies between
 * per-request-sent and per-response), else what the load measured, marked †: caches make
 * requests under load cheaper (or a miss one at a time dearer) than one request alone.
 */
export function sqlCell(row: RowResult): string {
  const alone = row.sqlPerRequest;
  const { perSent = null, perAnswered = null } = row.sqlPerRequestUnderLoad ?? {};
  if (perSent === null || perAnswered === null) return alone === null ? "—" : number(alone, 1);
  if (alone !== null && alone >= perSent - 0.05 && alone <= perAnswered + 0.05) return number(alone, 1);
  const low = number(perSent, 1);
  const high = number(perAnswered, 1);
  return `${low === high ? low : `${low}–${high}`}†`;
}

function sizeTable(result: SizeResult, cores: number): string {
  const lines: string[] = [];
  const db = result.database;
  lines.push(
    `## ${number(result.size)} claims`,
    "",
    `${number(db.claims)} claims in the database (${number(db.publishedClaims)} published${db.synthesised ? "" : ", seed only"}), ` +
      `${db.where}${db.sizeBytes === null ? "" : `, ${mb(db.sizeBytes)}`}. ` +
      `Loaded in ${number(db.seconds.migrate + db.seconds.seed + (db.seconds.synth ?? 0), 1)} s` +
      `${db.seconds.synth === null ? "" : ` (synthesis ${number(db.seconds.synth, 1)} s)`}. ` +
      `**Peak server RSS ${mb(result.peakRssBytes)}** (the server process and its children, sampled every 200 ms).`,
    "",
    `Words: ${Object.entries(result.words)
      .map(([kind, { word, hits }]) => `${kind} "${word}" (${hits === null ? "?" : number(hits)} hits)`)
      .join(", ")}. ` +
      `Biggest speaker: ${result.targets.speakerSlug} (${number(result.targets.speakerPublishedClaims)} published claims); ` +
      `topic ${result.targets.topicSlug} (${number(result.targets.topicDisputedClaims)} disputed).`,
    "",
    "| row | request | conns | req/s | p50 ms | p99 ms | errors | timeouts | vs static | bytes/resp | SQL/req |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  );
  for (const row of result.rows) {
    const r = row.result;
    const request = `\`${row.method === "POST" ? "POST " : ""}${row.path}\``;
    if (!r) {
      lines.push(`| ${row.label} | ${request} | ${row.connections} | failed: ${row.error ?? "?"} | | | | | | | |`);
      continue;
    }
    lines.push(
      `| ${row.label} | ${request} | ${row.connections} | ${number(r.reqPerSec, 1)} | ${ms(r.latencyMs.p50)} | ${ms(r.latencyMs.p99)} | ` +
        `${number(r.non2xx + r.socketErrors)} | ${number(r.timeouts)} | ${row.vsStatic === null ? "—" : `${number(row.vsStatic * 100, 1)}%`} | ` +
        `${size(r.bytesPerResponse)} | ${sqlCell(row)} |`,
    );
  }
  const busy = result.rows.filter((row) => row.cpu).sort((a, b) => b.cpu!.otherCores - a.cpu!.otherCores)[0];
  if (busy?.cpu) {
    const shared = busy.cpu.otherCores >= 0.25;
    lines.push(
      "",
      `${shared ? "**Shared machine:** " : ""}other processes kept at most ${number(busy.cpu.otherCores, 2)} of ${cores} cores busy during a row ` +
        `(${busy.label}${busy.connections === 1 ? ", one client" : ""})${shared ? "; rows run beside them are understated" : ""}.`,
    );
  }
  const notes = result.rows.flatMap((row) => row.notes.map((note) => `${row.label}${row.connections === 1 ? " (one client)" : ""}: ${note}`));
  if (notes.length) lines.push("", ...notes.map((note) => `- ${note}`));
  return lines.join("\n");
}

export function markdownReport(report: BenchReport): string {
  const { options } = report;
  return [
    `# ClaimDesk bench: ${report.machine.engine}, ${report.startedAt.slice(0, 10)}`,
    "",
    `Machine: ${machineLine(report.machine)}.`,
    "",
    `Each row: autocannon for ${options.duration} s with ${options.connections} connections (1 for the one-client rows), ` +
      "after 4 warm-up requests, against the server `npm start` runs (server.mjs) on the same machine (autocannon shares its cores). req/s and latency " +
      "count the responses received within the time. Errors are non-2xx answers plus socket errors; timeouts (no answer " +
      "within 10 s) are counted apart. Bytes per response include headers, uncompressed. SQL/req is the server's running " +
      "statement total (lib/db/query-count.ts) over 3 requests sent one at a time before the row, divided by 3, when the " +
      "loaded row agrees (its total per request sent ≤ that ≤ its total per response: requests in flight when the time is up " +
      "are finished or dropped); † marks rows where it does not (a cache), and shows the loaded row's figures instead. " +
      "The editor save posts the claim " +
      "editor's “Add note” server action as the browser does, cycling through published claims.",
    "",
    ...report.sizes.map((result) => sizeTable(result, report.machine.cores)).flatMap((table) => [table, ""]),
  ].join("\n");
}

/** Writes bench/results/<date>-<engine>.json and .md, and latest-<engine>.md; returns the markdown. */
export function writeReport(report: BenchReport): { markdown: string; files: string[] } {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stem = `${report.startedAt.slice(0, 10)}-${report.machine.engine}`;
  const markdown = markdownReport(report);
  const files = [path.join(RESULTS_DIR, `${stem}.json`), path.join(RESULTS_DIR, `${stem}.md`), path.join(RESULTS_DIR, `latest-${report.machine.engine}.md`)];
  writeFileSync(files[0]!, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(files[1]!, markdown);
  writeFileSync(files[2]!, markdown);
  return { markdown, files };
}
