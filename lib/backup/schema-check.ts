import type { DbClient, DbTransaction } from "../db";
import type { DatabaseEngine } from "../db/target";
import { BackupError } from "./errors";
import { isDerivedTable, TABLES } from "./tables";

type Queryable = DbClient | DbTransaction;

export { BackupError };

/** Every table and column of the database, from the engine's own catalogue. */
async function databaseColumns(db: Queryable, engine: DatabaseEngine): Promise<Map<string, Set<string>>> {
  const rows =
    engine === "postgresql"
      ? await db.$queryRaw<{ table: string; column: string }[]>`
          SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
          WHERE table_schema = current_schema()`
      : await db.$queryRaw<{ table: string; column: string }[]>`
          SELECT m.name AS "table", p.name AS "column" FROM sqlite_master m JOIN pragma_table_info(m.name) p
          WHERE m.type = 'table'`;
  const tables = new Map<string, Set<string>>();
  for (const { table, column } of rows) {
    if (isDerivedTable(table)) continue;
    if (!tables.has(table)) tables.set(table, new Set());
    tables.get(table)!.add(column);
  }
  return tables;
}

/**
 * The database holds exactly the tables and columns ./tables.ts describes. Checked before every
 * export and import: a column the list does not know would otherwise be silently left behind.
 */
export async function assertSchemaMatches(db: Queryable, engine: DatabaseEngine): Promise<void> {
  const actual = await databaseColumns(db, engine);
  const problems: string[] = [];
  if (actual.size === 0) throw new BackupError("The database has no tables: run `npm run db:migrate` first.");
  for (const spec of TABLES) {
    const columns = actual.get(spec.name);
    if (!columns) {
      problems.push(`table ${spec.name} is missing`);
      continue;
    }
    const expected = Object.keys(spec.columns);
    for (const column of expected) if (!columns.has(column)) problems.push(`column ${spec.name}.${column} is missing`);
    for (const column of columns) if (!expected.includes(column)) problems.push(`column ${spec.name}.${column} is not in lib/backup/tables.ts`);
    actual.delete(spec.name);
  }
  for (const table of actual.keys()) problems.push(`table ${table} is not in lib/backup/tables.ts`);
  if (problems.length > 0) {
    throw new BackupError(
      `The database's schema and the backup's list of tables disagree (${problems.join("; ")}). ` +
        "Run `npm run db:migrate`; if it is up to date, lib/backup/tables.ts needs updating for the latest migration.",
    );
  }
}

/** The last migration applied, which an export records and an import must match. */
export async function latestMigration(db: Queryable): Promise<string> {
  const [row] = await db.$queryRaw<{ name: string }[]>`
    SELECT migration_name AS "name" FROM "_prisma_migrations"
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1`;
  if (!row) throw new BackupError("The database has no migrations applied: run `npm run db:migrate` first.");
  return row.name;
}

/** Rows per table, for every table of the export. */
export async function countRows(db: Queryable): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const spec of TABLES) {
    // Table names come from ./tables.ts, never from input.
    const [row] = await db.$queryRawUnsafe<{ count: number | bigint }[]>(`SELECT COUNT(*) AS "count" FROM "${spec.name}"`);
    counts[spec.name] = Number(row!.count);
  }
  return counts;
}
