// One fresh database per size: created, migrated, seeded and synthesised by the project's own
// scripts, then read once for the addresses the rows request.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { createPrismaClient, type DbClient } from "../../lib/db";
import { assertLocalDatabase, resolveDatabaseTarget } from "../../lib/db/target";
import type { BenchEngine } from "./options";
import { log, runNpmScript, scriptEnv } from "./steps";

export const BENCH_DATA_DIR = path.resolve("bench/data");
const DEFAULT_POSTGRES_SERVER = "postgresql://claimdesk_test:claimdesk_test@127.0.0.1:5432/postgres";

/** The PostgreSQL server the bench creates its databases on (a role with CREATEDB, on this machine). */
export function benchPostgresServer(): string {
  const url = process.env.BENCH_POSTGRES_URL || DEFAULT_POSTGRES_SERVER;
  // The bench drops and recreates databases: never on a server that is not on this machine.
  assertLocalDatabase(resolveDatabaseTarget(url));
  return url;
}

async function onPostgresServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: benchPostgresServer() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function postgresServerVersion(): Promise<string> {
  return onPostgresServer(async (client) => String((await client.query("SHOW server_version")).rows[0]?.server_version ?? "unknown"));
}

/** An empty database for this size (the previous run's is dropped): its DATABASE_URL. */
async function freshDatabase(engine: BenchEngine, size: number): Promise<string> {
  if (engine === "sqlite") {
    mkdirSync(BENCH_DATA_DIR, { recursive: true });
    const file = path.join(BENCH_DATA_DIR, `claims-${size}.db`);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
    return `file:${file}`;
  }
  const name = `claimdesk_bench_${size}`;
  await onPostgresServer(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  const url = new URL(benchPostgresServer());
  url.pathname = `/${name}`;
  return url.toString();
}

function hasNpmScript(name: string): boolean {
  const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts?: Record<string, string> }).scripts ?? {};
  return name in scripts;
}

export type PreparedDatabase = {
  url: string;
  /** Claims in the database, any workflow (the seed's plus the synthesised ones). */
  claims: number;
  publishedClaims: number;
  synthesised: boolean;
  seconds: { migrate: number; seed: number; synth: number | null };
  /** On disk (SQLite file plus WAL) or as PostgreSQL counts it, after loading. */
  sizeBytes: number | null;
};

export async function prepareDatabase(engine: BenchEngine, size: number, say: (line: string) => void = log): Promise<PreparedDatabase> {
  const url = await freshDatabase(engine, size);
  const env = scriptEnv({ DATABASE_URL: url });
  say(`migrate (npm run db:migrate)`);
  const migrate = await runNpmScript("db:migrate", [], env);
  say(`seed (npm run db:seed, with the demo logins)`);
  const seed = await runNpmScript("db:seed", [], env);

  let synth: number | null = null;
  const seeded = await withDb(url, (db) => db.claim.count());
  if (size > seeded) {
    if (!hasNpmScript("db:synth")) {
      throw new Error(`${size} claims need the synthesiser (npm run db:synth), which this tree does not have yet; run --sizes ${seeded} for the seed alone.`);
    }
    say(`synthesise (npm run db:synth -- --claims ${size} --seed 1)`);
    synth = await runNpmScript("db:synth", ["--claims", String(size), "--seed", "1"], env);
  } else {
    say(`synthesis skipped: the seed already holds ${seeded} claims (≥ ${size})`);
  }

  const [claims, publishedClaims] = await withDb(url, (db) =>
    Promise.all([db.claim.count(), db.claim.count({ where: { workflow: "PUBLISHED" } })]),
  );
  return { url, claims, publishedClaims, synthesised: synth !== null, seconds: { migrate, seed, synth }, sizeBytes: await databaseBytes(engine, url) };
}

async function databaseBytes(engine: BenchEngine, url: string): Promise<number | null> {
  if (engine === "sqlite") {
    const file = url.slice("file:".length);
    return ["", "-wal"].reduce((sum, suffix) => sum + (existsSync(file + suffix) ? statSync(file + suffix).size : 0), 0);
  }
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  return onPostgresServer(async (client) => Number((await client.query("SELECT pg_database_size($1) AS bytes", [name])).rows[0]?.bytes ?? 0));
}

export async function withDb<T>(url: string, work: (db: DbClient) => Promise<T>): Promise<T> {
  const db = createPrismaClient(resolveDatabaseTarget(url));
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

/** What the rows ask for, read from the database the server is about to serve. */
export type Targets = {
  /** A published claim: the one with the most evidence (a full page), ties by slug. */
  claimSlug: string;
  /** The speaker with the most published claims. */
  speakerSlug: string;
  speakerPublishedClaims: number;
  /** The topic with the most published DISPUTED claims. */
  topicSlug: string;
  topicDisputedClaims: number;
  /** Claims the editor-save row adds its notes to, in turn. */
  noteClaimIds: string[];
};

export async function findTargets(db: DbClient): Promise<Targets> {
  const published = { workflow: "PUBLISHED" } as const;
  const claim = await db.claim.findFirst({
    where: published,
    orderBy: [{ evidence: { _count: "desc" } }, { slug: "asc" }],
    select: { slug: true },
  });
  if (!claim) throw new Error("The database holds no published claim to request.");

  const [speakerCount] = await db.claim.groupBy({
    by: ["claimantId"],
    where: published,
    _count: { _all: true },
    orderBy: [{ _count: { claimantId: "desc" } }, { claimantId: "asc" }],
    take: 1,
  });
  const speaker = speakerCount
    ? await db.speaker.findUniqueOrThrow({ where: { id: speakerCount.claimantId }, select: { slug: true } })
    : null;
  if (!speaker || !speakerCount) throw new Error("No speaker has a published claim.");

  const topics = await db.topic.findMany({
    select: { slug: true, _count: { select: { claims: { where: { ...published, verification: "DISPUTED" } } } } },
    orderBy: { slug: "asc" },
  });
  const topic = topics.reduce<(typeof topics)[number] | undefined>(
    (best, candidate) => (!best || candidate._count.claims > best._count.claims ? candidate : best),
    undefined,
  );
  if (!topic) throw new Error("The database holds no topic.");

  const noteClaims = await db.claim.findMany({ where: published, select: { id: true }, orderBy: { slug: "asc" }, take: 200 });
  return {
    claimSlug: claim.slug,
    speakerSlug: speaker.slug,
    speakerPublishedClaims: speakerCount._count._all,
    topicSlug: topic.slug,
    topicDisputedClaims: topic._count.claims,
    noteClaimIds: noteClaims.map((row) => row.id),
  };
}
