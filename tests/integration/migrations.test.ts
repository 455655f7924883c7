import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAdapterFactory } from "@/lib/db/adapter";
import {
  applyPendingMigrations,
  createMigration,
  defaultMigrationPaths,
  migrationStatus,
  MigrationError,
  type DatabaseTarget,
} from "@/lib/db/migrations";
import { listMigrationNames } from "@/lib/db/migrations/directory";
import { readSqliteSettings } from "@/lib/db/sql";

const real = defaultMigrationPaths();

function scratch() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "claimdesk-migrations-"));
  const target: DatabaseTarget = { engine: "sqlite", filePath: path.join(dir, "db.sqlite") };
  return { dir, target };
}

function copyMigrations(dir: string) {
  const migrationsDir = path.join(dir, "migrations");
  cpSync(real.migrationsDir, migrationsDir, { recursive: true });
  return migrationsDir;
}

describe("applyPendingMigrations", () => {
  it("creates the tables on a new database, then applies nothing the second time", async () => {
    const { target } = scratch();
    const onDisk = await listMigrationNames(real.migrationsDir);
    expect(onDisk.length).toBeGreaterThan(0);

    const first = await applyPendingMigrations(target);
    expect(first.applied).toEqual(onDisk);
    const second = await applyPendingMigrations(target);
    expect(second).toEqual({ applied: [], alreadyApplied: onDisk.length });

    const status = await migrationStatus(target);
    expect(status).toEqual({ applied: onDisk, pending: [], failed: [] });
  });

  it("opens SQLite in WAL mode with foreign keys on and a busy timeout", async () => {
    const { target } = scratch();
    await applyPendingMigrations(target);
    const adapter = await createAdapterFactory(target).connect();
    try {
      expect(await readSqliteSettings(adapter)).toEqual({ journalMode: "wal", foreignKeys: true, busyTimeoutMs: 5000 });
    } finally {
      await adapter.dispose();
    }
  });

  it("names a migration that fails, and keeps refusing until it is dealt with", async () => {
    const { dir, target } = scratch();
    const migrationsDir = copyMigrations(dir);
    const broken = "29990101000000_broken";
    cpSync(path.join(migrationsDir, (await listMigrationNames(migrationsDir))[0]!), path.join(migrationsDir, broken), {
      recursive: true,
    });
    writeFileSync(
      path.join(migrationsDir, broken, "migration.sql"),
      'CREATE TABLE "Partial" ("id" TEXT);\nINSERT INTO "NoSuchTable" VALUES (1);\n',
    );
    const paths = { schemaPath: real.schemaPath, migrationsDir };

    const firstRun = applyPendingMigrations(target, paths);
    await expect(firstRun).rejects.toBeInstanceOf(MigrationError);
    await expect(firstRun).rejects.toMatchObject({ migrationName: broken });
    await expect(firstRun).rejects.toThrow(broken);

    // The good migrations before it were applied; the broken one is on record as failed.
    const status = await migrationStatus(target, paths);
    expect(status.failed.map((failed) => failed.name)).toEqual([broken]);
    await expect(applyPendingMigrations(target, paths)).rejects.toThrow(`Migration "${broken}" failed`);
  });
});

describe("createMigration", () => {
  it("finds the migration history in step with the schema (no drift)", async () => {
    const { dir } = scratch();
    const migrationsDir = copyMigrations(dir);
    expect(await createMigration("drift_check", { schemaPath: real.schemaPath, migrationsDir })).toBeNull();
    expect(await listMigrationNames(migrationsDir)).toEqual(await listMigrationNames(real.migrationsDir));
  });

  it("writes a migration for a schema change, in Prisma's folder format, that then applies", async () => {
    const { dir, target } = scratch();
    const migrationsDir = copyMigrations(dir);
    const schemaPath = path.join(dir, "schema.prisma");
    const schema = readFileSync(real.schemaPath, "utf8").replace(
      "  description String?\n  createdAt   DateTime    @default(now())",
      "  description String?\n  nickname    String?\n  createdAt   DateTime    @default(now())",
    );
    expect(schema).toContain("nickname");
    writeFileSync(schemaPath, schema);

    const created = await createMigration("add_speaker_nickname", { schemaPath, migrationsDir });
    expect(created?.migrationName).toMatch(/^\d{14}_add_speaker_nickname$/);
    const sql = readFileSync(path.join(created!.folder, "migration.sql"), "utf8");
    expect(sql).toMatch(/ALTER TABLE "Speaker" ADD COLUMN "nickname" TEXT/);
    expect(readFileSync(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toContain('provider = "sqlite"');

    const applied = await applyPendingMigrations(target, { schemaPath, migrationsDir });
    expect(applied.applied.at(-1)).toBe(created!.migrationName);
    expect(await createMigration("nothing_more", { schemaPath, migrationsDir })).toBeNull();
  });
});
