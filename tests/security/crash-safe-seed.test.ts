// Issue 10, point 7 (the seed): `npm run db:seed` killed with SIGKILL at any point and rerun
// ends with exactly the data of a clean seed, and never says "already loaded" before it is.
// The kill is exact: CLAIMDESK_TEST_KILL_AFTER names the step after which the CLI kills itself
// (lib/crash-point.ts); the real CLI runs as a child process against a database of its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_CLAIMS } from "@/seed/data/claims";
import { runCliProcess } from "../helpers/cli-process";
import { snapshotDatabase } from "../helpers/table-snapshot";
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from "../helpers/test-database";

const ALREADY_LOADED = "the seed is already loaded";
const databases: TestDatabase[] = [];
let clean: Awaited<ReturnType<typeof snapshotDatabase>>;

async function migratedDatabase() {
  const database = await createTestDatabase();
  databases.push(database);
  const migrated = await runCliProcess("prisma/cli/migrate.ts", { DATABASE_URL: database.url });
  expect(migrated.code, migrated.stderr).toBe(0);
  return database.url;
}

const seed = (url: string, killAfter?: string) =>
  runCliProcess("seed/cli.ts", { DATABASE_URL: url, ...(killAfter ? { CLAIMDESK_TEST_KILL_AFTER: killAfter } : {}) });

/** Kills the seed after each step in turn, on one database, then runs it to the end. */
async function seedKilledAt(url: string, steps: string[]) {
  for (const step of steps) {
    const run = await seed(url, step);
    expect(run.killed, `the seed was to be killed after "${step}"; it ended with ${run.code}\n${run.stdout}${run.stderr}`).toBe(true);
    expect(run.stdout).not.toContain(ALREADY_LOADED);
  }
  const last = await seed(url);
  expect(last.code, last.stderr).toBe(0);
  return last;
}

beforeAll(async () => {
  const url = await migratedDatabase();
  const run = await seed(url);
  expect(run.code, run.stderr).toBe(0);
  clean = await snapshotDatabase(url);
}, 120_000);

afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
});

const lastClaim = SEED_CLAIMS.at(-1)!.slug;

describe(`security: the seed is crash-safe (issue 10, point 7; ${TEST_ENGINE})`, () => {
  it("killed after its last claim and rerun, it loads every claim link and only then says it is loaded", async () => {
    const url = await migratedDatabase();
    const rerun = await seedKilledAt(url, [`claim ${lastClaim}`]);
    expect(rerun.stdout).not.toContain(ALREADY_LOADED);
    expect(await snapshotDatabase(url)).toEqual(clean);
    expect((await seed(url)).stdout).toContain(ALREADY_LOADED);
  }, 120_000);

  it("killed at every kind of step, run after run, it ends with exactly the data of a clean seed", async () => {
    const url = await migratedDatabase();
    await seedKilledAt(url, [
      "sources",
      `claim ${SEED_CLAIMS[0]!.slug} (not committed)`,
      `claim ${SEED_CLAIMS[4]!.slug}`,
      `claim ${lastClaim} (not committed)`,
      "links (not committed)",
    ]);
    expect(await snapshotDatabase(url)).toEqual(clean);
  }, 240_000);
});
