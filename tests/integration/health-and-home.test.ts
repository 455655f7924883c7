import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { countPublishedByVerification } from "@/lib/claims/queries";
import { checkDatabaseHealth } from "@/lib/db/health";
import { SEED_CLAIMS } from "@/seed/data/claims";
import { seedTestDatabase } from "../helpers/fixtures";
import { createTestDatabase, unreachableDatabaseUrl } from "../helpers/test-database";

const testDatabaseUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  await seedTestDatabase();
});

afterEach(() => {
  process.env.DATABASE_URL = testDatabaseUrl;
});

describe("GET /api/health", () => {
  it("answers 200 when the database is reachable and fully migrated", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    // The detail stays on the server.
    const health = await checkDatabaseHealth();
    expect(health).toMatchObject({ ok: true, reachable: true, migrations: { pending: [], failed: [] } });
    expect(health.migrations!.applied).toBeGreaterThan(0);
  });

  it("answers 503 and lists what is pending when migrations have not run", async () => {
    const database = await createTestDatabase();
    process.env.DATABASE_URL = database.url;
    const [response, health] = await Promise.all([GET(), checkDatabaseHealth()]).finally(() => database.drop());
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ok: false });
    expect(health.migrations!.pending.length).toBeGreaterThan(0);
  });

  it("reports an unreachable database without leaking its error", async () => {
    process.env.DATABASE_URL = unreachableDatabaseUrl();
    const health = await checkDatabaseHealth();
    expect(health).toMatchObject({ ok: false, reachable: false, error: "Database unreachable" });
  });
});

describe("home page reads", () => {
  it("counts published claims by verification status", async () => {
    const counts = await countPublishedByVerification();
    const published = SEED_CLAIMS.filter((claim) => claim.workflow === "PUBLISHED");
    expect(counts.UNVERIFIED).toBe(published.filter((claim) => claim.verification === "UNVERIFIED").length);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(published.length);
  });
});
