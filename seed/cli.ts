// `npm run db:seed`: load the seed article's claims into DATABASE_URL (default data/claimdesk.db).
import { loadEnvFiles } from "../lib/load-env-files";
import { createPrismaClient } from "../lib/db";
import { resolveDatabaseTarget, describeTarget } from "../lib/db/target";
import { printSeedReport } from "./report";
import { seedDatabase, shouldSeedDemoUsers } from "./seed";

async function main() {
  loadEnvFiles();
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  const includeDemoUsers = shouldSeedDemoUsers(process.env);
  console.log(`Seeding ${describeTarget(target)}${includeDemoUsers ? "" : " (production: no demo users)"}`);
  const db = createPrismaClient(target);
  try {
    const report = await seedDatabase(db, { includeDemoUsers, onProgress: (line) => console.log(`  ${line}`) });
    printSeedReport(report);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("Seeding failed:", error instanceof Error ? error.message : error);
  console.error("Has the database been migrated? Run `npm run db:migrate` first.");
  process.exit(1);
});
