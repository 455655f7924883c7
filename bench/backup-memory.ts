// `npm run bench:backup`: for each size, a SQLite database synthesised to N claims, then the data
// commands as an operator runs them (`npm run db:export`, `db:backup`, `db:import` into an empty
// SQLite file and, with --postgres, into an empty PostgreSQL database, and an export back out of it),
// each timed and its peak resident memory taken from the kernel. Memory must not grow with N.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { BENCH_DATA_DIR, benchPostgresServer, prepareDatabase } from "./lib/database";
import { describeMachine } from "./lib/machine";
import { machineLine, RESULTS_DIR } from "./lib/report";
import { log, runNpmScript, scriptEnv } from "./lib/steps";

const USAGE = `npm run bench:backup -- [--sizes 10000,100000] [--postgres] [--heap-mb N]

  --sizes     claims per database, comma-separated (default 10000,100000)
  --postgres  also import into, and export from, a fresh PostgreSQL database on BENCH_POSTGRES_URL
              (default postgresql://claimdesk_test:claimdesk_test@127.0.0.1:5432/postgres)
  --heap-mb   run every step with its JavaScript heap capped at N MB (--max-old-space-size): a step
              whose memory grows with the rows runs out and fails`;

const PEAK_RSS_PRELOAD = pathToFileURL(path.resolve("bench/lib/peak-rss.mjs")).href;

type Options = { sizes: number[]; postgres: boolean; heapMb: number | null };
type Step = { size: number; step: string; seconds: number; peakRssMiB: number; note: string };

function parseOptions(): Options | null {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "10000,100000" },
      postgres: { type: "boolean", default: false },
      "heap-mb": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return null;
  }
  const whole = (value: string) => {
    const number = Number(value.replace(/k$/i, "000").replaceAll("_", ""));
    if (!Number.isInteger(number) || number < 1) throw new Error(`not a whole number above 0: "${value}"\n\n${USAGE}`);
    return number;
  };
  return {
    sizes: values.sizes.split(",").filter(Boolean).map(whole),
    postgres: values.postgres,
    heapMb: values["heap-mb"] ? whole(values["heap-mb"]) : null,
  };
}

/**
 * Runs one npm script and returns its time and the highest peak RSS of the Node processes it ran
 * (npm, tsx's launcher and the command itself, each measured alone: the command's is the figure).
 */
async function measured(script: string, args: string[], databaseUrl: string, options: Options): Promise<{ seconds: number; peakRssMiB: number }> {
  const records = path.join(BENCH_DATA_DIR, `peak-rss-${process.pid}.jsonl`);
  rmSync(records, { force: true });
  const nodeOptions = [process.env.NODE_OPTIONS, `--import=${PEAK_RSS_PRELOAD}`, options.heapMb ? `--max-old-space-size=${options.heapMb}` : ""];
  const env = scriptEnv({ DATABASE_URL: databaseUrl, CLAIMDESK_PEAK_RSS_FILE: records, NODE_OPTIONS: nodeOptions.filter(Boolean).join(" ") });
  const seconds = await runNpmScript(script, args, env);
  const peaks = readFileSync(records, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { maxRssKiB: number }).maxRssKiB);
  rmSync(records, { force: true });
  return { seconds, peakRssMiB: Math.max(...peaks) / 1024 };
}

async function onPostgresServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: benchPostgresServer() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new, migrated, empty database to import into: its DATABASE_URL. */
async function emptyDatabase(engine: "sqlite" | "postgres", size: number): Promise<string> {
  let url: string;
  if (engine === "sqlite") {
    const file = path.join(BENCH_DATA_DIR, `import-${size}.db`);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
    url = `file:${file}`;
  } else {
    const name = `claimdesk_bench_import_${size}`;
    await onPostgresServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await onPostgresServer(`CREATE DATABASE "${name}"`);
    const server = new URL(benchPostgresServer());
    server.pathname = `/${name}`;
    url = server.toString();
  }
  await runNpmScript("db:migrate", [], scriptEnv({ DATABASE_URL: url }));
  return url;
}

const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

