// A PostgreSQL pool with every connection busy: requests queue for a bounded time, then are
// told to come back (503 with Retry-After), never answered 500; slow statements are cut off.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, type DbClient } from "@/lib/db";
import { answeringBusyWith503, isDatabaseBusy } from "@/lib/db/busy";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { TEST_ENGINE } from "../helpers/test-database";

/** A client of the test database with its own pool settings, read from the environment as the app does. */
function clientWith(env: Record<string, string>, statementTimeoutMs = 0): DbClient {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return createPrismaClient(resolveDatabaseTarget(process.env.DATABASE_URL), { statementTimeoutMs });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** Holds the pool's only connection for `ms`, inside a transaction. */
function holdTheConnection(client: DbClient, ms: number) {
  return client.$transaction(async (tx) => tx.$queryRawUnsafe(`SELECT 1 AS "slept" FROM pg_sleep(${ms / 1000})`), { timeout: ms + 5_000 });
}

describe.runIf(TEST_ENGINE === "postgresql")("a busy PostgreSQL pool", () => {
  const clients: DbClient[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.$disconnect()));
  });

  it("answers 503 with Retry-After once a request has waited DATABASE_POOL_WAIT_MS for a connection", async () => {
    const client = clientWith({ DATABASE_POOL_MAX: "1", DATABASE_POOL_WAIT_MS: "300" });
    clients.push(client);
    await client.claim.count(); // the one connection is open

    const holding = holdTheConnection(client, 1_500);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const waited = await client.claim.count().then(
      () => null,
      (error: unknown) => error,
    );
    expect(waited).not.toBeNull();
    expect(isDatabaseBusy(waited)).toBe(true);

    const handler = answeringBusyWith503(async () => Response.json({ claims: await client.claim.count() }));
    const response = await handler();
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("2");
    expect((await response.json()) as { error: string }).toMatchObject({ error: "busy" });

    await holding;
    // Once the connection is free again, the same handler answers.
    const after = await handler();
    expect(after.status).toBe(200);
  });

  it("lets a request that fits in the wait through: a short burst queues rather than failing", async () => {
    const client = clientWith({ DATABASE_POOL_MAX: "1", DATABASE_POOL_WAIT_MS: "5000" });
    clients.push(client);
    const holding = holdTheConnection(client, 500);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const counts = await Promise.all(Array.from({ length: 10 }, () => client.claim.count()));
    expect(counts).toHaveLength(10);
    await holding;
  });

  it("cuts off a statement that runs past DATABASE_STATEMENT_TIMEOUT_MS, freeing its connection", async () => {
    const client = clientWith({ DATABASE_POOL_MAX: "1" }, 200);
    clients.push(client);
    await expect(client.$queryRawUnsafe(`SELECT 1 AS "slept" FROM pg_sleep(2)`)).rejects.toThrow(/statement timeout|canceling statement/i);
    expect(await client.claim.count()).toBeGreaterThanOrEqual(0);
  });

  it("is not busy for other failures", () => {
    expect(isDatabaseBusy(new Error("relation does not exist"))).toBe(false);
    expect(isDatabaseBusy(null)).toBe(false);
  });
});
