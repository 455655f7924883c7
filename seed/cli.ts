// `npm run db:seed`: load the seed article's claims into DATABASE_URL (default data/claimdesk.db).
import { crashPointFromEnv } from "../lib/crash-point";
import { runCli } from "../lib/run-cli";
import { loadEnvFiles } from "../lib/load-env-files";
import { createPrismaClient } from "../lib/db";
import { assertLocalDatabase, describeTarget, resolveDatabaseTarget } from "../lib/db/target";
import { printSeedReport } from "./report";
import { seedDatabase, shouldSeedDemoUsers } from "./seed";

async function main() {
  loadEnvFiles();
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  assertLocalDatabase(target);
  const includeDemoUsers = shouldSeedDemoUsers(process.env);
  console.log(`Seeding ${describeTarget(target)}${includeDemoUsers ? "" : " (production: no demo users)"}`);
  const db = createPrismaClient(target);
  try {
    const report = await seedDatabase(db, {
      includeDemoUsers,
      onProgress: (line) => console.log(`  ${line}`),
      onStep: crashPointFromEnv(),
    });
    printSeedReport(report);
  } finally {
    await db.$disconnect();
  }
}

runCli(main, "Has the database been migrated? Run `npm run db:migrate` first.");
