import { existsSync, linkSync, renameSync, rmSync } from "node:fs";
import { open } from "node:fs/promises";
import { Prisma, type DbClient, type DbTransaction } from "../db";
import type { DatabaseEngine } from "../db/target";
import { encodeRow, EXPORT_FORMAT, EXPORT_VERSION, LineChecksum, type ExportHeader, type ExportTrailer } from "./format";
import { assertSchemaMatches, BackupError, countRows, latestMigration } from "./schema-check";
import { TABLES, type TableSpec } from "./tables";

export type ExportOptions = {
  /** Replace an existing file (otherwise refused). */
  force?: boolean;
  /** Rows read per query: memory holds one page, never a whole table. */
  pageSize?: number;
  onProgress?: (line: string) => void;
};

export type ExportReport = { file: string; counts: Record<string, number>; rows: number; sha256: string; elapsedMs: number };

type Row = Record<string, unknown>;
type Delegate = { findMany(args: object): Promise<Row[]> };

/** A long export must not be cut off by Prisma's default 5-second interactive transaction. */
const NO_TIMEOUT = { maxWait: 60_000, timeout: 7 * 24 * 3_600_000 };

/** One table's rows, a page at a time, in the order ./tables.ts gives (keyset paging, no OFFSET). */
async function* pages(tx: DbTransaction, spec: TableSpec, pageSize: number): AsyncGenerator<Row[]> {
  if (spec.model === null) {
    // An implicit many-to-many table has no Prisma model: read by its two-column key, which Prisma
    // always names A and B.
    const [first, second] = spec.order.map((column) => Prisma.raw(`"${column}"`)) as [Prisma.Sql, Prisma.Sql];
    const table = Prisma.raw(`"${spec.name}"`);
    let last: Row | null = null;
    for (;;) {
      const where = last
        ? Prisma.sql`WHERE ${first} > ${last.A} OR (${first} = ${last.A} AND ${second} > ${last.B})`
        : Prisma.empty;
      const rows: Row[] = await tx.$queryRaw<Row[]>`SELECT ${first}, ${second} FROM ${table} ${where} ORDER BY ${first}, ${second} LIMIT ${pageSize}`;
      if (rows.length > 0) yield rows;
      if (rows.length < pageSize) return;
      last = rows[rows.length - 1]!;
    }
  }
  const delegate = (tx as unknown as Record<string, Delegate>)[spec.model]!;
  let cursor: Row | undefined;
  for (;;) {
    const rows = await delegate.findMany({
      orderBy: spec.order.map((column) => ({ [column]: "asc" })),
      take: pageSize,
      ...(cursor ? { cursor, skip: 1 } : {}),
      // The client leaves password hashes out of every result unless asked; a backup must keep them.
      ...(spec.name === "User" ? { omit: { passwordHash: false } } : {}),
    });
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    cursor = spec.cursor!(rows[rows.length - 1]!);
  }
}

/**
 * Writes every table of the database to `file` in the export format (./format.ts), from one
 * consistent snapshot: a single read transaction (REPEATABLE READ on PostgreSQL; on SQLite in WAL
 * mode a read transaction sees one snapshot), so a desk may keep working during the export. The
 * file is written under a temporary name and given its own only once complete, so a crash never
 * leaves a file that looks like an export.
 */
export async function exportDatabase(db: DbClient, engine: DatabaseEngine, file: string, options: ExportOptions = {}): Promise<ExportReport> {
  const started = performance.now();
  const pageSize = options.pageSize ?? 1_000;
  const progress = options.onProgress ?? (() => {});
  if (existsSync(file) && !options.force) throw new BackupError(`${file} already exists; pass --force to replace it.`);

  const temporary = `${file}.partial-${process.pid}`;
  // Owner-only: the file holds password hashes, internal notes and the audit log.
  const handle = await open(temporary, "wx", 0o600);
  const checksum = new LineChecksum();
  const write = async (lines: string[]) => {
    for (const line of lines) checksum.add(line);
    await handle.write(lines.map((line) => `${line}\n`).join(""));
  };

  try {
    const isolation = engine === "postgresql" ? { isolationLevel: "RepeatableRead" as never } : {};
    const { counts, rows } = await db.$transaction(async (tx) => {
      await assertSchemaMatches(tx, engine);
      const header: ExportHeader = {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        engine,
        exportedAt: new Date().toISOString(),
        migration: await latestMigration(tx),
      };
      await write([JSON.stringify(header)]);
      const expected = await countRows(tx);
      const counts: Record<string, number> = {};
      let rows = 0;
      for (const spec of TABLES) {
        const total = expected[spec.name]!;
        let written = 0;
        let nextReport = 10_000;
        for await (const page of pages(tx, spec, pageSize)) {
          await write(page.map((row) => JSON.stringify({ table: spec.name, row: encodeRow(spec, row) })));
          written += page.length;
          if (written >= nextReport && written < total) {
            progress(`${spec.name}: ${fmt(written)} / ${fmt(total)} rows`);
            nextReport += 10_000;
          }
        }
        // The snapshot does not move, so the pages add up to the count; anything else is a bug.
        if (written !== total) throw new BackupError(`${spec.name}: read ${written} rows, but the table has ${total}.`);
        progress(`${spec.name}: ${fmt(written)} rows`);
        counts[spec.name] = written;
        rows += written;
      }
      return { counts, rows };
    }, { ...NO_TIMEOUT, ...isolation });

    const sha256 = checksum.hex();
    const trailer: ExportTrailer = { end: true, counts, rows, sha256 };
    await handle.write(`${JSON.stringify(trailer)}\n`);
    await handle.sync();
    await handle.close();
    if (options.force) renameSync(temporary, file);
    else {
      // A hard link fails if the name was taken meanwhile: never overwrite without --force.
      linkSync(temporary, file);
      rmSync(temporary);
    }
    return { file, counts, rows, sha256, elapsedMs: performance.now() - started };
  } catch (error) {
    await handle.close().catch(() => {});
    rmSync(temporary, { force: true });
    if (error instanceof Error && (error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new BackupError(`${file} already exists; pass --force to replace it.`);
    }
    throw error;
  }
}

export function fmt(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}
