import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createAdapterFactory } from "@/lib/db/adapter";
import {
  applyPendingMigrations,
  createMigration,
  defaultMigrationPaths,
  diffHistoryToSchema,
  migrationStatus,
  MigrationError,
  resolveDatabaseTarget,
} from "@/lib/db/migrations";
import { listMigrationNames } from "@/lib/db/migrations/directory";
import { readSqliteSettings } from "@/lib/db/sql";
import { createTestDatabase, TEST_ENGINE, testPostgresUrl, type TestDatabase } from "../helpers/test-database";

const real = defaultMigrationPaths(TEST_ENGINE);
const databases: TestDatabase[] = [];

async function freshTarget() {
  const database = await createTestDatabase();
  databases.push(database);
  return resolveDatabaseTarget(database.url);
}

afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
});

/** A scratch project root holding a copy of prisma/, for tests that write migrations. */
function scratchProject() {
  const root = mkdtempSync(path.join(os.tmpdir(), "claimdesk-project-"));
  cpSync(path.resolve("prisma"), path.join(root, "prisma"), { recursive: true });
  return root;
}

describe(`applyPendingMigrations (${TEST_ENGINE})`, () => {
  it("creates the tables on a new database, then applies nothing the second time", async () => {
    const target = await freshTarget();
    const onDisk = await listMigrationNames(real.migrationsDir);
    expect(onDisk.length).toBeGreaterThan(0);

    const first = await applyPendingMigrations(target);
    expect(first.applied).toEqual(onDisk);
    const second = await applyPendingMigrations(target);
    expect(second).toEqual({ applied: [], alreadyApplied: onDisk.length });
    expect(await migrationStatus(target)).toEqual({ applied: onDisk, pending: [], failed: [] });
  });

  it.runIf(TEST_ENGINE === "sqlite")("opens SQLite in WAL mode with foreign keys on and a busy timeout", async () => {
    const target = await freshTarget();
    await applyPendingMigrations(target);
    const adapter = await createAdapterFactory(target).connect();
    try {
      expect(await readSqliteSettings(adapter)).toEqual({ journalMode: "wal", foreignKeys: true, busyTimeoutMs: 5000 });
    } finally {
      await adapter.dispose();
    }
  });

  it("names a migration that fails and rolls all of it back, so fixing the file is enough to go on", async () => {
    const target = await freshTarget();
    const project = scratchProject();
    const paths = defaultMigrationPaths(TEST_ENGINE, project);
    const broken = "29990101000000_broken";
    cpSync(path.join(paths.migrationsDir, (await listMigrationNames(paths.migrationsDir))[0]!), path.join(paths.migrationsDir, broken), {
      recursive: true,
    });
    const script = path.join(paths.migrationsDir, broken, "migration.sql");
    writeFileSync(script, 'CREATE TABLE "Partial" ("id" TEXT);\nINSERT INTO "NoSuchTable" VALUES (1);\n');

    const firstRun = applyPendingMigrations(target, paths);
    await expect(firstRun).rejects.toBeInstanceOf(MigrationError);
    await expect(firstRun).rejects.toMatchObject({ migrationName: broken });
    await expect(firstRun).rejects.toThrow(broken);

    // The good migrations before it were applied; of the broken one nothing is left, not even a row.
    const status = await migrationStatus(target, paths);
    expect(status).toMatchObject({ pending: [broken], failed: [] });
    await expect(applyPendingMigrations(target, paths)).rejects.toThrow(`Applying migration "${broken}" failed, and it was rolled back`);
    writeFileSync(script, 'CREATE TABLE "Partial" ("id" TEXT);\n');
    expect((await applyPendingMigrations(target, paths)).applied).toEqual([broken]);
  });
});

