// `npm run db:import -- FILE`: load an export (npm run db:export) into an empty, migrated DATABASE_URL.
import { createPrismaClient } from "../../lib/db";
import { fmt } from "../../lib/backup/export";
import { importDatabase } from "../../lib/backup/import";
import { loadEnvFiles } from "../../lib/load-env-files";
import { runCli } from "../../lib/run-cli";
import { readFileArgument } from "./file-argument";
import { describeTarget, resolveDatabaseTarget } from "../../lib/db/target";

const USAGE = `Usage: npm run db:import -- FILE

Loads FILE, made by \`npm run db:export\` on either engine, into the database at DATABASE_URL,
which must be migrated (\`npm run db:migrate\`) and empty. The whole file is checked first
(version, every row, counts, checksum); then everything is inserted in one transaction, so a
failure leaves the database empty.`;

async function main() {
  const args = readFileArgument(USAGE, { allowForce: false });
  if (!args) return;
  const { file } = args;

  loadEnvFiles();
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  console.error(`Importing ${file} into ${describeTarget(target)}`);
  const db = createPrismaClient(target);
  try {
    const report = await importDatabase(db, target.engine, file, { onProgress: (line) => console.error(`  ${line}`) });
    console.log(`Imported ${fmt(report.rows)} rows into ${describeTarget(target)} in ${(report.elapsedMs / 1000).toFixed(1)} s.`);
  } finally {
    await db.$disconnect();
  }
}

runCli(main, "Has the database been migrated? Run `npm run db:migrate` first.");
