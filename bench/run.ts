// `npm run bench`: build, then for each size a fresh database (migrated, seeded, synthesised),
// the production server (`npm start`: server.mjs) on it, and every row driven by autocannon. Writes bench/results/ and prints the table.
import { existsSync } from "node:fs";
import os from "node:os";
import { createPrismaClient, type DbClient } from "../lib/db";
import { resolveDatabaseTarget } from "../lib/db/target";
import { benchPostgresServer, findTargets, postgresServerVersion, prepareDatabase, type Targets } from "./lib/database";
import { addNoteActionId, countBenchNotes, noteSaveRequests, verifyNoteSave, type SaveRequest } from "./lib/editor-save";
import { runLoad } from "./lib/load";
import { measureCpu, postgresBackends } from "./lib/cpu";
import { describeMachine } from "./lib/machine";
import { parseBenchOptions, USAGE, UsageError, type BenchOptions } from "./lib/options";
import { machineLine, rowLine, sqlCell, writeReport, type BenchReport, type RowResult, type SizeResult } from "./lib/report";
import { benchRows, queryWords, sitemapRows, staticAssetPath, type QueryWords, type RowSpec } from "./lib/rows";
import { assertSameBuild, settledQueryTotal, startBenchServer, type BenchServer } from "./lib/server";
import { logIn } from "./lib/session";
import { log, runNpmScript, scriptEnv } from "./lib/steps";

/** Sequential requests before each row, after a first one; the exact statements per request are counted over them. */
const WARMUP_REQUESTS = 3;

/** The server of the size being measured, so an interrupted run does not leave it running. */
let running: BenchServer | null = null;

