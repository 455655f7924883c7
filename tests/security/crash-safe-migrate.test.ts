// Issue 10, point 7 (migrations): `npm run db:migrate` killed with SIGKILL in the middle of a
// migration (its statements run, its bookkeeping row not yet written or not yet committed) and
// rerun finishes the job: the schema is the one a clean run builds and _prisma_migrations holds
// each migration once, finished, with the checksum of its file. Before, the rerun refused with
// "Migration … failed and was not completed" and asked for a repair by hand.
// The kill is exact: CLAIMDESK_TEST_KILL_AFTER names the point (lib/crash-point.ts).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { defaultMigrationPaths } from "@/lib/db/migrations";
import { listMigrationNames } from "@/lib/db/migrations/directory";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { runCliProcess } from "../helpers/cli-process";
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from "../helpers/test-database";

const paths = defaultMigrationPaths(TEST_ENGINE);
const databases: TestDatabase[] = [];
afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
});

async function newDatabaseUrl() {
  const database = await createTestDatabase();
  databases.push(database);
  return database.url;
}

const migrate = (url: string, killAfter?: string) =>
  runCliProcess("prisma/cli/migrate.ts", { DATABASE_URL: url, ...(killAfter ? { CLAIMDESK_TEST_KILL_AFTER: killAfter } : {}) });

/** Runs SQL on the database the way an operator's client would, outside the app's code. */
async function query(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const target = resolveDatabaseTarget(url);
  if (target.engine === "sqlite") {
    const db = new Database(target.filePath, { readonly: true });
    try {
      return db.prepare(sql).all() as Record<string, unknown>[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Every table, column, index, trigger and constraint, as the engine's catalog describes them. */
function schemaOf(url: string) {
  return TEST_ENGINE === "sqlite"
    ? query(url, "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name <> '_prisma_migrations' AND name NOT LIKE 'sqlite_stat%' ORDER BY type, name")
    : Promise.all([
        query(
          url,
          `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
           WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`,
        ),
        query(url, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname"),
        query(url, "SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY conname"),
        query(url, "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname"),
        query(url, "SELECT typname FROM pg_type WHERE typnamespace = 'public'::regnamespace ORDER BY typname"),
      ]);
}

/** The history as the stock CLI reads it: each migration once, finished, checksum of its file. */
async function expectConsistentHistory(url: string, names: string[]) {
  const rows = await query(
    url,
    "SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name",
  );
  const checksum = (name: string) => createHash("sha256").update(readFileSync(path.join(paths.migrationsDir, name, "migration.sql"))).digest("hex");
  expect(rows.map((row) => ({ ...row, finished_at: row.finished_at !== null }))).toEqual(
    names.map((name) => ({ migration_name: name, checksum: checksum(name), finished_at: true, rolled_back_at: null, applied_steps_count: 1 })),
  );
}

describe(`security: db:migrate is crash-safe (issue 10, point 7; ${TEST_ENGINE})`, () => {
  it("killed mid-migration, again and again, and rerun: the schema of a clean run and a consistent history", async () => {
    const names = await listMigrationNames(paths.migrationsDir);
    // A table rebuild: several statements, foreign keys off on SQLite. (sqlite_stat* are the
    // planner's statistics, which depend on how often the database was opened.)
    const rebuild = names.find((name) => name.endsWith("_evidence_attributed_to"))!;
    expect(names.indexOf(rebuild)).toBeGreaterThan(1);

    const clean = await newDatabaseUrl();
    expect((await migrate(clean)).code).toBe(0);

    const url = await newDatabaseUrl();
    for (const point of [
      `${names[0]}: script run (not committed)`,
      `${names[1]}: recorded (not committed)`,
      names[1]!,
      `${rebuild}: script run (not committed)`,
      `${names.at(-1)}: recorded (not committed)`,
    ]) {
      const run = await migrate(url, point);
      expect(run.killed, `db:migrate was to be killed at "${point}"; it ended with ${run.code}\n${run.stdout}${run.stderr}`).toBe(true);
    }
    const last = await migrate(url);
    expect(last.stderr).toBe("");
    expect(last.code).toBe(0);
    expect(last.stdout).toContain(`applied ${names.at(-1)}`);

    expect(await schemaOf(url)).toEqual(await schemaOf(clean));
    await expectConsistentHistory(url, names);
    expect((await migrate(url)).stdout).toContain(`Nothing to apply: all ${names.length} migration(s) already applied.`);
  }, 180_000);
});
