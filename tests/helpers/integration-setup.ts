// Runs before each integration test file: a fresh SQLite file, migrated by the app's own
// migration code, becomes DATABASE_URL for everything the file imports.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const dir = mkdtempSync(path.join(os.tmpdir(), "claimdesk-test-"));
process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;

// Imported only now, so the database module sees the test's DATABASE_URL.
const { applyPendingMigrations, resolveDatabaseTarget } = await import("@/lib/db/migrations");
await applyPendingMigrations(resolveDatabaseTarget(process.env.DATABASE_URL));

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});
