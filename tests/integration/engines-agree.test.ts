import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, type DbClient } from "@/lib/db";
import { applyPendingMigrations, resolveDatabaseTarget } from "@/lib/db/migrations";
import { seedDatabase } from "@/seed/seed";
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from "../helpers/test-database";

const databases: TestDatabase[] = [];
const clients: DbClient[] = [];

afterAll(async () => {
  await Promise.all(clients.map((client) => client.$disconnect()));
  await Promise.all(databases.map((database) => database.drop()));
});

async function seededSnapshot(engine: "sqlite" | "postgresql") {
  const database = await createTestDatabase(engine);
  databases.push(database);
  const target = resolveDatabaseTarget(database.url);
  await applyPendingMigrations(target);
  const db = createPrismaClient(target);
  clients.push(db);
  const report = await seedDatabase(db, { includeDemoUsers: true });
  const counts = {
    claims: await db.claim.count(),
    speakers: await db.speaker.count(),
    sources: await db.source.count(),
    evidence: await db.evidence.count(),
    links: await db.claimLink.count(),
    topics: await db.topic.count(),
    statusChanges: await db.statusChange.count(),
    users: await db.user.count(),
  };
  const claims = await db.claim.findMany({
    orderBy: { slug: "asc" },
    select: {
      slug: true,
      quote: true,
      verification: true,
      rating: true,
      workflow: true,
      saidAt: true,
      anchorParagraph: true,
      claimant: { select: { slug: true } },
      evidence: { orderBy: { source: { slug: "asc" } }, select: { stance: true, strength: true, source: { select: { slug: true } } } },
    },
  });
  return { report, counts, claims };
}

// Runs once, in the PostgreSQL project: it needs both engines.
describe.runIf(TEST_ENGINE === "postgresql")("SQLite and PostgreSQL", () => {
  it("hold identical seed counts, statuses, anchors and evidence", async () => {
    const [sqlite, postgres] = await Promise.all([seededSnapshot("sqlite"), seededSnapshot("postgresql")]);
    expect(postgres.report).toEqual(sqlite.report);
    expect(postgres.counts).toEqual(sqlite.counts);
    expect(postgres.counts.claims).toBeGreaterThanOrEqual(25);
    expect(postgres.claims).toEqual(sqlite.claims);
  });
});
