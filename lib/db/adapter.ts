import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { readEnv } from "../env";
import { createSqliteAdapterFactory } from "./sqlite";
import type { DatabaseTarget } from "./target";

/** The one place that picks a driver adapter for a database target. */
export function createAdapterFactory(target: DatabaseTarget): SqlMigrationAwareDriverAdapterFactory {
  const env = readEnv();
  return createSqliteAdapterFactory(target.filePath, { busyTimeoutMs: env.SQLITE_BUSY_TIMEOUT_MS });
}
