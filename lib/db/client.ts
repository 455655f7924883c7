import { PrismaClient as PostgresPrismaClient } from "./generated/postgresql/client";
import { PrismaClient } from "./generated/sqlite/client";
import { readEnv } from "../env";
import { createAdapterFactory, type AdapterOptions } from "./adapter";
import { withQueryCounting } from "./query-count";
import { resolveDatabaseTarget, type DatabaseTarget } from "./target";

function clientOptions(target: DatabaseTarget, adapterOptions: AdapterOptions) {
  return {
    adapter: withQueryCounting(createAdapterFactory(target, adapterOptions)),
    // Password hashes never leave the database unless a query asks for them by name.
    omit: { user: { passwordHash: true } },
  } as const;
}

/**
 * Both generated clients come from the same models (prisma/postgresql/schema.prisma is derived
 * from prisma/schema.prisma), so they share one API; the rest of the code sees one type and
 * never knows which engine runs.
 */
export function createPrismaClient(
  target: DatabaseTarget = resolveDatabaseTarget(process.env.DATABASE_URL),
  adapterOptions: AdapterOptions = {},
) {
  if (target.engine === "postgresql") {
    return new PostgresPrismaClient(clientOptions(target, adapterOptions)) as unknown as SqliteBackedClient;
  }
  return new PrismaClient(clientOptions(target, adapterOptions));
}

type SqliteBackedClient = PrismaClient<never, { user: { passwordHash: true } }>;
export type DbClient = ReturnType<typeof createPrismaClient>;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type DbTransaction = Parameters<Parameters<DbClient["$transaction"]>[0]>[0];

// One client per process, kept on globalThis: `next dev` reloads modules, and the HTTP server
// (server.mjs) closes it there when it shuts down.
const globalForDb = globalThis as typeof globalThis & { claimdeskDb?: DbClient };

// The client requests use: no statement of theirs may hold a pooled connection for long.
export const db: DbClient =
  globalForDb.claimdeskDb ??
  createPrismaClient(undefined, { statementTimeoutMs: readEnv().DATABASE_STATEMENT_TIMEOUT_MS });
globalForDb.claimdeskDb = db;

/** The engine `db` runs on, for the few queries whose SQL must differ by engine (lib/search). */
let engine: DatabaseTarget["engine"] | undefined;
export function dbEngine(): DatabaseTarget["engine"] {
  engine ??= resolveDatabaseTarget(process.env.DATABASE_URL).engine;
  return engine;
}
