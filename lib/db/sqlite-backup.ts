import { chmodSync, existsSync, renameSync, rmSync } from "node:fs";
import Database from "better-sqlite3";

export class SqliteBackupError extends Error {
  override name = "SqliteBackupError";
}

export type SqliteBackupReport = { pages: number; integrity: string; tables: Record<string, number> };

/**
 * A consistent copy of a live SQLite database through SQLite's online backup API, never a file
 * copy: copying the file (and its -wal) while the app writes can catch a page half-written or a
 * WAL not yet checkpointed, and the copy is then corrupt or silently old.
 *
 * All pages are copied in one backup step. A step reads under one read transaction, which in WAL
 * mode sees one snapshot and does not block the app's writers; copying in small steps instead
 * would restart from the first page whenever another connection wrote between two steps, and on
 * a busy desk might never finish. The copy is written under a temporary name, checked
 * (`PRAGMA integrity_check`) and only then given its name.
 */
export async function backupSqliteDatabase(
  sourcePath: string,
  destination: string,
  { force = false, onProgress = () => {} }: { force?: boolean; onProgress?: (line: string) => void } = {},
): Promise<SqliteBackupReport> {
  if (!existsSync(sourcePath)) throw new SqliteBackupError(`There is no database at ${sourcePath}.`);
  if (existsSync(destination) && !force) throw new SqliteBackupError(`${destination} already exists; pass --force to replace it.`);
  const temporary = `${destination}.partial-${process.pid}`;
  rmSync(temporary, { force: true });
  const source = new Database(sourcePath, { fileMustExist: true });
  try {
    const result = await source.backup(temporary, {
      progress: ({ totalPages }) => {
        onProgress(`copying ${totalPages.toLocaleString("en-US")} pages in one step`);
        return 0x7fffffff;
      },
    });
    // Owner-only, like the database itself should be: it holds password hashes and internal notes.
    chmodSync(temporary, 0o600);
    const report = checkCopy(temporary, result.totalPages);
    if (report.integrity !== "ok") throw new SqliteBackupError(`The copy failed SQLite's integrity check: ${report.integrity}`);
    if (existsSync(destination) && !force) throw new SqliteBackupError(`${destination} already exists; pass --force to replace it.`);
    renameSync(temporary, destination);
    return report;
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  } finally {
    source.close();
  }
}

/**
 * Opens a copy and reads what it holds: SQLite's integrity check and every table's row count.
 * The copy inherits the live database's WAL mode; it is switched to a rollback journal so that it
 * is one self-contained file (the app turns WAL back on when it opens a restored copy).
 */
export function checkCopy(file: string, pages = 0): SqliteBackupReport {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma("journal_mode = DELETE");
    const integrity = (copy.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check).join("; ");
    const names = copy
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'claim_search%' ORDER BY name")
      .pluck()
      .all() as string[];
    const tables = Object.fromEntries(names.map((name) => [name, copy.prepare(`SELECT COUNT(*) FROM "${name}"`).pluck().get() as number]));
    return { pages, integrity, tables };
  } finally {
    copy.close();
  }
}
