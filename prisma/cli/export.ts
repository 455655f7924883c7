// `npm run db:export -- FILE [--force]`: write every table of DATABASE_URL to FILE (lib/backup/format.ts).
import { createPrismaClient } from "../../lib/db";
import { exportDatabase, fmt } from "../../lib/backup/export";
import { loadEnvFiles } from "../../lib/load-env-files";
import { runCli } from "../../lib/run-cli";
import { readFileArgument } from "./file-argument";
import { describeTarget, resolveDatabaseTarget } from "../../lib/db/target";

const USAGE = `Usage: npm run db:export -- FILE [--force]

Writes every table of the database (DATABASE_URL, either engine) to FILE: JSON Lines with a
header, one line per row and a trailer with counts and a SHA-256. Read with \`npm run db:import\`.
Safe while the desk is running: the export reads one consistent snapshot.
  --force   replace FILE if it exists`;

async function main() {
  const args = readFileArgument(USAGE, { allowForce: true });
  if (!args) return;
  const { file, force } = args;

  loadEnvFiles();
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  // Progress goes to stderr, so stdout carries only the summary.
  console.error(`Exporting ${describeTarget(target)} to ${file}`);
  const db = createPrismaClient(target);
  try {
    const report = await exportDatabase(db, target.engine, file, { force, onProgress: (line) => console.error(`  ${line}`) });
    console.log(`Exported ${fmt(report.rows)} rows to ${file} in ${(report.elapsedMs / 1000).toFixed(1)} s (sha256 ${report.sha256}).`);
  } finally {
    await db.$disconnect();
  }
}

runCli(main, "Has the database been migrated? Run `npm run db:migrate` first.");
