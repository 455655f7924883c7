import { dbEngine, type DbTransaction } from "./client";

/**
 * Serialises transactions that work on the same keys (the login limits, lib/auth/login.ts): a
 * second transaction for a key waits until the first commits, so it counts what the first wrote.
 *
 * PostgreSQL: one transaction-scoped advisory lock per key, taken in sorted order so two
 * transactions with overlapping keys cannot deadlock. SQLite has a single writer per database:
 * a transaction holds the write lock from its first write, so the caller's first statement after
 * this call must be a write (no lock is taken here). Call it first inside `db.$transaction`.
 */
export async function lockKeys(tx: DbTransaction, keys: string[]): Promise<void> {
  if (dbEngine() !== "postgresql") return;
  for (const key of [...new Set(keys)].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
  }
}
