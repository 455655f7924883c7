// Extra databases for the backup tests, besides the suite's own: freshly migrated, of either engine.
import { createPrismaClient, type DbClient } from "@/lib/db";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { resolveDatabaseTarget, type DatabaseEngine } from "@/lib/db/target";
import { TABLES } from "@/lib/backup/tables";
import { createTestDatabase } from "./test-database";

export type MigratedDatabase = { url: string; engine: DatabaseEngine; db: DbClient; drop: () => Promise<void> };

export async function migratedDatabase(engine: DatabaseEngine): Promise<MigratedDatabase> {
  const database = await createTestDatabase(engine);
  const target = resolveDatabaseTarget(database.url);
  await applyPendingMigrations(target);
  const db = createPrismaClient(target);
  return {
    url: database.url,
    engine,
    db,
    drop: async () => {
      await db.$disconnect();
      await database.drop();
    },
  };
}

type Row = Record<string, unknown>;

/**
 * Every row of every table, read through Prisma's models (password hashes included) and the raw
 * many-to-many table, each table sorted in JavaScript by its key, so two engines' databases
 * compare equal exactly when they hold the same rows with the same values.
 */
export async function snapshotTables(db: DbClient): Promise<Record<string, Row[]>> {
  const snapshot: Record<string, Row[]> = {};
  for (const spec of TABLES) {
    const rows =
      spec.model === null
        ? await db.$queryRawUnsafe<Row[]>(`SELECT * FROM "${spec.name}"`)
        : await (db as unknown as Record<string, { findMany(args: object): Promise<Row[]> }>)[spec.model]!.findMany(
            spec.name === "User" ? { omit: { passwordHash: false } } : {},
          );
    const key = (row: Row) => spec.order.map((column) => String(row[column])).join("\u0000");
    snapshot[spec.name] = rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  }
  return snapshot;
}
