import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { readEnv } from "../env";
import { createPostgresAdapterFactory } from "./postgres";
import { createSqliteAdapterFactory } from "./sqlite";
import type { DatabaseTarget } from "./target";

/** The one place that picks a driver adapter for a database target. */
export function createAdapterFactory(target: DatabaseTarget): SqlMigrationAwareDriverAdapterFactory {
  const env = readEnv();
  if (target.engine === "postgresql") {
    return createPostgresAdapterFactory(target.url, {
      max: env.DATABASE_POOL_MAX,
      idleTimeoutMs: env.DATABASE_POOL_IDLE_TIMEOUT_MS,
      connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
    });
  }
  return createSqliteAdapterFactory(target.filePath, { busyTimeoutMs: env.SQLITE_BUSY_TIMEOUT_MS });
}
