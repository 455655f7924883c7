// Fresh, isolated databases for tests, on whichever engine the test project runs:
// a new SQLite file, or a new database on the PostgreSQL server at TEST_POSTGRES_URL.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { assertLocalDatabase, resolveDatabaseTarget, type DatabaseEngine } from "@/lib/db/target";

export const TEST_ENGINE: DatabaseEngine = process.env.CLAIMDESK_TEST_ENGINE === "postgresql" ? "postgresql" : "sqlite";

/** The server the PostgreSQL suite creates its databases on (a role with CREATEDB). */
export function testPostgresUrl(): string {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) throw new Error("The PostgreSQL test suite needs TEST_POSTGRES_URL=postgresql://user:pass@localhost:5432/postgres");
  // Tests create and drop databases: never on a server that is not on this machine.
  assertLocalDatabase(resolveDatabaseTarget(url));
  return url;
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testPostgresUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export type TestDatabase = { url: string; drop: () => Promise<void> };

export async function createTestDatabase(engine: DatabaseEngine = TEST_ENGINE): Promise<TestDatabase> {
  if (engine === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "claimdesk-test-"));
    return { url: `file:${path.join(dir, "test.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `claimdesk_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await onServer((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(testPostgresUrl());
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => dropDatabase(name) };
}

const INSUFFICIENT_PRIVILEGE = "42501";

/**
 * Drops a test database. FORCE ends the test's own leftover connections, but it may not end an
 * autovacuum worker (a superuser's session) that a busy test file woke: then a plain DROP, which
 * does ask autovacuum to leave, is retried until the worker has gone.
 */
async function dropDatabase(name: string): Promise<void> {
  try {
    await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== INSUFFICIENT_PRIVILEGE) throw error;
  }
  for (let attempt = 1; ; attempt++) {
    try {
      await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}"`));
      return;
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** A URL on which nothing answers, for "database unreachable" tests. */
export function unreachableDatabaseUrl(engine: DatabaseEngine = TEST_ENGINE): string {
  if (engine === "postgresql") return "postgresql://nobody:nothing@127.0.0.1:9/claimdesk";
  // A "directory" that is really a file: the database can never be opened there.
  const dir = mkdtempSync(path.join(os.tmpdir(), "claimdesk-unreachable-"));
  const notADirectory = path.join(dir, "plain-file");
  writeFileSync(notADirectory, "");
  return `file:${path.join(notADirectory, "db.sqlite")}`;
}
