import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export type SqliteOptions = { busyTimeoutMs: number };

/**
 * Per-connection settings. WAL lets readers proceed while one writer writes; foreign keys are
 * off by default in SQLite; the busy timeout makes a second writer wait instead of failing at once.
 */
function connectionPragmas({ busyTimeoutMs }: SqliteOptions): string {
  return [
    "PRAGMA journal_mode = WAL;",
    "PRAGMA foreign_keys = ON;",
    `PRAGMA busy_timeout = ${Math.trunc(busyTimeoutMs)};`,
    "PRAGMA synchronous = NORMAL;",
    // Gives the query planner statistics (which index is selective for a speaker, a topic…),
    // gathered when a table has none or has grown tenfold; bounded so opening stays fast.
    "PRAGMA analysis_limit = 1000;",
    "PRAGMA optimize = 0x10002;",
  ].join("\n");
}

/** A Prisma driver-adapter factory for a SQLite file that applies our pragmas on every connection. */
export function createSqliteAdapterFactory(
  filePath: string,
  options: SqliteOptions,
): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaBetterSqlite3({ url: filePath, timeout: options.busyTimeoutMs });
  const pragmas = connectionPragmas(options);
  const withPragmas = async (connect: () => Promise<SqlDriverAdapter>) => {
    const adapter = await connect();
    await adapter.executeScript(pragmas);
    return adapter;
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: () => {
      mkdirSync(path.dirname(filePath), { recursive: true });
      return withPragmas(() => inner.connect());
    },
    // The shadow database is in memory: it only replays migrations to diff against the schema.
    connectToShadowDb: async () => acceptMultiStatementScripts(await withPragmas(() => inner.connectToShadowDb())),
  };
}

/**
 * The wasm schema engine replays each migration on the shadow database through `executeRaw`,
 * which better-sqlite3 prepares as a single statement ("contains more than one statement").
 * Parameterless raw commands go through `executeScript` (SQLite's exec) instead.
 */
function acceptMultiStatementScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    await adapter.executeScript(query.sql);
    return 0;
  };
  return adapter;
}
