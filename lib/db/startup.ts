import { authSecret } from "../auth/secret";
import { describeConnectionError } from "./errors";
import { migrationStatus } from "./migrations/status";
import { describeTarget, resolveDatabaseTarget } from "./target";

type Log = Pick<Console, "error" | "warn" | "info">;

/**
 * Checked once when a server starts: an unreachable database is a clear one-line error (the
 * caller stops the process); pending migrations are a warning (/api/health answers 503 until
 * `npm run db:migrate` runs).
 */
export async function verifyDatabaseAtStartup(log: Log = console): Promise<boolean> {
  let target;
  try {
    target = resolveDatabaseTarget(process.env.DATABASE_URL);
  } catch (error) {
    log.error(`ClaimDesk: ${(error as Error).message}`);
    return false;
  }
  try {
    const status = await migrationStatus(target);
    if (status.failed.length > 0 || status.pending.length > 0) {
      log.warn(
        `ClaimDesk: ${describeTarget(target)} is not fully migrated (pending: ${status.pending.join(", ") || "none"}; ` +
          `failed: ${status.failed.map((f) => f.name).join(", ") || "none"}). Run \`npm run db:migrate\`.`,
      );
    }
    return true;
  } catch (error) {
    const explained = describeConnectionError(error, target);
    log.error(`ClaimDesk: ${explained ?? `cannot use the database (${describeTarget(target)}): ${(error as Error).message}`}`);
    return false;
  }
}

/** For the server's start-up hook: a server without its session secret or its database stops at once. */
export async function exitUnlessReadyToServe(): Promise<void> {
  try {
    authSecret();
  } catch (error) {
    console.error(`ClaimDesk: ${(error as Error).message}`);
    process.exit(1);
  }
  if (!(await verifyDatabaseAtStartup())) process.exit(1);
}
