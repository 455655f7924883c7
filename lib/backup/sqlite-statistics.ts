import type { DbTransaction } from "../db";

/**
 * SQLite only, inside the import's transaction, before the first row. The connection analysed
 * the database when it opened (lib/db/sqlite.ts runs `PRAGMA optimize`), and an empty database's
 * statistics say the full-text index's page table, claim_search_data, holds 2 rows. SQLite then
 * plans the index's own range deletes on that table as full scans, and the index runs them as it
 * merges, after every INSERT statement that adds claims: the claims' inserts grew quadratic
 * (100,000 claims in 40-row statements took 70 s instead of 16 s). Deleting the statistics does
 * not help, the connection keeps its estimate; giving the table a size does (SQLite's documented
 * way to steer its planner: write sqlite_stat1, reload with ANALYZE sqlite_schema).
 */
export async function expectLargeSearchIndex(tx: DbTransaction, claims: number): Promise<void> {
  // Creates sqlite_stat1 if nothing was analysed yet; on an empty database it costs nothing.
  await tx.$executeRawUnsafe(`ANALYZE`);
  await tx.$executeRawUnsafe(`DELETE FROM sqlite_stat1 WHERE tbl = 'claim_search_data'`);
  await tx.$executeRaw`INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('claim_search_data', NULL, ${String(Math.max(claims, 1_000))})`;
  await tx.$executeRawUnsafe(`ANALYZE sqlite_schema`);
}

/** After the rows are in, before the commit: statistics of what was loaded, for the desk's queries. */
export async function analyseLoadedDatabase(tx: DbTransaction): Promise<void> {
  await tx.$executeRawUnsafe(`ANALYZE`);
}