async function main() {
  let options: BenchOptions;
  try {
    options = parseBenchOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) console.error(`bench: ${error.message}\n`);
    console.error(USAGE);
    process.exitCode = error.message ? 2 : 0;
    return;
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping the server`);
      void (running?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
    });
  }

  const databaseServer = options.engine === "postgres" ? `PostgreSQL ${await postgresServerVersion()} at ${new URL(benchPostgresServer()).host}` : undefined;
  const machine = describeMachine(options.engine, databaseServer);
  log(`machine: ${machineLine(machine)}`);
  log(`sizes ${options.sizes.join(", ")}; ${options.duration} s per row; ${options.connections} connections`);

  if (options.skipBuild) {
    if (!existsSync(".next/BUILD_ID")) throw new Error("--skip-build needs an existing build (.next/BUILD_ID); run without it once.");
    log("build skipped (--skip-build): serving the existing .next");
  } else {
    log("build (npm run build)");
    const seconds = await runNpmScript("build", [], scriptEnv({}));
    log(`build done in ${seconds.toFixed(0)} s`);
  }

  const report: BenchReport = { startedAt: new Date().toISOString(), finishedAt: null, options, machine, sizes: [] };
  for (const size of options.sizes) {
    report.sizes.push(await benchSize(size, options));
    writeReport(report); // after every size, so a long run that fails later keeps what it measured
  }
  report.finishedAt = new Date().toISOString();
  const { markdown, files } = writeReport(report);
  console.log(`\n${markdown}`);
  log(`wrote ${files.map((file) => file.replace(`${process.cwd()}/`, "")).join(", ")}`);
}

async function benchSize(size: number, options: BenchOptions): Promise<SizeResult> {
  const say = (line: string) => log(`[${size.toLocaleString("en-US")} claims] ${line}`);
  const loadAverage = os.loadavg()[0] ?? 0;
  say(`fresh ${options.engine} database (machine load average ${loadAverage.toFixed(2)})`);
  const prepared = await prepareDatabase(options.engine, size, say);
  say(`${prepared.claims} claims (${prepared.publishedClaims} published)`);

  const db = createPrismaClient(resolveDatabaseTarget(prepared.url));
  try {
    const targets = await findTargets(db);
    say(`claim ${targets.claimSlug}; speaker ${targets.speakerSlug} (${targets.speakerPublishedClaims} published); topic ${targets.topicSlug}`);
    say("start the server (npm start: server.mjs)");
    const startedAt = Date.now();
    const server = await startBenchServer(prepared.url, size);
    running = server;
    const serverStartSeconds = (Date.now() - startedAt) / 1000;
    try {
      say(`server up at ${server.url} in ${serverStartSeconds.toFixed(1)} s (pid ${server.server.process.pid}); logging in as the editor`);
      const cookie = await logIn(server.url);
      const words = queryWords(prepared.synthesised);
      const hits = await searchHits(server.url, words);
      say(`words: ${Object.entries(hits).map(([kind, { word, hits: count }]) => `${kind} "${word}" ${count ?? "?"} hits`).join(", ")}`);
      const rows = benchRows(targets, words, staticAssetPath(), await sitemapRows(server.url));

      const results: RowResult[] = [];
      for (const [index, row] of rows.entries()) {
        const connections = row.load === "one-client" ? 1 : options.connections;
        say(`row ${index + 1}/${rows.length} ${row.label}: ${row.path} (${connections} conn${connections === 1 ? "" : "s"}, ${options.duration} s)`);
        const result = await measureRow(row, {
          server,
          cookie,
          db,
          targets,
          connections,
          options,
          staticReqPerSec: results[0]?.result?.reqPerSec ?? null,
          databaseProcesses: options.engine === "postgres" ? postgresBackends(new URL(prepared.url).pathname.slice(1)) : undefined,
        });
        results.push(result);
        say(`  → ${rowLine(result)}${result.notes.length ? `; ${result.notes.join("; ")}` : ""}`);
      }
      say(`peak server RSS ${(server.rss.peakBytes / 2 ** 20).toFixed(0)} MB`);
      const { noteClaimIds, ...shownTargets } = targets;
      const { url, ...database } = prepared; // a PostgreSQL URL holds a password: kept out of the results
      const where = options.engine === "sqlite" ? url.replace(`file:${process.cwd()}/`, "") : `PostgreSQL database ${new URL(url).pathname.slice(1)}`;
      return {
        size,
        database: { ...database, where },
        targets: { ...shownTargets, noteClaims: noteClaimIds.length },
        words: hits,
        serverStartSeconds,
        loadAverageBefore: loadAverage,
        peakRssBytes: server.rss.peakBytes,
        rows: results,
      };
    } finally {
      running = null;
      await server.stop();
    }
  } finally {
    await db.$disconnect();
  }
}

/** How many published claims each word finds, through the public API (as the search rows query them). */
async function searchHits(baseUrl: string, words: QueryWords): Promise<SizeResult["words"]> {
  const entries = await Promise.all(
    (Object.entries(words) as [keyof QueryWords, string][]).map(async ([kind, word]) => {
      const q = kind === "phrase" ? `"${word}"` : word;
      const response = await fetch(`${baseUrl}/api/v1/claims?pageSize=1&q=${encodeURIComponent(q)}`);
      const body = response.ok ? ((await response.json()) as { total?: number }) : null;
      return [kind, { word, hits: typeof body?.total === "number" ? body.total : null }] as const;
    }),
  );
  return Object.fromEntries(entries) as SizeResult["words"];
}

type RowContext = {
  server: BenchServer;
  cookie: string;
  db: DbClient;
  targets: Targets;
  connections: number;
  options: BenchOptions;
  staticReqPerSec: number | null;
  /** Database server processes whose CPU time counts as the row's own (PostgreSQL backends). */
  databaseProcesses?: () => number[];
};

async function measureRow(row: RowSpec, context: RowContext): Promise<RowResult> {
  const { server, cookie, db, targets, connections, options } = context;
  const method = row.kind === "save" ? "POST" : "GET";
  const headers: Record<string, string> = row.kind === "desk" ? { Cookie: cookie } : {};
  const base: RowResult = { ...row, method, connections, warmup: { status: 0, bodyBytes: 0 }, result: null, sqlPerRequest: null, sqlPerRequestUnderLoad: null, vsStatic: null, peakRssBytes: 0, cpu: null, notes: [] };
  if (server.server.process.exitCode !== null) throw new Error(`the server exited (${server.server.process.exitCode}):\n${server.server.output().slice(-3000)}`);
  assertSameBuild(server);

  // The editor save cycles through claims, one request each, so concurrent saves do not all queue on one claim.
  let nextRequest: (() => SaveRequest) | undefined;
  if (row.kind === "save") {
    const build = noteSaveRequests(server.url, addNoteActionId(), cookie);
    let turn = 0;
    nextRequest = () => build(targets.noteClaimIds[turn++ % targets.noteClaimIds.length]!);
    const first = targets.noteClaimIds[0]!;
    try {
      await verifyNoteSave(db, server.url, build(first), first);
      base.notes.push("one save checked first: answered “Note added.” and the claim gained the note");
    } catch (error) {
      return { ...base, error: (error as Error).message.split("\n")[0] };
    }
  }

  // A row of varied requests (a new search word each time) takes the next path in turn.
  if (row.cycle) {
    const paths = row.cycle;
    let turn = 0;
    nextRequest = () => ({ path: paths[turn++ % paths.length]!, headers, body: undefined });
  }

  // Warm-up: one request for the route's first load, then a few one at a time between two readings
  // of the server's statement total, which gives the exact statements of one request.
  const send = async () => {
    const save = nextRequest?.();
    const response = await fetch(server.url + (save?.path ?? row.path), { method, headers: save?.headers ?? headers, body: save?.body, redirect: "manual" });
    return { status: response.status, bodyBytes: (await response.arrayBuffer()).byteLength };
  };
  if (row.kind !== "save") base.warmup = await send(); // the save's check above was its first request
  const quietBefore = await settledQueryTotal(server.queryTotalFile);
  for (let attempt = 0; attempt < WARMUP_REQUESTS; attempt++) {
    const answer = await send();
    if (row.kind === "save" && attempt === 0) base.warmup = answer;
  }
  const before = await settledQueryTotal(server.queryTotalFile);
  base.sqlPerRequest = (before - quietBefore) / WARMUP_REQUESTS;
  if (base.warmup.status < 200 || base.warmup.status >= 300) base.notes.push(`warm-up answered HTTP ${base.warmup.status}`);

  const notesBefore = row.kind === "save" ? await countBenchNotes(db) : 0;
  server.rss.resetWindow();
  const cpu = measureCpu(server.server.process.pid!, context.databaseProcesses);
  const result = await runLoad({ baseUrl: server.url, path: row.path, method, headers, connections, durationSeconds: options.duration, nextRequest });
  base.cpu = cpu.stop();
  assertSameBuild(server);
  const after = await settledQueryTotal(server.queryTotalFile);
  base.peakRssBytes = server.rss.windowPeakBytes;

  // Requests still in flight when the time is up are finished by the server or dropped unstarted,
  // so under load the statements per request lie between total/sent and total/answered.
  const underLoad = {
    perSent: result.sent > 0 ? (after - before) / result.sent : null,
    perAnswered: result.requests > 0 ? (after - before) / result.requests : null,
  };
  base.sqlPerRequestUnderLoad = underLoad;
  if (sqlCell(base).endsWith("†")) {
    base.notes.push(`${base.sqlPerRequest?.toFixed(1)} statements per request one at a time, ${sqlCell(base).slice(0, -1)} under load`);
  }
  if (row.kind === "save") {
    const written = (await countBenchNotes(db)) - notesBefore;
    base.notes.push(`${written} notes written for ${result.sent} saves sent (${result.requests - result.non2xx} answered 2xx before the time was up)`);
  }
  const codes = Object.entries(result.statusCodes).filter(([code]) => !code.startsWith("2"));
  if (codes.length) base.notes.push(`status codes ${codes.map(([code, count]) => `${code} ×${count}`).join(", ")}`);
  return {
    ...base,
    result,
    vsStatic: row.kind === "static" ? 1 : context.staticReqPerSec ? result.reqPerSec / context.staticReqPerSec : null,
  };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `bench: ${error.message}` : error);
  void (running?.stop() ?? Promise.resolve()).finally(() => {
    process.exitCode = 1;
  });
});
