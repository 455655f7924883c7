// Runs before `npm run dev`: migrate the database, and seed it when it holds no claims yet or a
// previous seed was cut short (killed before writing its "done" mark; see seed/seed.ts).
import { runCli } from "../lib/run-cli";
import { loadEnvFiles } from "../lib/load-env-files";
import { createPrismaClient } from "../lib/db";
import { applyPendingMigrations } from "../lib/db/migrations";
import { assertLocalDatabase, describeTarget, resolveDatabaseTarget } from "../lib/db/target";
import { printSeedReport } from "./report";
import { seedDatabase, seedState, shouldSeedDemoUsers } from "./seed";

async function main() {
  loadEnvFiles();
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  const { applied } = await applyPendingMigrations(target);
  console.log(
    `ClaimDesk: ${describeTarget(target)} — ${applied.length ? `applied ${applied.length} migration(s)` : "migrations up to date"}.`,
  );
  const db = createPrismaClient(target);
  try {
    const state = await seedState(db);
    if (state === "complete" || (state === "none" && (await db.claim.count()) > 0)) return;
    assertLocalDatabase(target);
    console.log(
      state === "partial"
        ? "ClaimDesk: the last seed run was cut short; finishing it."
        : "ClaimDesk: the database is empty; loading the seed article.",
    );
    printSeedReport(await seedDatabase(db, { includeDemoUsers: shouldSeedDemoUsers(process.env) }));
  } finally {
    await db.$disconnect();
  }
}

runCli(main);