describe.runIf(TEST_ENGINE === "postgresql")("applying migrations on PostgreSQL", () => {
  it("needs no CREATEDB: a plain role that owns its database is enough", async () => {
    const suffix = Math.random().toString(36).slice(2, 10);
    const role = `claimdesk_plain_${suffix}`;
    const name = `claimdesk_plain_db_${suffix}`;
    const admin = new pg.Client({ connectionString: testPostgresUrl() });
    await admin.connect();
    try {
      await admin.query(`CREATE ROLE ${role} LOGIN NOCREATEDB NOCREATEROLE PASSWORD '${suffix}'`);
      await admin.query(`GRANT ${role} TO CURRENT_USER`); // PostgreSQL 15 lets only members give a role a database
      await admin.query(`CREATE DATABASE ${name} OWNER ${role}`);
      const url = new URL(testPostgresUrl());
      Object.assign(url, { username: role, password: suffix, pathname: `/${name}` });
      const result = await applyPendingMigrations(resolveDatabaseTarget(url.toString()));
      expect(result.applied).toEqual(await listMigrationNames(real.migrationsDir));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`DROP ROLE IF EXISTS ${role}`);
      await admin.end();
    }
  });
});

describe(`the ${TEST_ENGINE} migration history`, () => {
  it("reproduces its schema exactly (the engine's diff finds nothing to do)", async () => {
    const factory =
      TEST_ENGINE === "postgresql"
        ? createAdapterFactory(resolveDatabaseTarget(testPostgresUrl()))
        : createAdapterFactory({ engine: "sqlite", filePath: ":memory:" });
    const script = await diffHistoryToSchema(factory, real.migrationsDir, {
      fileName: "schema.prisma",
      text: readFileSync(real.schemaPath, "utf8"),
    });
    expect(script).toBeNull();
  });

  it("has the same migrations, by name, as the other engine's", async () => {
    const other = defaultMigrationPaths(TEST_ENGINE === "sqlite" ? "postgresql" : "sqlite");
    expect(await listMigrationNames(real.migrationsDir)).toEqual(await listMigrationNames(other.migrationsDir));
  });
});

describe("createMigration", () => {
  it("refuses to start without a PostgreSQL server for the shadow database, writing nothing", async () => {
    const project = scratchProject();
    const before = readdirSync(path.join(project, "prisma/migrations"));
    await expect(createMigration("anything", { projectRoot: project, postgresUrl: undefined })).rejects.toThrow(
      /MIGRATE_POSTGRES_URL/,
    );
    expect(readdirSync(path.join(project, "prisma/migrations"))).toEqual(before);
  });

  it.runIf(TEST_ENGINE === "postgresql")("writes nothing when the schema matches both histories", async () => {
    const project = scratchProject();
    expect(await createMigration("nothing", { projectRoot: project, postgresUrl: testPostgresUrl() })).toBeNull();
  });

  it.runIf(TEST_ENGINE === "postgresql")(
    "writes one migration per engine for a schema change, in Prisma's format, and each applies",
    async () => {
      const project = scratchProject();
      const schemaPath = path.join(project, "prisma/schema.prisma");
      const schema = readFileSync(schemaPath, "utf8").replace(
        "  description String?\n  createdAt   DateTime    @default(now())",
        "  description String?\n  nickname    String?\n  createdAt   DateTime    @default(now())",
      );
      expect(schema).toContain("nickname");
      writeFileSync(schemaPath, schema);

      const created = await createMigration("add_speaker_nickname", {
        projectRoot: project,
        postgresUrl: testPostgresUrl(),
        now: new Date("2999-01-02T03:04:05Z"),
      });
      expect(created?.migrationName).toBe("29990102030405_add_speaker_nickname");
      const [sqliteFolder, postgresFolder] = created!.folders;
      expect(readFileSync(path.join(sqliteFolder!, "migration.sql"), "utf8")).toMatch(
        /ALTER TABLE "Speaker" ADD COLUMN "nickname" TEXT/,
      );
      expect(readFileSync(path.join(postgresFolder!, "migration.sql"), "utf8")).toMatch(
        /ALTER TABLE "Speaker" ADD COLUMN\s+"nickname" TEXT/,
      );
      expect(readFileSync(path.join(project, "prisma/postgresql/schema.prisma"), "utf8")).toContain("nickname");

      for (const engine of ["sqlite", "postgresql"] as const) {
        const database = await createTestDatabase(engine);
        databases.push(database);
        const applied = await applyPendingMigrations(resolveDatabaseTarget(database.url), defaultMigrationPaths(engine, project));
        expect(applied.applied.at(-1)).toBe(created!.migrationName);
      }
      expect(await createMigration("nothing_more", { projectRoot: project, postgresUrl: testPostgresUrl() })).toBeNull();
    },
  );
});
