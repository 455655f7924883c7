import { migrationStatus } from "./migrations/status";
import { describeTarget, resolveDatabaseTarget } from "./target";

export type DatabaseHealth = {
  ok: boolean;
  database: string;
  reachable: boolean;
  migrations: { applied: number; pending: string[]; failed: string[] } | null;
  error?: string;
};

/** Healthy means: the database answers and every migration on disk has been applied. */
export async function checkDatabaseHealth(): Promise<DatabaseHealth> {
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  const database = describeTarget(target);
  try {
    const status = await migrationStatus(target);
    const migrations = {
      applied: status.applied.length,
      pending: status.pending,
      failed: status.failed.map((migration) => migration.name),
    };
    return { ok: migrations.pending.length === 0 && migrations.failed.length === 0, database, reachable: true, migrations };
  } catch (error) {
    // The detail goes to the server log, not to whoever polls the endpoint.
    console.error("Health check: database unreachable:", error);
    return { ok: false, database, reachable: false, migrations: null, error: "Database unreachable" };
  }
}
