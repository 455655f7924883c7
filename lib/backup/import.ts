import { createReadStream, existsSync } from "node:fs";
import { Prisma, type DbClient, type DbTransaction } from "../db";
import type { DatabaseEngine } from "../db/target";
import { searchIndexDifference } from "../search/index-check";
import { fmt } from "./export";
import {
  decodeRow,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  headerSchema,
  LineChecksum,
  rowLineSchema,
  trailerSchema,
  type ExportHeader,
  type ExportTrailer,
} from "./format";
import { assertSchemaMatches, BackupError, countRows, latestMigration } from "./schema-check";
import { analyseLoadedDatabase, expectLargeSearchIndex } from "./sqlite-statistics";
import { TABLE_NAMES, TABLES } from "./tables";

export type ImportOptions = {
  /** Rows per INSERT statement, at most. */
  batchSize?: number;
  /** The rows' lines in the file, in bytes, per INSERT statement, at most (a single longer row goes alone). */
  batchBytes?: number;
  onProgress?: (line: string) => void;
};

export type ImportReport = { header: ExportHeader; counts: Record<string, number>; rows: number; elapsedMs: number };

type Row = Record<string, unknown>;
type Line = { number: number; table: string; row: Row; bytes: number };

/**
 * The file's lines; `checksumBefore`, called before the next line is read, digests every line
 * before this one. Read straight from the stream's own async iterator, which reads a chunk only
 * when the previous one is used up: readline's iterator keeps reading ahead and buffering lines
 * while the import is busy inserting, which held most of a 400 MB file in memory.
 */
async function* lines(file: string): AsyncGenerator<{ number: number; text: string; checksumBefore: () => string }> {
  const checksum = new LineChecksum();
  let number = 0;
  let rest = "";
  for await (const chunk of createReadStream(file, { encoding: "utf8" })) {
    rest += chunk as string;
    let start = 0;
    for (let end = rest.indexOf("\n"); end !== -1; end = rest.indexOf("\n", start)) {
      const text = rest.slice(start, end);
      start = end + 1;
      number += 1;
      yield { number, text, checksumBefore: () => checksum.hex() };
      checksum.add(text);
    }
    rest = rest.slice(start);
  }
  // Every line of an export ends with a newline: anything after the last one was cut off.
  if (rest.length > 0) throw new BackupError(`The file ends in the middle of line ${number + 1}: it is truncated (an export cut short, or a partial copy).`);
}

function parseJson(text: string, number: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BackupError(`Line ${number} is not valid JSON: the file is damaged or not a ClaimDesk export.`);
  }
}

/**
 * Reads a whole export and checks it, writing nothing: the header (format and version), every
 * row (its table known, in foreign-key order, each column of its type), the trailer (present,
 * last, its counts those of the rows, its SHA-256 that of every line before it). Yields each row
 * as it goes, so the import can insert what the same pass checked.
 */
