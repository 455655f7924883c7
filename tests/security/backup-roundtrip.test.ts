// Issue 10, point 12 (data a desk cannot lose): an export moves a desk between engines without
// losing a row, SQLite → PostgreSQL → SQLite (and PostgreSQL → SQLite → PostgreSQL on the
// PostgreSQL suite); a damaged file or a non-empty database is refused with nothing written.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, type DbTransaction } from "@/lib/db";
import { exportDatabase } from "@/lib/backup/export";
import { importDatabase, verifyExportFile } from "@/lib/backup/import";
import { assertSchemaMatches, countRows } from "@/lib/backup/schema-check";
import { TABLE_NAMES } from "@/lib/backup/tables";
import { expectLargeSearchIndex } from "@/lib/backup/sqlite-statistics";
import { hashPassword } from "@/lib/auth/password";
import { recordQueries } from "@/lib/db/query-count";
import type { DatabaseEngine } from "@/lib/db/target";
import { migratedDatabase, snapshotTables, type MigratedDatabase } from "../helpers/backup-databases";
import { createTestActor, seedTestDatabase } from "../helpers/fixtures";
import { TEST_ENGINE } from "../helpers/test-database";

const run = promisify(execFile);
const OTHER_ENGINE: DatabaseEngine = TEST_ENGINE === "sqlite" ? "postgresql" : "sqlite";
// SQLite is always at hand; PostgreSQL only when a server is configured.
const otherEngineAvailable = OTHER_ENGINE === "sqlite" || Boolean(process.env.TEST_POSTGRES_URL);
if (!otherEngineAvailable) {
  console.warn("backup round trip: TEST_POSTGRES_URL is not set, so the SQLite → PostgreSQL → SQLite part is skipped.");
}

const dir = mkdtempSync(path.join(os.tmpdir(), "claimdesk-backup-"));
const databases: MigratedDatabase[] = [];
let exported: string;

async function fresh(engine: DatabaseEngine) {
  const database = await migratedDatabase(engine);
  databases.push(database);
  return database;
}

const allZero = Object.fromEntries(TABLE_NAMES.map((name) => [name, 0]));

beforeAll(async () => {
  await seedTestDatabase();
  // What the seed leaves out: a password hash, a disabled login, notes in both visibilities,
  // login attempts, audit events with JSON payloads, text that must survive byte for byte.
  const editor = await createTestActor("EDITOR");
  await db.user.update({ where: { id: editor.id }, data: { passwordHash: await hashPassword("correct horse battery staple") } });
  await createTestActor("CONTRIBUTOR", { disabled: true });
  const claim = await db.claim.findFirstOrThrow({ orderBy: { slug: "asc" } });
  await db.annotation.createMany({
    data: [
      { claimId: claim.id, authorId: editor.id, visibility: "INTERNAL", body: "Line one\nline two\ttabbed — «quoted» \"double\" 'single' \\ 🚩 ąćę 日本語" },
      { claimId: claim.id, authorId: editor.id, visibility: "PUBLIC", body: "A public note." },
    ],
  });
  await db.loginAttempt.createMany({
    data: [
      { key: "account:editor@claimdesk.test", succeeded: false, createdAt: new Date("2026-01-02T03:04:05.678Z") },
      { key: "client:203.0.113.7", succeeded: true },
    ],
  });
  await db.auditEvent.create({
    data: { actorId: editor.id, action: "claim.update", entityType: "Claim", entityId: claim.id, before: '{"statement":"old"}', after: '{"statement":"new"}' },
  });
  exported = path.join(dir, "desk.jsonl");
  await exportDatabase(db, TEST_ENGINE, exported);
}, 120_000);

afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
  rmSync(dir, { recursive: true, force: true });
});

