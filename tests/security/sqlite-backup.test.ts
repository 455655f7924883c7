// Issue 10, point 12 (data a desk cannot lose): `npm run db:backup` copies a live SQLite database
// with SQLite's online backup, consistent while another process keeps writing; PostgreSQL is
// pointed to pg_dump.
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { backupSqliteDatabase, checkCopy } from "@/lib/db/sqlite-backup";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { seedTestDatabase } from "../helpers/fixtures";
import { TEST_ENGINE } from "../helpers/test-database";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(os.tmpdir(), "claimdesk-sqlite-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Another process writing as a desk does, in WAL mode, until its standard input closes: each
 * transaction adds one login attempt and one audit event, so a consistent copy always holds as
 * many of one as of the other.
 */
const WRITER = `
const Database = require("better-sqlite3");
const db = new Database(process.argv[1]);
db.pragma("journal_mode = WAL");
db.pragma("busy_timeout = 5000");
db.pragma("synchronous = NORMAL");
const attempt = db.prepare("INSERT INTO LoginAttempt (id, key, succeeded, createdAt) VALUES (?, 'backup-test', 0, ?)");
const audit = db.prepare("INSERT INTO AuditEvent (id, action, entityType, entityId, createdAt) VALUES (?, 'backup.test', 'Test', ?, ?)");
const pair = db.transaction((n) => { attempt.run("la-" + n, Date.now()); audit.run("ae-" + n, String(n), Date.now()); });
let n = 0;
let stop = false;
process.stdin.on("end", () => (stop = true)).resume();
(function burst() {
  for (let i = 0; i < 20; i++) pair(n++);
  if (stop) console.log(n);
  else setImmediate(burst);
})();
`;

describe.skipIf(TEST_ENGINE !== "sqlite")("security: SQLite online backup (issue 10, point 12)", () => {
  it("backs up a live database while another process writes: every copy opens, passes integrity_check, and is consistent", async () => {
    await seedTestDatabase();
    const { filePath } = resolveDatabaseTarget(process.env.DATABASE_URL) as { filePath: string };
    // Bulk, so a copy takes long enough for the writer's commits to land around and during it.
    const filler = new Database(filePath);
    filler.pragma("busy_timeout = 5000");
    const insert = filler.prepare("INSERT INTO AuditEvent (id, action, entityType, entityId, after, createdAt) VALUES (?, 'filler', 'Test', ?, ?, 0)");
    filler.transaction(() => {
      for (let n = 0; n < 15_000; n++) insert.run(`filler-${n}`, String(n), "x".repeat(200));
    })();
    filler.close();

    const writer = spawn(process.execPath, ["-e", WRITER, filePath], { stdio: ["pipe", "pipe", "inherit"] });
    let written = "";
    writer.stdout.on("data", (chunk) => (written += chunk));
    const finished = new Promise((resolve) => writer.on("exit", resolve));

    const pairsInCopies: number[] = [];
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (let copy = 0; copy < 4; copy++) {
      const file = path.join(dir, `copy-${copy}.db`);
      const report = await backupSqliteDatabase(filePath, file);
      expect(report.integrity).toBe("ok");
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const reopened = checkCopy(file);
      expect(reopened.integrity).toBe("ok");
      const db = new Database(file, { readonly: true });
      const attempts = db.prepare("SELECT COUNT(*) FROM LoginAttempt WHERE key = 'backup-test'").pluck().get() as number;
      const audits = db.prepare("SELECT COUNT(*) FROM AuditEvent WHERE action = 'backup.test'").pluck().get() as number;
      const claims = db.prepare("SELECT COUNT(*) FROM Claim").pluck().get() as number;
      db.close();
      expect(audits).toBe(attempts);
      expect(claims).toBeGreaterThan(0);
      expect(reopened.tables.Claim).toBe(claims);
      pairsInCopies.push(attempts);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    writer.stdin.end();
    await finished;
    // The writer was really writing throughout: the copies saw different, growing amounts of it.
    expect(Number(written)).toBeGreaterThan(pairsInCopies.at(-1)!);
    expect(new Set(pairsInCopies).size).toBeGreaterThan(1);
    expect(pairsInCopies).toEqual([...pairsInCopies].sort((a, b) => a - b));
  }, 60_000);

  it("refuses to overwrite a file without --force", async () => {
    const { filePath } = resolveDatabaseTarget(process.env.DATABASE_URL) as { filePath: string };
    const file = path.join(dir, "twice.db");
    await backupSqliteDatabase(filePath, file);
    await expect(backupSqliteDatabase(filePath, file)).rejects.toThrow(/already exists; pass --force/);
    await expect(backupSqliteDatabase(filePath, file, { force: true })).resolves.toMatchObject({ integrity: "ok" });
  });
});

describe.skipIf(TEST_ENGINE !== "postgresql")("security: db:backup on PostgreSQL (issue 10, point 12)", () => {
  it("refuses, pointing to pg_dump", async () => {
    const tsx = path.resolve("node_modules/.bin/tsx");
    await expect(
      run(tsx, [path.resolve("prisma/cli/backup.ts"), path.join(dir, "pg.db")], { env: process.env, timeout: 60_000 }),
    ).rejects.toMatchObject({ stderr: expect.stringMatching(/pg_dump --format=custom/) });
  });
});
