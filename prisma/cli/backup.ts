// `npm run db:backup -- FILE [--force]`: a consistent copy of the live SQLite database (SQLite's online backup).
import { parseArgs } from "node:util";
import { backupSqliteDatabase, SqliteBackupError } from "../../lib/db/sqlite-backup";
import { loadEnvFiles } from "../../lib/load-env-files";
import { runCli } from "../../lib/run-cli";
import { describeTarget, resolveDatabaseTarget } from "../../lib/db/target";

const USAGE = `Usage: npm run db:backup -- FILE [--force]

Copies the SQLite database (DATABASE_URL) to FILE with SQLite's online backup, safe while the
desk is running, then checks the copy (integrity_check). For PostgreSQL use pg_dump (README,
"Backups and moving to PostgreSQL").
  --force   replace FILE if it exists`;

async function main() {
  let parsed;
  try {
    parsed = parseArgs({ options: { force: { type: "boolean" }, help: { type: "boolean" } }, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (parsed.values.help) return console.log(USAGE);
  const [file, ...rest] = parsed.positionals;
  if (!file || rest.length > 0) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }

  loadEnvFiles();
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  if (target.engine !== "sqlite") {
    throw new SqliteBackupError(
      `db:backup copies SQLite databases, and DATABASE_URL is ${describeTarget(target)}. Back it up with ` +
        `pg_dump --format=custom --file=${file} "$DATABASE_URL" (README, "Backups and moving to PostgreSQL").`,
    );
  }
  console.error(`Backing up ${describeTarget(target)} to ${file}`);
  const report = await backupSqliteDatabase(target.filePath, file, { force: parsed.values.force, onProgress: (line) => console.error(`  ${line}`) });
  const rows = Object.values(report.tables).reduce((sum, count) => sum + count, 0);
  console.log(`Backed up to ${file}: ${report.pages.toLocaleString("en-US")} pages, ${rows.toLocaleString("en-US")} rows, integrity ok.`);
}

runCli(main);
