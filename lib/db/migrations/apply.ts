import { createHash, randomUUID } from "node:crypto";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import {
  beginMigration,
  commitMigration,
  createMigrationsTable,
  foreignKeyViolations,
  migrationFinished,
  recordMigration,
  rollbackMigration,
} from "../sql";

export type PendingMigration = { name: string; script: string };

/** Named points of a run, for lib/crash-point.ts (tests kill the migrator there). */
export type MigrationStepHook = (step: string) => void;

/**
 * Applies migrations one by one, each in a transaction of its own that holds both its script and
 * its row in _prisma_migrations: a migration is applied and recorded, or neither. Prisma's schema
 * engine writes the row first, runs the script outside any transaction, then marks the row
 * finished, so a process killed in between left a half-applied migration that every later run
 * refused to touch. Here a kill at any point leaves the database as it was before the migration,
 * and the next run simply applies it.
 *
 * A migration whose statements cannot run in a transaction (PostgreSQL's CREATE INDEX
 * CONCURRENTLY, say) would fail here: write it another way.
 *
 * `adapter` must run every statement on one connection (a PostgreSQL pool of one).
 */
export async function applyInTransactions(
  adapter: SqlDriverAdapter,
  migrations: PendingMigration[],
  onStep: MigrationStepHook = () => {},
): Promise<string[]> {
  await createMigrationsTable(adapter);
  const applied: string[] = [];
  for (const { name, script } of migrations) {
    const startedAt = new Date();
    await beginMigration(adapter);
    try {
      if (await migrationFinished(adapter, name)) {
        await rollbackMigration(adapter);
        continue;
      }
      await adapter.executeScript(script);
      onStep(`${name}: script run (not committed)`);
      const violations = await foreignKeyViolations(adapter);
      if (violations > 0) throw new Error(`it leaves ${violations} row(s) pointing at rows that do not exist`);
      await recordMigration(adapter, { id: randomUUID(), name, checksum: sha256(script), startedAt });
      onStep(`${name}: recorded (not committed)`);
      await commitMigration(adapter);
    } catch (error) {
      await rollbackMigration(adapter);
      throw new MigrationScriptError(name, error);
    }
    onStep(name);
    applied.push(name);
  }
  return applied;
}

/** The schema engine's checksum of a migration script, so the stock CLI sees no modified migration. */
const sha256 = (script: string) => createHash("sha256").update(script).digest("hex");

export class MigrationScriptError extends Error {
  constructor(
    readonly migrationName: string,
    readonly reason: unknown,
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}