async function* checkedRows(file: string): AsyncGenerator<Line | { header: ExportHeader } | { trailer: ExportTrailer }> {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist.`);
  let header: ExportHeader | null = null;
  let trailer: ExportTrailer | null = null;
  const counts: Record<string, number> = Object.fromEntries(TABLE_NAMES.map((name) => [name, 0]));
  let tableIndex = 0;
  let rows = 0;
  for await (const { number, text, checksumBefore } of lines(file)) {
    if (trailer) throw new BackupError(`Line ${number} follows the trailer: the file has been edited or joined to another.`);
    const value = parseJson(text, number);
    if (number === 1) {
      const format = (value as { format?: unknown })?.format;
      if (format !== EXPORT_FORMAT) throw new BackupError(`${file} is not a ClaimDesk export (its first line has no "format": "${EXPORT_FORMAT}").`);
      const version = (value as { version?: unknown }).version;
      if (version !== EXPORT_VERSION) {
        throw new BackupError(`${file} is a version ${String(version)} export; this ClaimDesk reads version ${EXPORT_VERSION} only.`);
      }
      const parsed = headerSchema.safeParse(value);
      if (!parsed.success) throw new BackupError(`The header (line 1) is malformed: ${parsed.error.issues[0]!.message}.`);
      header = parsed.data;
      yield { header };
      continue;
    }
    if (typeof value === "object" && value !== null && "end" in value) {
      const parsed = trailerSchema.safeParse(value);
      if (!parsed.success) throw new BackupError(`The trailer (line ${number}) is malformed: ${parsed.error.issues[0]!.message}.`);
      trailer = parsed.data;
      if (trailer.sha256 !== checksumBefore()) {
        throw new BackupError("The checksum does not match: the file was changed or damaged after it was exported.");
      }
      for (const name of TABLE_NAMES) {
        if ((trailer.counts[name] ?? 0) !== counts[name]) {
          throw new BackupError(`The trailer counts ${trailer.counts[name] ?? 0} ${name} rows, the file holds ${counts[name]}.`);
        }
      }
      if (trailer.rows !== rows) throw new BackupError(`The trailer counts ${trailer.rows} rows, the file holds ${rows}.`);
      continue;
    }
    const line = rowLineSchema.safeParse(value);
    if (!line.success) throw new BackupError(`Line ${number} is not a row of a known table.`);
    const index = TABLE_NAMES.indexOf(line.data.table);
    if (index < tableIndex) throw new BackupError(`Line ${number}: ${line.data.table} rows after ${TABLE_NAMES[tableIndex]} rows, out of order.`);
    tableIndex = index;
    const decoded = decodeRow(line.data.table, line.data.row);
    if (!decoded.ok) throw new BackupError(`Line ${number} (${line.data.table}): ${decoded.problem}.`);
    counts[line.data.table]! += 1;
    rows += 1;
    yield { number, table: line.data.table, row: decoded.row, bytes: Buffer.byteLength(text) + 1 };
  }
  if (!header) throw new BackupError(`${file} is empty.`);
  if (!trailer) throw new BackupError("The file ends before its trailer: it is truncated (an export cut short, or a partial copy).");
  yield { trailer };
}

/** Checks a whole file without writing anything; returns its header and trailer. */
export async function verifyExportFile(file: string): Promise<{ header: ExportHeader; trailer: ExportTrailer }> {
  let header: ExportHeader | undefined;
  let trailer: ExportTrailer | undefined;
  for await (const item of checkedRows(file)) {
    if ("header" in item) header = item.header;
    if ("trailer" in item) trailer = item.trailer;
  }
  return { header: header!, trailer: trailer! };
}

/**
 * One multi-row INSERT with bound parameters, built as seed/synth does (both engines bind dates,
 * booleans and enums the way Prisma's own writes store them). Not Prisma's createMany, which
 * was several times slower.
 */
async function insertBatch(tx: DbTransaction, table: string, rows: Row[]): Promise<void> {
  const spec = TABLES.find((candidate) => candidate.name === table)!;
  const columns = Object.keys(spec.columns);
  const strings = [`INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES (`];
  const values: unknown[] = [];
  rows.forEach((row, rowIndex) => {
    columns.forEach((column, columnIndex) => {
      values.push(row[column] ?? null);
      if (columnIndex < columns.length - 1) strings.push(", ");
    });
    strings.push(rowIndex < rows.length - 1 ? "), (" : ")");
  });
  await tx.$executeRaw(new Prisma.Sql(strings, values));
}

/**
 * The import's memory is bounded by the size of one statement, whatever the number of rows:
 * Prisma's debug log keeps the arguments of its last 100 calls even when DEBUG is off (the
 * adapter's last 100 statements with their parameters, the client's last raw statements written
 * out with theirs). Batches of 500 claims made that history hold about 100 MB, which ran a 160 MB
 * heap out and let the default heap reach 1.2 GB at 100k claims; statements of at most 64 KB keep
 * it to a few MB (`npm run bench:backup`, README "Backups and moving to PostgreSQL").
 */
const DEFAULT_BATCH_BYTES = 64 * 1024;

/** Import must never wait on Prisma's default 5-second limit for an interactive transaction. */
const NO_TIMEOUT = { maxWait: 60_000, timeout: 7 * 24 * 3_600_000 };

/**
 * Loads an export into an empty, migrated database of either engine.
 *
 * The file is read twice: first checked whole (./format.ts: version, every row, counts, SHA-256)
 * with nothing written, then inserted as it is read again, in foreign-key order, in batches of
 * bounded size (so memory stays flat however large the file), all inside ONE transaction. One transaction because an import is all or nothing: a failure at any row (a full
 * disk, a lost connection, a file swapped between the two passes) leaves the database as empty
 * as it was, so the operator fixes the cause and runs the same command again, instead of facing
 * a half-loaded database that the next attempt refuses as not empty. Both engines handle a
 * transaction of millions of rows (SQLite writes it to its WAL, PostgreSQL to its heap), and it
 * is also the fastest way: one commit, one sync. Before committing, the row counts are checked
 * against the file and the full-text index against a freshly built one (its triggers fired for
 * every claim inserted); on SQLite the loaded tables are then analysed for the query planner.
 */
export async function importDatabase(db: DbClient, engine: DatabaseEngine, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 500;
  const batchBytes = options.batchBytes ?? DEFAULT_BATCH_BYTES;
  const progress = options.onProgress ?? (() => {});

  progress(`Checking ${file} (format, version, every row, counts, checksum)…`);
  const { header, trailer } = await verifyExportFile(file);
  progress(`  ${header.engine} export of ${header.exportedAt}, migration ${header.migration}: ${fmt(trailer.rows)} rows, checksum ok`);

  await db.$transaction(async (tx) => {
    await assertSchemaMatches(tx, engine);
    const migration = await latestMigration(tx);
    if (migration !== header.migration) {
      throw new BackupError(
        `The export was made at migration ${header.migration}, this database is at ${migration}. ` +
          "Import into a database migrated by the same ClaimDesk release that made the export (then upgrade).",
      );
    }
    const existing = Object.entries(await countRows(tx)).filter(([, count]) => count > 0);
    if (existing.length > 0) {
      throw new BackupError(
        `The database is not empty (${existing.map(([table, count]) => `${table}: ${fmt(count)}`).join(", ")}). ` +
          "Import only into a new, migrated database: a new SQLite file or a new PostgreSQL database, after `npm run db:migrate`.",
      );
    }
    if (engine === "sqlite") await expectLargeSearchIndex(tx, trailer.counts.Claim ?? 0);

    let batch: Row[] = [];
    let bytesInBatch = 0;
    let batchTable = "";
    let written = 0;
    let tableWritten = 0;
    let nextReport = 10_000;
    const flush = async () => {
      if (batch.length === 0) return;
      await insertBatch(tx, batchTable, batch);
      written += batch.length;
      tableWritten += batch.length;
      batch = [];
      bytesInBatch = 0;
      if (tableWritten >= nextReport && tableWritten < trailer.counts[batchTable]!) {
        progress(`${batchTable}: ${fmt(tableWritten)} / ${fmt(trailer.counts[batchTable]!)} rows`);
        nextReport = (Math.floor(tableWritten / 10_000) + 1) * 10_000;
      }
    };
    for await (const item of checkedRows(file)) {
      // The second pass checks everything again: a file changed since the first fails here, and rolls back.
      if (!("table" in item)) continue;
      if (item.table !== batchTable) {
        await flush();
        if (batchTable) progress(`${batchTable}: ${fmt(tableWritten)} rows`);
        batchTable = item.table;
        tableWritten = 0;
        nextReport = 10_000;
      }
      if (bytesInBatch + item.bytes > batchBytes) await flush();
      batch.push(item.row);
      bytesInBatch += item.bytes;
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    if (batchTable) progress(`${batchTable}: ${fmt(tableWritten)} rows`);

    const counts = await countRows(tx);
    for (const name of TABLE_NAMES) {
      if (counts[name] !== (trailer.counts[name] ?? 0)) {
        throw new BackupError(`${name} holds ${counts[name]} rows after the import, the file ${trailer.counts[name] ?? 0}.`);
      }
    }
    progress("Checking the full-text index against a fresh one…");
    const difference = await searchIndexDifference(tx, engine);
    if (difference) throw new BackupError(`The full-text index does not match the claims after the import (${difference}).`);
    if (engine === "sqlite") await analyseLoadedDatabase(tx);
    progress(`  ${fmt(written)} rows imported; the search index matches`);
  }, NO_TIMEOUT);

  return { header, counts: trailer.counts, rows: trailer.rows, elapsedMs: performance.now() - started };
}
