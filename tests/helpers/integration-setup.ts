// Runs before each integration test file: a fresh database of the project's engine (a SQLite
// file, or a new PostgreSQL database), migrated by the app's own migration code, becomes
// DATABASE_URL for everything the test file imports.
import { afterAll } from "vitest";
import { createTestDatabase } from "./test-database";

const database = await createTestDatabase();
process.env.DATABASE_URL = database.url;

// Imported only now, so the database module sees the test's DATABASE_URL.
const { applyPendingMigrations, resolveDatabaseTarget } = await import("@/lib/db/migrations");
await applyPendingMigrations(resolveDatabaseTarget(process.env.DATABASE_URL));

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await database.drop();
});
