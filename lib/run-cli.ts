import { BackupError } from "./backup/errors";
import { describeConnectionError } from "./db/errors";
import { MigrationError } from "./db/migrations/migrate";
import { SqliteBackupError } from "./db/sqlite-backup";
import { DatabaseUrlError, RemoteDatabaseError, resolveDatabaseTarget } from "./db/target";
import { EnvError } from "./env";

/** Errors whose message is the whole story: print it alone, without a stack trace. */
const EXPLAINED = [MigrationError, RemoteDatabaseError, DatabaseUrlError, EnvError, BackupError, SqliteBackupError];

/**
 * Runs a command-line entry point. Failures an operator can act on (a bad DATABASE_URL, an
 * unreachable server, a failed migration) print one clear message; anything else prints in full.
 */
export function runCli(main: () => Promise<void>, hint?: string): void {
  main().catch((error: unknown) => {
    let message: string | null = EXPLAINED.some((type) => error instanceof type) ? (error as Error).message : null;
    if (!message) {
      try {
        message = describeConnectionError(error, resolveDatabaseTarget(process.env.DATABASE_URL));
      } catch {
        message = null;
      }
    }
    if (message) console.error(`ClaimDesk: ${message}`);
    else console.error(error);
    if (hint && !message) console.error(hint);
    process.exitCode = 1;
  });
}
