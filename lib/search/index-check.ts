import type { DbClient, DbTransaction } from "../db";
import type { DatabaseEngine } from "../db/target";

/**
 * Whether the full-text index (claim_search, kept by triggers: see the migration
 * …_claim_search_and_list_indexes) holds exactly what a freshly built index over today's claims
 * would. An import relies on the triggers firing for every claim it inserts; this proves they did.
 * Returns what differs, or null.
 */
export async function searchIndexDifference(db: DbClient | DbTransaction, engine: DatabaseEngine): Promise<string | null> {
  return engine === "postgresql" ? postgresDifference(db) : sqliteDifference(db);
}

async function postgresDifference(db: DbClient | DbTransaction): Promise<string | null> {
  // The stored tsvector of every claim must be the one its searchText gives, and no row may be left over.
  const [row] = await db.$queryRaw<{ claims: bigint; indexed: bigint; wrong: bigint }[]>`
    SELECT (SELECT COUNT(*) FROM "Claim") AS claims,
           (SELECT COUNT(*) FROM "claim_search") AS indexed,
           (SELECT COUNT(*) FROM "Claim" c LEFT JOIN "claim_search" s ON s."claimId" = c."id"
             WHERE s."claimId" IS NULL OR s."document" <> to_tsvector('simple', c."searchText")) AS wrong`;
  const { claims, indexed, wrong } = { claims: Number(row!.claims), indexed: Number(row!.indexed), wrong: Number(row!.wrong) };
  if (claims === indexed && wrong === 0) return null;
  return `${claims} claims, ${indexed} indexed, ${wrong} missing or stale`;
}

/**
 * SQLite's index is contentless (it keeps no copy of the text), so it is compared with a fresh
 * one built in a temporary table from the same definition, word by word and position by position
 * (fts5vocab's "instance" view), each claim by its rowid.
 */
async function sqliteDifference(db: DbClient | DbTransaction): Promise<string | null> {
  const [definition] = await db.$queryRaw<{ sql: string }[]>`SELECT sql FROM sqlite_master WHERE name = 'claim_search'`;
  if (!definition) return "the claim_search table is missing";
  const fresh = definition.sql.replace(/"claim_search"|\bclaim_search\b/, 'temp."claim_search_fresh"');
  await db.$executeRawUnsafe(fresh);
  try {
    await db.$executeRawUnsafe(`INSERT INTO temp."claim_search_fresh" (rowid, "body") SELECT rowid, "searchText" FROM "Claim"`);
    await db.$executeRawUnsafe(`CREATE VIRTUAL TABLE temp."claim_search_live_terms" USING fts5vocab(main, claim_search, instance)`);
    await db.$executeRawUnsafe(`CREATE VIRTUAL TABLE temp."claim_search_fresh_terms" USING fts5vocab(temp, claim_search_fresh, instance)`);
    const [row] = await db.$queryRaw<{ claims: bigint; indexed: bigint; missing: bigint; extra: bigint }[]>`
      SELECT (SELECT COUNT(*) FROM "Claim") AS claims,
             (SELECT COUNT(*) FROM "claim_search_docsize") AS indexed,
             (SELECT COUNT(*) FROM (SELECT term, doc, col, "offset" FROM temp."claim_search_fresh_terms"
                                    EXCEPT SELECT term, doc, col, "offset" FROM temp."claim_search_live_terms")) AS missing,
             (SELECT COUNT(*) FROM (SELECT term, doc, col, "offset" FROM temp."claim_search_live_terms"
                                    EXCEPT SELECT term, doc, col, "offset" FROM temp."claim_search_fresh_terms")) AS extra`;
    const { claims, indexed, missing, extra } = {
      claims: Number(row!.claims),
      indexed: Number(row!.indexed),
      missing: Number(row!.missing),
      extra: Number(row!.extra),
    };
    if (claims === indexed && missing === 0 && extra === 0) return null;
    return `${claims} claims, ${indexed} indexed, ${missing} word positions missing, ${extra} extra`;
  } finally {
    await db.$executeRawUnsafe(`DROP TABLE IF EXISTS temp."claim_search_live_terms"`);
    await db.$executeRawUnsafe(`DROP TABLE IF EXISTS temp."claim_search_fresh_terms"`);
    await db.$executeRawUnsafe(`DROP TABLE IF EXISTS temp."claim_search_fresh"`);
  }
}
