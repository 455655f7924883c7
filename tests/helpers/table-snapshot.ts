// Every table of a database as comparable data: two databases loaded by different runs (one
// killed and rerun, one clean) hold different cuids and timestamps, so each row is reduced to
// what must be equal. Ids become the natural key of the row they point to (a claim's slug, a
// user's email), generated ids and times are dropped, and each table is a sorted list of rows.
import { createPrismaClient, type DbClient } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/db/target";

/** Columns that differ between two correct loads of the same data. */
const VARIES = new Set(["id", "createdAt", "updatedAt", "passwordHash", "sessionVersion"]);

type Row = Record<string, unknown>;

async function naturalKeys(db: DbClient): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  for (const { id, slug } of await db.claim.findMany({ select: { id: true, slug: true } })) keys.set(id, `claim:${slug}`);
  for (const { id, slug } of await db.speaker.findMany({ select: { id: true, slug: true } })) keys.set(id, `speaker:${slug}`);
  for (const { id, slug } of await db.source.findMany({ select: { id: true, slug: true } })) keys.set(id, `source:${slug}`);
  for (const { id, slug } of await db.topic.findMany({ select: { id: true, slug: true } })) keys.set(id, `topic:${slug}`);
  for (const { id, email } of await db.user.findMany({ select: { id: true, email: true } })) keys.set(id, `user:${email}`);
  return keys;
}

/** Replaces ids with natural keys and drops varying columns, inside JSON audit snapshots too. */
function normalise(value: unknown, keys: Map<string, string>): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string") {
    if (keys.has(value)) return keys.get(value);
    if (value.startsWith("{")) {
      try {
        return normalise(JSON.parse(value), keys);
      } catch {
        return value;
      }
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => normalise(item, keys));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([column]) => !VARIES.has(column))
        .map(([column, inner]) => [column, normalise(inner, keys)]),
    );
  }
  return value;
}

function asSortedSet(rows: Row[], keys: Map<string, string>): string[] {
  return rows.map((row) => JSON.stringify(normalise(row, keys))).sort();
}

export async function snapshotTables(db: DbClient): Promise<Record<string, string[]>> {
  const keys = await naturalKeys(db);
  const tables: Record<string, Row[]> = {
    User: await db.user.findMany(),
    Speaker: await db.speaker.findMany(),
    Source: await db.source.findMany(),
    Topic: await db.topic.findMany(),
    Claim: await db.claim.findMany({ include: { topics: { select: { slug: true }, orderBy: { slug: "asc" } } } }),
    ClaimSubject: await db.claimSubject.findMany(),
    Evidence: await db.evidence.findMany(),
    ClaimLink: await db.claimLink.findMany(),
    Annotation: await db.annotation.findMany(),
    StatusChange: await db.statusChange.findMany(),
    LoginAttempt: await db.loginAttempt.findMany(),
    AuditEvent: await db.auditEvent.findMany(),
  };
  return Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, asSortedSet(rows, keys)]));
}

export async function snapshotDatabase(databaseUrl: string) {
  const db = createPrismaClient(resolveDatabaseTarget(databaseUrl));
  try {
    return await snapshotTables(db);
  } finally {
    await db.$disconnect();
  }
}
