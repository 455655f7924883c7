// `npm run db:backup -- FILE [--force]`: a consistent copy of the live SQLite database (SQLite's online backup).
import { backupSqliteDatabase, SqliteBackupError } from "../../lib/db/sqlite-backup";
import { loadEnvFiles } from "../../lib/load-env-files";
import { runCli } from "../../lib/run-cli";
import { readFileArgument } from "./file-argument";
import { describeTarget, resolveDatabaseTarget } from "../../lib/db/target";

const USAGE = `Usage: npm run db:backup -- FILE [--force]

Copies the SQLite database (DATABASE_URL) to FILE with SQLite's online backup, safe while the
desk is running, then checks the copy (integrity_check). For PostgreSQL use pg_dump (README,
"Backups and moving to PostgreSQL").
  --force   replace FILE if it exists`;

async function main() {
  const args = readFileArgument(USAGE, { allowForce: true });
  if (!args) return;
  const { file, force } = args;

  loadEnvFiles();
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  if (target.engine !== "sqlite") {
    throw new SqliteBackupError(
      `db:backup copies SQLite databases, and DATABASE_URL is ${describeTarget(target)}. Back it up with ` +
        `pg_dump --format=custom --file=${file} "$DATABASE_URL" (README, "Backups and moving to PostgreSQL").`,
    );
  }
  console.error(`Backing up ${describeTarget(target)} to ${file}`);
  const report = await backupSqliteDatabase(target.filePath, file, { force, onProgress: (line) => console.error(`  ${line}`) });
  const rows = Object.values(report.tables).reduce((sum, count) => sum + count, 0);
  console.log(`Backed up to ${file}: ${report.pages.toLocaleString("en-US")} pages, ${rows.toLocaleString("en-US")} rows, integrity ok.`);
}

runCli(main);
