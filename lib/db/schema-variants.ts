/**
 * ClaimDesk has one authored schema (prisma/schema.prisma, SQLite). The PostgreSQL schema is
 * derived from it by changing two lines, never edited by hand; a test fails when the committed
 * copy (prisma/postgresql/schema.prisma) and the derivation disagree.
 */
export const POSTGRES_SCHEMA_HEADER =
  "// GENERATED from prisma/schema.prisma by `npm run db:migrate:new`: do not edit.\n" +
  "// It is the schema the PostgreSQL migration history (prisma/postgresql/migrations) produces.\n\n";

export class SchemaVariantError extends Error {
  override name = "SchemaVariantError";
}

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`));
  if (matches?.length !== 1) throw new SchemaVariantError(`Expected exactly one ${what} in the authored schema`);
  return text.replace(pattern, replacement);
}

export function derivePostgresSchema(authored: string): string {
  let derived = replaceOnce(authored, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"', 'provider = "sqlite"');
  derived = replaceOnce(
    derived,
    /output(\s*)=\s*"\.\.\/lib\/db\/generated\/sqlite"/,
    'output$1= "../../lib/db/generated/postgresql"',
    "generated-client output",
  );
  return POSTGRES_SCHEMA_HEADER + derived;
}
