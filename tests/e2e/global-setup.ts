// Starts `next start` (from the build `npm run test:e2e` just made) on a fresh, migrated and
// seeded SQLite file, and hands its address to the e2e tests.
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "@/lib/db";
import { applyPendingMigrations, resolveDatabaseTarget } from "@/lib/db/migrations";
import { seedDatabase } from "@/seed/seed";
import { startNextServer, waitForHealthy } from "../helpers/next-server";
import { createTestDatabase } from "../helpers/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The database the server reads, for tests that change a claim as an editor would. */
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase("sqlite");
  const target = resolveDatabaseTarget(database.url);
  await applyPendingMigrations(target);
  const db = createPrismaClient(target);
  await seedDatabase(db, { includeDemoUsers: true });
  await db.$disconnect();

  const server = await startNextServer({ DATABASE_URL: database.url });
  try {
    await waitForHealthy(server);
  } catch (error) {
    await server.stop();
    throw error;
  }
  project.provide("baseUrl", server.url);
  project.provide("databaseUrl", database.url);

  return async () => {
    await server.stop();
    await database.drop();
  };
}
