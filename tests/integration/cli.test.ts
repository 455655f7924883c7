import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { SEED_CLAIMS } from "@/seed/data/claims";
import { createTestDatabase, TEST_ENGINE, testPostgresUrl, type TestDatabase } from "../helpers/test-database";

const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");

/** Runs one of the project's CLI entry points the way its npm script does, on its own database. */
function cli(script: string, databaseUrl: string, args: string[] = [], cwd = process.cwd()) {
  return run(tsx, [path.resolve(script), ...args], {
    cwd,
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "development" },
    timeout: 60_000,
  });
}

/** A scratch project root holding a copy of prisma/, so migrate:new can never write into the repo. */
function scratchProject() {
  const root = mkdtempSync(path.join(os.tmpdir(), "claimdesk-project-"));
  cpSync(path.resolve("prisma"), path.join(root, "prisma"), { recursive: true });
  return root;
}

const databases: TestDatabase[] = [];
afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
});

async function newDatabaseUrl() {
  const database = await createTestDatabase();
  databases.push(database);
  return database.url;
}

async function countClaims(databaseUrl: string) {
  const db = createPrismaClient(resolveDatabaseTarget(databaseUrl));
  try {
    return await db.claim.count();
  } finally {
    await db.$disconnect();
  }
}

describe("npm run db:migrate and db:seed", () => {
  it("migrate twice: applies the migrations, then nothing", async () => {
    const url = await newDatabaseUrl();
    const first = await cli("prisma/cli/migrate.ts", url);
    expect(first.stdout).toMatch(/applied \d{14}_init/);
    const second = await cli("prisma/cli/migrate.ts", url);
    expect(second.stdout).toMatch(/Nothing to apply: all \d+ migration\(s\) already applied\./);
  });

  it("seed twice: the same counts, the second run creating nothing and saying so", async () => {
    const url = await newDatabaseUrl();
    await cli("prisma/cli/migrate.ts", url);
    const first = await cli("seed/cli.ts", url);
    expect(first.stdout).toContain(`claims +${SEED_CLAIMS.length} (0 skipped)`);
    expect(await countClaims(url)).toBe(SEED_CLAIMS.length);
    const second = await cli("seed/cli.ts", url);
    expect(second.stdout).toContain(`claims +0 (${SEED_CLAIMS.length} skipped)`);
    expect(second.stdout).toContain("Nothing to create: the seed is already loaded.");
    expect(await countClaims(url)).toBe(SEED_CLAIMS.length);
  });

  it("seed on an unmigrated database fails with a hint instead of a stack trace", async () => {
    const failure = await cli("seed/cli.ts", await newDatabaseUrl()).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain("npm run db:migrate");
  });
});

describe("npm run user:create", () => {
  function createUserCli(databaseUrl: string, args: string[], stdin: string) {
    return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(tsx, [path.resolve("prisma/cli/user-create.ts"), ...args], {
        env: { ...process.env, DATABASE_URL: databaseUrl },
        timeout: 60_000,
      }, (error, stdout, stderr) => resolve({ code: error ? (error as { code?: number }).code ?? 1 : 0, stdout, stderr }));
      child.stdin?.end(stdin);
    });
  }

  it("creates a login with the password from standard input, and refuses a short password or a duplicate", async () => {
    const url = await newDatabaseUrl();
    await cli("prisma/cli/migrate.ts", url);
    const created = await createUserCli(url, ["--email", "Chief@Example.org", "--role", "admin", "--name", "Chief"], "a long and secret password\n");
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout).toContain("Created chief@example.org (admin).");
    expect(created.stdout + created.stderr).not.toContain("a long and secret password");

    const db = createPrismaClient(resolveDatabaseTarget(url));
    try {
      const user = await db.user.findUniqueOrThrow({ where: { email: "chief@example.org" }, select: { role: true, passwordHash: true } });
      expect(user.role).toBe("ADMIN");
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    } finally {
      await db.$disconnect();
    }

    const short = await createUserCli(url, ["--email", "b@example.org", "--role", "editor"], "short\n");
    expect(short.code).toBe(1);
    expect(short.stderr).toContain("password: At least 12 characters");
    const duplicate = await createUserCli(url, ["--email", "chief@example.org", "--role", "editor"], "another long password\n");
    expect(duplicate.stderr).toContain("already exists");
    const badRole = await createUserCli(url, ["--email", "c@example.org", "--role", "owner"], "another long password\n");
    expect(badRole.stderr).toContain("role:");
    const usage = await createUserCli(url, ["--email", "c@example.org"], "");
    expect(usage.code).toBe(2);
  });
});

describe("seeding a database that is not on this machine", () => {
  it("is refused before connecting, unless forced", async () => {
    const remote = "postgresql://claimdesk:secret@db.example.com:5432/claimdesk";
    const failure = await cli("seed/cli.ts", remote).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain("Refusing to run against PostgreSQL db.example.com/claimdesk");
    expect((failure as { stderr: string }).stderr).not.toContain("secret");
  });
});

describe("npm run dev's preparation", () => {
  it("migrates and seeds an empty database, and leaves a seeded one alone", async () => {
    const url = await newDatabaseUrl();
    const first = await cli("seed/prepare-dev.ts", url);
    expect(first.stdout).toMatch(/applied [1-9]\d* migration\(s\)/);
    expect(first.stdout).toContain("the database is empty; loading the seed article");
    expect(await countClaims(url)).toBe(SEED_CLAIMS.length);

    const second = await cli("seed/prepare-dev.ts", url);
    expect(second.stdout).toContain("migrations up to date");
    expect(second.stdout).not.toContain("loading the seed article");
    expect(await countClaims(url)).toBe(SEED_CLAIMS.length);
  });
});

describe("npm run db:migrate:new", () => {
  it("refuses a missing or unsafe name", async () => {
    const failure = await cli("prisma/cli/migrate-new.ts", await newDatabaseUrl(), ["../evil"], scratchProject()).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain("Usage: npm run db:migrate:new -- <name>");
  });

  it.runIf(TEST_ENGINE === "postgresql")("writes nothing when the schema matches both histories", async () => {
    const project = scratchProject();
    const before = readdirSync(path.join(project, "prisma/migrations"));
    const { stdout } = await cli("prisma/cli/migrate-new.ts", testPostgresUrl(), ["nothing_changed"], project);
    expect(stdout).toContain("no migration written");
    expect(readdirSync(path.join(project, "prisma/migrations"))).toEqual(before);
  });
});
