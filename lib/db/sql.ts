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
