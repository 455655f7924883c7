import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { createAdapterFactory } from "../adapter";
import { migrationsTableExists, readMigrationRows } from "../sql";
import type { DatabaseEngine, DatabaseTarget } from "../target";
import { listMigrationNames } from "./directory";

export type MigrationPaths = { schemaPath: string; migrationsDir: string };

/**
 * SQLite: the authored schema and its history in prisma/. PostgreSQL: the derived schema and
 * its own history in prisma/postgresql/ (each engine's SQL differs, so each has its own).
 */
export function defaultMigrationPaths(engine: DatabaseEngine = "sqlite", projectRoot = process.cwd()): MigrationPaths {
  const folder = engine === "postgresql" ? path.join(projectRoot, "prisma", "postgresql") : path.join(projectRoot, "prisma");
  return { schemaPath: path.join(folder, "schema.prisma"), migrationsDir: path.join(folder, "migrations") };
}

export type MigrationStatus = {
  applied: string[];
  pending: string[];
  /** Started but never finished, and not marked rolled back: the database may hold part of it. */
  failed: { name: string; logs: string | null }[];
};

export async function readStatus(
  factory: SqlMigrationAwareDriverAdapterFactory,
  migrationsDir: string,
): Promise<MigrationStatus> {
  const onDisk = await listMigrationNames(migrationsDir);
  const adapter = await factory.connect();
  try {
    const rows = (await migrationsTableExists(adapter)) ? await readMigrationRows(adapter) : [];
    const applied = new Set(rows.filter((row) => row.finished && !row.rolledBack).map((row) => row.name));
    return {
      applied: onDisk.filter((name) => applied.has(name)),
      pending: onDisk.filter((name) => !applied.has(name)),
      failed: rows.filter((row) => !row.finished && !row.rolledBack).map(({ name, logs }) => ({ name, logs })),
    };
  } finally {
    await adapter.dispose();
  }
}

/** Which migrations on disk the database has, lacks, or failed half-way through. Needs no schema engine. */
export function migrationStatus(target: DatabaseTarget, paths = defaultMigrationPaths(target.engine)) {
  return readStatus(createAdapterFactory(target), paths.migrationsDir);
}
