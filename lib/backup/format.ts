import { createHash, type Hash } from "node:crypto";
import { z } from "zod";
import { TABLE_NAMES, TABLES, type ColumnType, type TableSpec } from "./tables";

/**
 * The export format, version 1: JSON Lines, UTF-8, one record per line, so a file of any size is
 * written and read a line at a time, and `head`, `grep` and `wc -l` work on it.
 *
 *   {"format":"claimdesk-export","version":1,"engine":"sqlite","exportedAt":"…","migration":"2026…_name"}
 *   {"table":"User","row":{"id":"…","createdAt":"2026-11-27T21:00:00.000Z",…}}
 *   … one line per row, tables in foreign-key order (./tables.ts) …
 *   {"end":true,"counts":{"User":3,…},"rows":1234,"sha256":"…"}
 *
 * Values are lossless on both engines: dates as ISO 8601 strings in UTC to the millisecond (the
 * precision both engines keep), booleans as JSON booleans, integers as numbers, big integers as
 * decimal strings, absent values as null. The trailer's sha256 is taken over every preceding
 * line, each with its newline, so a truncated or edited file is refused before anything is
 * written; its counts say how many rows each table should receive.
 */

export const EXPORT_FORMAT = "claimdesk-export";
export const EXPORT_VERSION = 1;

export const headerSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int(),
  engine: z.enum(["sqlite", "postgresql"]),
  exportedAt: z.iso.datetime(),
  /** The last migration applied to the exported database: the target must be at the same one. */
  migration: z.string().min(1),
});
export type ExportHeader = z.infer<typeof headerSchema>;

export const rowLineSchema = z.object({ table: z.enum(TABLE_NAMES as [string, ...string[]]), row: z.record(z.string(), z.unknown()) }).strict();

export const trailerSchema = z
  .object({
    end: z.literal(true),
    counts: z.record(z.string(), z.number().int().nonnegative()),
    rows: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type ExportTrailer = z.infer<typeof trailerSchema>;

/** Running SHA-256 over lines as written to (or read from) the file. */
export class LineChecksum {
  private readonly hash: Hash = createHash("sha256");
  add(line: string): void {
    this.hash.update(line);
    this.hash.update("\n");
  }
  /** The digest so far; more lines may still be added. */
  hex(): string {
    return this.hash.copy().digest("hex");
  }
}

/** A database value (as Prisma returns it) as it is written to the file. */
function encodeValue(value: unknown, type: ColumnType): unknown {
  if (value === null || value === undefined) return null;
  if (type.kind === "date") return (value as Date).toISOString();
  if (type.kind === "bigint") return String(value);
  return value;
}

export function encodeRow(spec: TableSpec, row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(spec.columns).map(([column, type]) => [column, encodeValue(row[column], type)]));
}

const ISO_UTC = z.iso.datetime({ precision: 3 });

function baseSchema(type: ColumnType): z.ZodType {
  switch (type.kind) {
    case "string":
      return z.string();
    case "int":
      return z.number().int();
    case "boolean":
      return z.boolean();
    case "date":
      return ISO_UTC.transform((value) => new Date(value));
    case "bigint":
      return z.string().regex(/^-?\d+$/).transform((value) => BigInt(value));
    case "enum":
      return z.enum(type.values as [string, ...string[]]);
  }
}

function columnSchema(type: ColumnType): z.ZodType {
  return type.nullable ? baseSchema(type).nullable() : baseSchema(type);
}

/** One zod schema per table: every column present, of its type, and nothing else. */
const ROW_SCHEMAS = new Map(
  TABLES.map((spec) => [spec.name, z.object(Object.fromEntries(Object.entries(spec.columns).map(([column, type]) => [column, columnSchema(type)]))).strict()]),
);

/** A row read from the file, checked and turned back into the values Prisma writes. */
export function decodeRow(table: string, row: unknown): { ok: true; row: Record<string, unknown> } | { ok: false; problem: string } {
  const parsed = ROW_SCHEMAS.get(table)!.safeParse(row);
  if (parsed.success) return { ok: true, row: parsed.data as Record<string, unknown> };
  const issue = parsed.error.issues[0]!;
  return { ok: false, problem: `${issue.path.join(".") || "row"}: ${issue.message}` };
}
