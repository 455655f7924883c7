import { PrismaClient } from "./generated/client";
import { createAdapterFactory } from "./adapter";
import { resolveDatabaseTarget, type DatabaseTarget } from "./target";

export function createPrismaClient(target: DatabaseTarget = resolveDatabaseTarget(process.env.DATABASE_URL)) {
  return new PrismaClient({
    adapter: createAdapterFactory(target),
    // Password hashes never leave the database unless a query asks for them by name.
    omit: { user: { passwordHash: true } },
  });
}

export type DbClient = ReturnType<typeof createPrismaClient>;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type DbTransaction = Parameters<Parameters<DbClient["$transaction"]>[0]>[0];

// One client per process; `next dev` reloads modules, so keep it on globalThis there.
const globalForDb = globalThis as typeof globalThis & { claimdeskDb?: DbClient };

export const db: DbClient = globalForDb.claimdeskDb ?? createPrismaClient();
if (process.env.NODE_ENV === "development") globalForDb.claimdeskDb = db;
