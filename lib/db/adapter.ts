import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { readEnv } from "../env";
import { createPostgresAdapterFactory } from "./postgres";
import { createSqliteAdapterFactory } from "./sqlite";
import type { DatabaseTarget } from "./target";

export type AdapterOptions = {
  /**
   * PostgreSQL's statement_timeout for the connections, in ms; 0 (the default) for none. The
   * server's own client sets it; migrations and command-line tools, whose statements may rightly
   * take long, do not.
   */
  statementTimeoutMs?: number;
  /** PostgreSQL connections the pool may open (DATABASE_POOL_MAX by default); the migrator needs exactly one. */
  poolMax?: number;
};

/** The one place that picks a driver adapter for a database target. */
export function createAdapterFactory(target: DatabaseTarget, { statementTimeoutMs = 0, poolMax }: AdapterOptions = {}): SqlMigrationAwareDriverAdapterFactory {
  const env = readEnv();
  if (target.engine === "postgresql") {
    return createPostgresAdapterFactory(target.url, {
      max: poolMax ?? env.DATABASE_POOL_MAX,
      idleTimeoutMs: env.DATABASE_POOL_IDLE_TIMEOUT_MS,
      connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
      waitTimeoutMs: env.DATABASE_POOL_WAIT_MS,
      statementTimeoutMs,
    });
  }
  return createSqliteAdapterFactory(target.filePath, { busyTimeoutMs: env.SQLITE_BUSY_TIMEOUT_MS });
}
