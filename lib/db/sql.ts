import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";

/**
 * Raw SQL for the migration runner and the connection checks. Everything else goes through
 * Prisma's query builder, except the claim lists and their search (lib/search/claim-search.ts)
 * and the benchmark data synthesiser's bulk inserts (seed/synth); what must differ by engine
 * lives in those files, side by side.
 */

/** Runs a read and returns its rows as objects keyed by column name. */
async function queryRows(adapter: SqlDriverAdapter, sql: string) {
  const result = await adapter.queryRaw({ sql, args: [], argTypes: [] });
  return result.rows.map((row) =>
    Object.fromEntries(result.columnNames.map((column, index) => [column, row[index]])),
  );
}

export async function migrationsTableExists(adapter: SqlDriverAdapter): Promise<boolean> {
  const sql =
    adapter.provider === "postgres"
      ? "SELECT 1 AS present WHERE to_regclass('_prisma_migrations') IS NOT NULL"
      : "SELECT 1 AS present FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'";
  return (await queryRows(adapter, sql)).length > 0;
}

/** Prisma's own migration bookkeeping table, as the stock CLI and the schema engine write it. */
export async function readMigrationRows(adapter: SqlDriverAdapter) {
  const rows = await queryRows(
    adapter,
    "SELECT migration_name, finished_at, rolled_back_at, logs FROM _prisma_migrations ORDER BY started_at, migration_name",
  );
  return rows.map((row) => ({
    name: String(row.migration_name),
    finished: row.finished_at !== null,
    rolledBack: row.rolled_back_at !== null,
    logs: row.logs === null ? null : String(row.logs),
  }));
}

/** Per-connection settings, read back (used to prove the pragmas took). */
export async function readSqliteSettings(adapter: SqlDriverAdapter) {
  const [journal] = await queryRows(adapter, "PRAGMA journal_mode");
  const [foreignKeys] = await queryRows(adapter, "PRAGMA foreign_keys");
  const [busy] = await queryRows(adapter, "PRAGMA busy_timeout");
  return {
    journalMode: String(journal?.journal_mode),
    foreignKeys: Number(foreignKeys?.foreign_keys) === 1,
    busyTimeoutMs: Number(busy?.timeout),
  };
}

/**
 * Prisma's bookkeeping table exactly as its schema engine creates it on each engine, so the
 * stock CLI (`prisma migrate status`) reads the history this project's runner writes.
 */
const MIGRATIONS_TABLE = {
  sqlite: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);`,
  postgres: `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`,
};

/** The key Prisma's schema engine locks on PostgreSQL, so this runner and the stock CLI exclude each other. */
const PRISMA_MIGRATE_LOCK = 72707369;

const isPostgres = (adapter: SqlDriverAdapter) => adapter.provider === "postgres";

export function createMigrationsTable(adapter: SqlDriverAdapter): Promise<void> {
  return adapter.executeScript(isPostgres(adapter) ? MIGRATIONS_TABLE.postgres : MIGRATIONS_TABLE.sqlite);
}

/**
 * Opens the transaction one migration runs in. SQLite: foreign keys must be switched off
 * outside any transaction (inside one the pragma does nothing), or the DROP TABLE of a table
 * rebuild would fire ON DELETE CASCADE on its children; they are checked before commit instead.
 * BEGIN IMMEDIATE takes the write lock at once, so a second runner waits here. PostgreSQL: DDL is
 * transactional; the lock makes a second runner wait here too.
 */
export function beginMigration(adapter: SqlDriverAdapter): Promise<void> {
  return adapter.executeScript(
    isPostgres(adapter) ? `BEGIN; SELECT pg_advisory_xact_lock(${PRISMA_MIGRATE_LOCK});` : "PRAGMA foreign_keys = OFF; BEGIN IMMEDIATE;",
  );
}

/** Whether a migration finished already (by another runner that held the lock first). */
export async function migrationFinished(adapter: SqlDriverAdapter, name: string): Promise<boolean> {
  const result = await adapter.queryRaw({
    sql: `SELECT 1 AS done FROM _prisma_migrations WHERE migration_name = ${isPostgres(adapter) ? "$1" : "?"} AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    args: [name],
    argTypes: [{ scalarType: "string", arity: "scalar" }],
  });
  return result.rows.length > 0;
}

/** The finished row for a migration, as the schema engine writes it (one step, no logs). */
export async function recordMigration(adapter: SqlDriverAdapter, row: { id: string; name: string; checksum: string; startedAt: Date }) {
  const string = { scalarType: "string", arity: "scalar" } as const;
  // SQLite keeps the engine's text format for times; PostgreSQL its own clock.
  const [sql, args] = isPostgres(adapter)
    ? [
        `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
        [row.id, row.checksum, row.name],
      ]
    : [
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES (?, ?, ?, ?, ?, 1)`,
        [row.id, row.checksum, row.name, sqliteTime(row.startedAt), sqliteTime(new Date())],
      ];
  await adapter.executeRaw({ sql, args, argTypes: args.map(() => string) });
}

const sqliteTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

/** SQLite: rows that break a foreign key, which must be none before a migration commits. */
export async function foreignKeyViolations(adapter: SqlDriverAdapter): Promise<number> {
  if (isPostgres(adapter)) return 0; // enforced as each statement runs
  return (await queryRows(adapter, "PRAGMA foreign_key_check")).length;
}

export async function commitMigration(adapter: SqlDriverAdapter): Promise<void> {
  await adapter.executeScript(isPostgres(adapter) ? "COMMIT;" : "COMMIT; PRAGMA foreign_keys = ON;");
}

/** Undoes everything the migration did; harmless when no transaction is open any more. */
export async function rollbackMigration(adapter: SqlDriverAdapter): Promise<void> {
  await adapter.executeScript("ROLLBACK;").catch(() => {});
  if (!isPostgres(adapter)) await adapter.executeScript("PRAGMA foreign_keys = ON;");
}
