import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createAdapterFactory } from "../adapter";
import type { DatabaseTarget } from "../target";
import { readMigrationsList, writeMigration } from "./directory";
import { withSchemaEngine } from "./engine";
import { defaultMigrationPaths, readStatus, type MigrationStatus } from "./status";

/** A migration could not be applied; names it, so nothing half-applied goes unnoticed. */
export class MigrationError extends Error {
  override name = "MigrationError";
  constructor(
    message: string,
    readonly migrationName: string | null,
  ) {
    super(message);
  }
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

function failedMigrationError(failed: MigrationStatus["failed"]): MigrationError {
  const first = failed[0]!;
  const detail = first.logs ? `\n${first.logs.trim()}` : "";
  return new MigrationError(
    `Migration "${first.name}" failed and was not completed; the database may hold part of it.${detail}\n` +
      `Repair the database by hand (or restore a backup), then remove or resolve that migration's row in _prisma_migrations before migrating again.`,
    first.name,
  );
}

export type ApplyResult = { applied: string[]; alreadyApplied: number };

/** Applies every migration in the folder that the database has not had yet. Idempotent. */
export async function applyPendingMigrations(
  target: DatabaseTarget,
  paths = defaultMigrationPaths(),
): Promise<ApplyResult> {
  const factory = createAdapterFactory(target);
  const before = await readStatus(factory, paths.migrationsDir);
  if (before.failed.length > 0) throw failedMigrationError(before.failed);
  if (before.pending.length === 0) return { applied: [], alreadyApplied: before.applied.length };

  const schemaText = await readFile(paths.schemaPath, "utf8");
  const migrationsList = await readMigrationsList(paths.migrationsDir);
  try {
    const { appliedMigrationNames } = await withSchemaEngine(
      factory,
      { fileName: path.basename(paths.schemaPath), text: schemaText },
      (engine) => engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
    );
    return { applied: appliedMigrationNames, alreadyApplied: before.applied.length };
  } catch (error) {
    const after = await readStatus(factory, paths.migrationsDir).catch(() => null);
    if (after && after.failed.length > 0) throw failedMigrationError(after.failed);
    const name = after?.pending[0] ?? null;
    throw new MigrationError(
      `Applying migration${name ? ` "${name}"` : "s"} failed: ${error instanceof Error ? error.message : String(error)}`,
      name,
    );
  }
}

export type CreateResult = { migrationName: string; folder: string } | null;

/**
 * Writes a new migration folder holding the difference between the migration history and the
 * schema. It works on a scratch database, so the real one is untouched until `db:migrate`.
 * Returns null when the schema has no changes.
 */
export async function createMigration(name: string, paths = defaultMigrationPaths()): Promise<CreateResult> {
  const scratchDir = await mkdtemp(path.join(os.tmpdir(), "claimdesk-migration-"));
  const scratch: DatabaseTarget = { engine: "sqlite", filePath: path.join(scratchDir, "scratch.db") };
  try {
    const schemaText = await readFile(paths.schemaPath, "utf8");
    const factory = createAdapterFactory(scratch);
    return await withSchemaEngine(factory, { fileName: path.basename(paths.schemaPath), text: schemaText }, async (engine) => {
      const migrationsList = await readMigrationsList(paths.migrationsDir);
      await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      // devDiagnostic replays the history on the shadow database; createMigration needs that
      // connection in place (the wasm engine has no shadow database of its own).
      await engine.devDiagnostic({ migrationsList, filters: NO_FILTERS });
      const created = await engine.createMigration({
        draft: false,
        migrationName: name,
        migrationsList,
        schema: { files: [{ path: path.basename(paths.schemaPath), content: schemaText }] },
        filters: NO_FILTERS,
      });
      if (!created.migrationScript) return null;
      const folder = await writeMigration(
        paths.migrationsDir,
        created.generatedMigrationName,
        created.migrationScript,
        created.connectorType,
      );
      return { migrationName: created.generatedMigrationName, folder };
    });
  } finally {
    await rm(scratchDir, { recursive: true, force: true });
  }
}
