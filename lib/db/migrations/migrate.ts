import { readFile, writeFile } from "node:fs/promises";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { createAdapterFactory } from "../adapter";
import { derivePostgresSchema } from "../schema-variants";
import { createSqliteAdapterFactory } from "../sqlite";
import { resolveDatabaseTarget, type DatabaseTarget } from "../target";
import { applyInTransactions, MigrationScriptError, type MigrationStepHook } from "./apply";
import { readMigrationsList, writeMigration } from "./directory";
import { schemaEngineFilters } from "./external-tables";
import { withSchemaEngine } from "./engine";
import { defaultMigrationPaths, readStatus, type MigrationStatus } from "./status";

/** A migration could not be applied or created; names it, so nothing half-applied goes unnoticed. */
export class MigrationError extends Error {
  override name = "MigrationError";
  constructor(
    message: string,
    readonly migrationName: string | null,
  ) {
    super(message);
  }
}


function failedMigrationError(failed: MigrationStatus["failed"]): MigrationError {
  const first = failed[0]!;
  const detail = first.logs ? `\n${first.logs.trim()}` : "";
  return new MigrationError(
    `Migration "${first.name}" failed and was not completed; the database may hold part of it.${detail}\n` +
      `Repair the database by hand (or restore a backup), then remove or resolve that migration's row in _prisma_migrations before migrating again. ` +
      `(Such a row is left only by Prisma's own engine; this project's runner applies each migration and its row in one transaction.)`,
    first.name,
  );
}

export type ApplyResult = { applied: string[]; alreadyApplied: number };

export type ApplyOptions = {
  /** Called at each named point of the run (lib/crash-point.ts: tests kill the migrator there). */
  onStep?: MigrationStepHook;
};

/**
 * Applies every migration in the folder that the database has not had yet, each with its
 * bookkeeping row in one transaction (see apply.ts), so an interrupted run is finished by the
 * next one. Idempotent. Needs no shadow database, so the migrating PostgreSQL role needs no
 * CREATEDB.
 */
export async function applyPendingMigrations(
  target: DatabaseTarget,
  paths = defaultMigrationPaths(target.engine),
  { onStep }: ApplyOptions = {},
): Promise<ApplyResult> {
  // One connection: a migration's BEGIN, script, row and COMMIT must share one session.
  const factory = createAdapterFactory(target, { poolMax: 1 });
  const before = await readStatus(factory, paths.migrationsDir);
  // Left by Prisma's own engine (this runner, before, or the stock CLI): a half-applied migration.
  if (before.failed.length > 0) throw failedMigrationError(before.failed);
  if (before.pending.length === 0) return { applied: [], alreadyApplied: before.applied.length };

  const onDisk = await readMigrationsList(paths.migrationsDir);
  const pending = before.pending.map((name) => {
    const file = onDisk.migrationDirectories.find((directory) => directory.path === name)?.migrationFile;
    if (file?.content.tag !== "ok") throw new MigrationError(`Migration "${name}" cannot be read: ${file?.content.value ?? "missing"}`, name);
    return { name, script: file.content.value };
  });

  const adapter = await factory.connect();
  try {
    const applied = await applyInTransactions(adapter, pending, onStep);
    return { applied, alreadyApplied: before.applied.length };
  } catch (error) {
    if (!(error instanceof MigrationScriptError)) throw error;
    throw new MigrationError(
      `Applying migration "${error.migrationName}" failed, and it was rolled back: the database holds none of it. ${error.message}`,
      error.migrationName,
    );
  } finally {
    await adapter.dispose();
  }
}

/** True when a script holds SQL, not just the comments the engine writes for an empty diff. */
function hasStatements(script: string): boolean {
  return script.split("\n").some((line) => line.trim() !== "" && !line.trim().startsWith("--"));
}

/**
 * The SQL that takes a database from what the migration history produces to what the schema
 * describes, or null when they match. The history is replayed on a shadow database: an
 * in-memory one for SQLite, a temporary database for PostgreSQL (the role needs CREATEDB).
 */
export async function diffHistoryToSchema(
  factory: SqlMigrationAwareDriverAdapterFactory,
  migrationsDir: string,
  schema: { fileName: string; text: string },
): Promise<string | null> {
  const migrationsList = await readMigrationsList(migrationsDir);
  const from =
    migrationsList.migrationDirectories.length === 0
      ? ({ tag: "empty" } as const)
      : ({ tag: "migrations", ...migrationsList } as const);
  const result = await withSchemaEngine(factory, schema, (engine) =>
    engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: schema.fileName, content: schema.text }] },
      script: true,
      exitCode: null,
      filters: schemaEngineFilters(factory.provider),
    }),
  );
  const script = result.stdout ?? "";
  return hasStatements(script) ? script : null;
}

/** Prisma's migration folder timestamp: YYYYMMDDHHMMSS in UTC. */
function migrationTimestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

export type CreateMigrationOptions = {
  projectRoot?: string;
  /** A PostgreSQL server on which a temporary shadow database may be created (role with CREATEDB). */
  postgresUrl: string | undefined;
  now?: Date;
};

export type CreateResult = { migrationName: string; folders: string[] } | null;

/**
 * Writes one new migration for each engine, under the same name, from the difference between
 * each engine's history and the authored schema; refreshes the derived PostgreSQL schema. Only
 * files are written: databases change when `db:migrate` runs. Returns null when nothing changed.
 */
export async function createMigration(name: string, options: CreateMigrationOptions): Promise<CreateResult> {
  const root = options.projectRoot ?? process.cwd();
  const sqlitePaths = defaultMigrationPaths("sqlite", root);
  const postgresPaths = defaultMigrationPaths("postgresql", root);
  if (!options.postgresUrl) {
    throw new MigrationError(
      "Creating the PostgreSQL migration needs a PostgreSQL server for its temporary shadow database. " +
        "Set MIGRATE_POSTGRES_URL=postgresql://user:password@localhost:5432/postgres (a role with CREATEDB).",
      null,
    );
  }
  const postgres = resolveDatabaseTarget(options.postgresUrl);
  if (postgres.engine !== "postgresql") throw new MigrationError("MIGRATE_POSTGRES_URL must be a postgresql:// URL", null);

  const authored = await readFile(sqlitePaths.schemaPath, "utf8");
  const derived = derivePostgresSchema(authored);
  const fileName = "schema.prisma";
  // PostgreSQL first: it is the one that can fail for want of a server, and nothing is written yet.
  const postgresScript = await diffHistoryToSchema(createAdapterFactory(postgres), postgresPaths.migrationsDir, {
    fileName,
    text: derived,
  });
  const sqliteScript = await diffHistoryToSchema(
    createSqliteAdapterFactory(":memory:", { busyTimeoutMs: 0 }),
    sqlitePaths.migrationsDir,
    { fileName, text: authored },
  );

  await writeFile(postgresPaths.schemaPath, derived);
  if (!postgresScript && !sqliteScript) return null;

  // Both histories get the migration, even if one engine has nothing to do, so they stay parallel.
  const migrationName = `${migrationTimestamp(options.now ?? new Date())}_${name}`;
  const empty = "-- This migration has nothing to do on this engine; it keeps the histories parallel.\n";
  const folders = [
    await writeMigration(sqlitePaths.migrationsDir, migrationName, sqliteScript ?? empty, "sqlite"),
    await writeMigration(postgresPaths.migrationsDir, migrationName, postgresScript ?? empty, "postgresql"),
  ];
  return { migrationName, folders };
}
