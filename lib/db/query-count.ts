import { AsyncLocalStorage } from "node:async_hooks";
import { renameSync, writeFileSync } from "node:fs";
import type { SqlDriverAdapter, SqlQuery, SqlQueryable, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { invalidateMemos } from "../cache/memo";

/**
 * Counts the SQL statements a piece of work sends, on either engine: the bound on queries per
 * page is measured with it (tests/integration/query-counts.test.ts). Outside `countQueries`
 * the cost is one AsyncLocalStorage lookup and one increment per statement.
 */
type Tally = { statements: number; recorded?: SqlQuery[] };
const counter = new AsyncLocalStorage<Tally>();

// The process-wide total lives on globalThis: Next bundles instrumentation.ts and the routes
// separately, each with its own copy of this module, and they must share one count.
const TOTAL = Symbol.for("claimdesk.statementsSent");
const processTotal = globalThis as typeof globalThis & { [TOTAL]?: number };

/** Every statement this process has sent since it started, on any client (read by `npm run bench`). */
export function statementsSentTotal(): number {
  return processTotal[TOTAL] ?? 0;
}

/**
 * For `npm run bench` only: with CLAIMDESK_QUERY_TOTAL_FILE set, the server rewrites that file
 * with the running total every 250 ms, so a load generator outside the process can divide it by
 * requests served. Nothing is exposed over HTTP; without the variable nothing runs.
 */
export function startQueryTotalFileWriter(file = process.env.CLAIMDESK_QUERY_TOTAL_FILE, intervalMs = 250): void {
  if (!file) return;
  let written = -1;
  const write = () => {
    const total = statementsSentTotal();
    if (total === written) return;
    // Write then rename, so a reader never sees a half-written number.
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, String(total));
      renameSync(temporary, file);
      written = total;
    } catch (error) {
      // A measuring aid must never take the server down: say so once and stop.
      console.warn(`ClaimDesk: cannot write CLAIMDESK_QUERY_TOTAL_FILE (${(error as Error).message}); query totals are off.`);
      clearInterval(timer);
    }
  };
  const timer = setInterval(write, intervalMs);
  timer.unref();
  write();
}

export async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const tally = { statements: 0 };
  const result = await counter.run(tally, work);
  return { result, statements: tally.statements };
}

/** The statements a piece of work sends, with their parameters: the query-plan test explains each one. */
export async function recordQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: SqlQuery[] }> {
  const tally: Tally = { statements: 0, recorded: [] };
  const result = await counter.run(tally, work);
  return { result, queries: tally.recorded! };
}

/** Statements that change rows: Prisma's writes and ours all start with one of these words. */
const WRITE = /^\s*(?:INSERT|UPDATE|DELETE|REPLACE)\b/i;

function tallyStatement(query: SqlQuery) {
  processTotal[TOTAL] = (processTotal[TOTAL] ?? 0) + 1;
  // A write may change anything a reader was shown: what this process memoized is dropped at
  // once, whoever wrote (a desk action, a command, a test), so the next read is fresh.
  if (WRITE.test(query.sql)) invalidateMemos();
  const tally = counter.getStore();
  if (tally) {
    tally.statements++;
    tally.recorded?.push(query);
  }
}

function counted<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.queryRaw = (query) => {
    tallyStatement(query);
    return queryRaw(query);
  };
  queryable.executeRaw = (query) => {
    tallyStatement(query);
    return executeRaw(query);
  };
  return queryable;
}

function countedAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => counted(await startTransaction(isolationLevel));
  return counted(adapter);
}

export function withQueryCounting(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => countedAdapter(await factory.connect()),
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}