describe(`security: backup and move (issue 10, point 12; ${TEST_ENGINE})`, () => {
  it("every table of the database is in the export, implicit many-to-many and audit included", async () => {
    await assertSchemaMatches(db, TEST_ENGINE);
    const { trailer } = await verifyExportFile(exported);
    expect(Object.keys(trailer.counts)).toEqual(TABLE_NAMES);
    for (const table of ["User", "Claim", "_ClaimToTopic", "ClaimSubject", "Evidence", "Annotation", "LoginAttempt", "AuditEvent"]) {
      expect(trailer.counts[table], table).toBeGreaterThan(0);
    }
    expect(trailer.counts).toEqual(await countRows(db));
    expect(readFileSync(exported, "utf8")).toContain("$argon2id$");
    // Password hashes and internal notes: readable by its owner only.
    expect(statSync(exported).mode & 0o777).toBe(0o600);
  });

  it.skipIf(!otherEngineAvailable)(
    `round trip ${TEST_ENGINE} → ${OTHER_ENGINE} → ${TEST_ENGINE} leaves every table equal, row by row`,
    async () => {
      const original = await snapshotTables(db);
      const other = await fresh(OTHER_ENGINE);
      await importDatabase(other.db, OTHER_ENGINE, exported);
      expect(await snapshotTables(other.db)).toEqual(original);

      const back = path.join(dir, "back.jsonl");
      await exportDatabase(other.db, OTHER_ENGINE, back);
      const home = await fresh(TEST_ENGINE);
      await importDatabase(home.db, TEST_ENGINE, back);
      expect(await snapshotTables(home.db)).toEqual(original);
    },
    120_000,
  );

  it("every INSERT carries at most batchBytes of the file (a longer row alone), so memory does not grow with the tables", async () => {
    // Prisma's debug log keeps the arguments of its last 100 statements: the import's memory is
    // bounded by the size of one statement, which must not depend on how many rows a table has.
    const batchBytes = 2_048;
    const target = await fresh(TEST_ENGINE);
    const progress: string[] = [];
    const { queries } = await recordQueries(() => importDatabase(target.db, TEST_ENGINE, exported, { batchBytes, onProgress: (line) => progress.push(line) }));
    const inserts = queries.filter((query) => /^INSERT INTO "(?!claim_search)/.test(query.sql));
    const linesOf = readFileSync(exported, "utf8").split("\n").slice(1, -2);
    const longestLine = Math.max(...linesOf.map((line) => Buffer.byteLength(line) + 1));
    expect(longestLine).toBeGreaterThan(batchBytes); // the seed's sources carry article texts: some rows go alone
    const argumentBytes = (args: unknown[]) => Buffer.byteLength(JSON.stringify(args));
    for (const insert of inserts) {
      // A row's values take fewer bytes than its line (no column names); a single row may exceed the bound.
      const rows = (insert.sql.match(/\), \(/g)?.length ?? 0) + 1;
      if (rows > 1) expect(argumentBytes(insert.args), insert.sql.slice(0, 40)).toBeLessThanOrEqual(batchBytes);
    }
    // Each statement holds at most batchBytes of lines, counting a longer row as batchBytes.
    const cappedBytes = linesOf.reduce((sum, line) => sum + Math.min(Buffer.byteLength(line) + 1, batchBytes), 0);
    expect(inserts.length).toBeGreaterThanOrEqual(Math.ceil(cappedBytes / batchBytes));
    expect(await snapshotTables(target.db)).toEqual(await snapshotTables(db));
    expect(progress.at(-1)).toMatch(/rows imported; the search index matches/);
  });

  it("a failure after batches were written rolls every one of them back", async () => {
    // Valid in the file (shapes, counts, checksum) but not in the database: the last evidence row
    // points at a claim that does not exist, so its INSERT fails after everything before it was written.
    const lines = readFileSync(exported, "utf8").split("\n").filter(Boolean);
    const lastEvidence = lines.findLastIndex((line) => line.startsWith('{"table":"Evidence"'));
    const body = lines.slice(0, -1);
    body[lastEvidence] = body[lastEvidence]!.replace(/"claimId":"[^"]*"/, '"claimId":"no-such-claim"');
    const hash = createHash("sha256");
    for (const line of body) hash.update(`${line}\n`);
    const file = path.join(dir, "dangling-evidence.jsonl");
    writeFileSync(file, `${[...body, JSON.stringify({ ...JSON.parse(lines.at(-1)!), sha256: hash.digest("hex") })].join("\n")}\n`);

    const target = await fresh(TEST_ENGINE);
    const { result: failure, queries } = await recordQueries(() =>
      importDatabase(target.db, TEST_ENGINE, file, { batchBytes: 2_048 }).then(
        () => null,
        (error: unknown) => error,
      ),
    );
    expect(String(failure)).toMatch(/foreign key/i);
    const inserts = queries.filter((query) => /^INSERT INTO "(?!claim_search)/.test(query.sql));
    expect(inserts.length).toBeGreaterThan(10);
    expect(await countRows(target.db)).toEqual(allZero);
  });

  it("on SQLite, the full-text index's range deletes use its key during the import, not a scan per statement", async () => {
    // A new connection analyses the empty database (lib/db/sqlite.ts), leaving statistics under
    // which these deletes scan the whole table; with one per INSERT of claims that grew quadratic.
    const target = await fresh("sqlite");
    const plan = async (queryable: Pick<DbTransaction, "$queryRawUnsafe">) =>
      (await queryable.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN SELECT "block" FROM "claim_search_data" WHERE "id" >= 1 AND "id" <= 5`))
        .map((row) => row.detail)
        .join("; ");
    expect(await plan(target.db)).toMatch(/SCAN/);
    const planned = await target.db.$transaction(async (tx) => {
      await expectLargeSearchIndex(tx, 100_000);
      return plan(tx);
    });
    expect(planned).toMatch(/SEARCH .*INTEGER PRIMARY KEY/);
  });

  it("a column the backup does not know about is refused, not silently left out", async () => {
    const target = await fresh(TEST_ENGINE);
    await target.db.$executeRawUnsafe(`ALTER TABLE "Topic" ADD COLUMN "colour" TEXT`);
    await expect(exportDatabase(target.db, TEST_ENGINE, path.join(dir, "never.jsonl"))).rejects.toThrow(/Topic\.colour is not in lib\/backup\/tables\.ts/);
  });

  describe("a bad file is refused before anything is written, saying what is wrong", () => {
    const original = () => readFileSync(exported, "utf8").split("\n").filter(Boolean);
    const variants: [string, (lines: string[]) => string[], RegExp][] = [
      ["an edited row", (lines) => lines.map((line, index) => (index === 5 ? line.replace(/"name":"[^"]*"/, '"name":"Mallory"') : line)), /checksum does not match/],
      ["a truncated file", (lines) => lines.slice(0, -3), /truncated/],
      ["a file cut mid-line", (lines) => [...lines.slice(0, 8), lines[8]!.slice(0, 20)], /ends in the middle of line 9: it is truncated/],
      ["a wrong version", (lines) => [lines[0]!.replace('"version":1', '"version":2'), ...lines.slice(1)], /version 2 export; this ClaimDesk reads version 1/],
      ["a deleted row", (lines) => lines.filter((_, index) => index !== 10), /checksum does not match|trailer counts/],
      ["not an export", () => ["hello, world", "{}"], /Line 1 is not valid JSON/],
    ];
    it.each(variants)("%s", async (_, tamper, message) => {
      const file = path.join(dir, `tampered-${Math.random().toString(36).slice(2)}.jsonl`);
      const tampered = tamper(original());
      // Whole lines end with a newline; a line cut short does not.
      writeFileSync(file, tampered.join("\n") + (tampered.at(-1)!.endsWith("}") ? "\n" : ""));
      const target = await fresh(TEST_ENGINE);
      await expect(importDatabase(target.db, TEST_ENGINE, file)).rejects.toThrow(message);
      expect(await countRows(target.db)).toEqual(allZero);
    });
  });

  describe("a file whose checksum is right is still refused when its content is wrong", () => {
    // Re-signed: the trailer's checksum recomputed over the edited lines, as a careless tool would.
    const resigned = (edit: (line: string, index: number) => string) => {
      const lines = readFileSync(exported, "utf8").split("\n").filter(Boolean);
      const body = lines.slice(0, -1).map(edit);
      const hash = createHash("sha256");
      for (const line of body) hash.update(`${line}\n`);
      const trailer = { ...JSON.parse(lines.at(-1)!), sha256: hash.digest("hex") };
      const file = path.join(dir, `resigned-${Math.random().toString(36).slice(2)}.jsonl`);
      writeFileSync(file, `${[...body, JSON.stringify(trailer)].join("\n")}\n`);
      return file;
    };
    it.each([
      ["made at another migration", (line: string, index: number) => (index === 0 ? line.replace(/"migration":"[^"]*"/, '"migration":"20990101000000_future"') : line), /made at migration 20990101000000_future/],
      ["a date that is not a date", (line: string, index: number) => (index === 1 ? line.replace(/"createdAt":"[^"]*"/, '"createdAt":"yesterday"') : line), /Line 2 \(User\): createdAt/],
      ["a value not of its enum", (line: string, index: number) => (index === 1 ? line.replace(/"role":"[A-Z]*"/, '"role":"OWNER"') : line), /Line 2 \(User\): role/],
    ] as const)("%s", async (_, edit, message) => {
      const target = await fresh(TEST_ENGINE);
      await expect(importDatabase(target.db, TEST_ENGINE, resigned(edit))).rejects.toThrow(message);
      expect(await countRows(target.db)).toEqual(allZero);
    });
  });

  it("a database that is not empty is refused, and left as it was", async () => {
    const target = await fresh(TEST_ENGINE);
    await target.db.topic.create({ data: { slug: "already-here", name: "Already here" } });
    const before = await snapshotTables(target.db);
    await expect(importDatabase(target.db, TEST_ENGINE, exported)).rejects.toThrow(/not empty \(Topic: 1\)/);
    expect(await snapshotTables(target.db)).toEqual(before);
  });

  it("an import whose search index would not match a fresh one is rolled back", async () => {
    // Without its trigger the index misses every imported claim: the import must notice and write nothing.
    const target = await fresh(TEST_ENGINE);
    await target.db.$executeRawUnsafe(
      TEST_ENGINE === "postgresql" ? `DROP TRIGGER "claim_search_after_write" ON "Claim"` : `DROP TRIGGER "claim_search_after_insert"`,
    );
    await expect(importDatabase(target.db, TEST_ENGINE, exported)).rejects.toThrow(/full-text index does not match/);
    expect(await countRows(target.db)).toEqual(allZero);
  });

  it("npm run db:export refuses to overwrite a file without --force, reporting progress on stderr", async () => {
    const tsx = path.resolve("node_modules/.bin/tsx");
    const cli = (args: string[]) =>
      run(tsx, [path.resolve("prisma/cli/export.ts"), ...args], { env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL }, timeout: 60_000 });
    await expect(cli([exported])).rejects.toMatchObject({ stderr: expect.stringMatching(/already exists; pass --force/) });
    const again = await cli([exported, "--force"]);
    expect(again.stderr).toMatch(/Claim: \d+ rows/);
    expect(again.stdout).toMatch(/Exported \d+ rows/);
  });
});
