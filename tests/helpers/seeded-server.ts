import { createPrismaClient } from "@/lib/db";
import { applyPendingMigrations, resolveDatabaseTarget } from "@/lib/db/migrations";
import type { DatabaseEngine } from "@/lib/db/target";
import { seedDatabase } from "@/seed/seed";
import { startNextServer, waitForHealthy, type NextServer } from "./next-server";
import { createTestDatabase, type TestDatabase } from "./test-database";

export type SeededServer = { server: NextServer; database: TestDatabase; stop: () => Promise<void> };

/**
 * `next start` (from the current build) on a database of its own, migrated and seeded like a fresh install.
 * `env` adds to or overrides the server's environment (an empty value unsets a variable).
 */
export async function startSeededServer(engine: DatabaseEngine = "sqlite", env: Record<string, string> = {}): Promise<SeededServer> {
  const database = await createTestDatabase(engine);
  const target = resolveDatabaseTarget(database.url);
  await applyPendingMigrations(target);
  const db = createPrismaClient(target);
  await seedDatabase(db, { includeDemoUsers: true });
  await db.$disconnect();

  const server = await startNextServer({ DATABASE_URL: database.url, ...env });
  try {
    await waitForHealthy(server);
  } catch (error) {
    await server.stop();
    await database.drop();
    throw error;
  }
  return {
    server,
    database,
    stop: async () => {
      await server.stop();
      await database.drop();
    },
  };
}