async function benchSize(size: number, options: Options): Promise<Step[]> {
  const say = (line: string) => log(`[${size.toLocaleString("en-US")} claims] ${line}`);
  const steps: Step[] = [];
  const record = (step: string, result: { seconds: number; peakRssMiB: number }, note = "") => {
    steps.push({ size, step, ...result, note });
    say(`${step}: ${result.seconds.toFixed(1)} s, peak RSS ${Math.round(result.peakRssMiB)} MB`);
  };

  say(`fresh SQLite database (load average ${os.loadavg()[0]!.toFixed(2)})`);
  const source = await prepareDatabase("sqlite", size, say);
  const sourceFile = source.url.slice("file:".length);
  const exportFile = path.join(BENCH_DATA_DIR, `export-${size}.jsonl`);
  const backupFile = path.join(BENCH_DATA_DIR, `backup-${size}.db`);
  try {
    say("npm run db:export");
    const exported = await measured("db:export", [exportFile, "--force"], source.url, options);
    record("`db:export`, SQLite", exported, `${mib(statSync(sourceFile).size)} database → ${mib(statSync(exportFile).size)} file`);

    say("npm run db:backup");
    record("`db:backup`, SQLite", await measured("db:backup", [backupFile, "--force"], source.url, options));

    say("npm run db:import into an empty SQLite file");
    const sqliteTarget = await emptyDatabase("sqlite", size);
    record("`db:import` → SQLite (check, insert, index check)", await measured("db:import", [exportFile], sqliteTarget, options));
    rmSync(sqliteTarget.slice("file:".length), { force: true });

    if (options.postgres) {
      say("npm run db:import into an empty PostgreSQL database");
      const postgresTarget = await emptyDatabase("postgres", size);
      record("`db:import` → PostgreSQL (check, insert, index check)", await measured("db:import", [exportFile], postgresTarget, options));
      say("npm run db:export from that PostgreSQL database");
      const back = path.join(BENCH_DATA_DIR, `export-${size}-postgres.jsonl`);
      record("`db:export`, PostgreSQL", await measured("db:export", [back, "--force"], postgresTarget, options));
      rmSync(back, { force: true });
      await onPostgresServer(`DROP DATABASE IF EXISTS "claimdesk_bench_import_${size}" WITH (FORCE)`);
    }
  } finally {
    for (const file of [exportFile, backupFile]) rmSync(file, { force: true });
  }
  return steps;
}

function markdown(options: Options, steps: Step[], startedAt: string): string {
  const machine = describeMachine(options.postgres ? "postgres" : "sqlite");
  return [
    `# ClaimDesk bench: backup commands' memory, ${startedAt.slice(0, 10)}`,
    "",
    `Machine: ${machineLine(machine)}. Load average at the end: ${os.loadavg().map((load) => load.toFixed(1)).join(", ")}.`,
    "",
    "Each step is the npm script an operator runs, on a SQLite database synthesised by `npm run db:synth`. Peak RSS is " +
      "the command's own Node process's high-water mark as the kernel keeps it (`getrusage`), not a sample. " +
      (options.heapMb ? `Every step ran with its heap capped at ${options.heapMb} MB (\`--max-old-space-size\`).` : "Default heap size."),
    "",
    "| claims | step | time | peak RSS | note |",
    "|--:|---|--:|--:|---|",
    ...steps.map((step) => `| ${step.size.toLocaleString("en-US")} | ${step.step} | ${step.seconds.toFixed(1)} s | ${Math.round(step.peakRssMiB)} MB | ${step.note} |`),
    "",
  ].join("\n");
}

async function main() {
  const options = parseOptions();
  if (!options) return;
  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  const startedAt = new Date().toISOString();
  const steps: Step[] = [];
  for (const size of options.sizes) steps.push(...(await benchSize(size, options)));
  const report = markdown(options, steps, startedAt);
  const largest = Math.max(...options.sizes);
  const label = largest % 1000 === 0 ? `${largest / 1000}k` : String(largest);
  const file = path.join(RESULTS_DIR, `${startedAt.slice(0, 10)}-backup-${label}${options.heapMb ? `-heap-${options.heapMb}` : ""}.md`);
  writeFileSync(file, report);
  console.log(`\n${report}`);
  log(`wrote ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
