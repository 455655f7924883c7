/**
 * Tables the migrations create by hand and Prisma's schema does not describe: the full-text
 * search index (lib/search). The schema engine is told to leave them alone, so diffing the
 * history against the schema neither reports them as drift nor proposes to drop them. On SQLite
 * the FTS5 virtual table keeps its data in shadow tables of its own, listed too.
 */
const SEARCH_TABLE = "claim_search";
const FTS5_SHADOW_SUFFIXES = ["data", "idx", "content", "docsize", "config"];

/** The engine wants PostgreSQL's tables qualified by schema, SQLite's by name alone. */
export function schemaEngineFilters(provider: "sqlite" | "postgres" | string) {
  const externalTables =
    provider === "postgres"
      ? [`public.${SEARCH_TABLE}`]
      : [SEARCH_TABLE, ...FTS5_SHADOW_SUFFIXES.map((suffix) => `${SEARCH_TABLE}_${suffix}`)];
  return { externalTables, externalEnums: [] };
}
