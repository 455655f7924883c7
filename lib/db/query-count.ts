import { AsyncLocalStorage } from "node:async_hooks";
import type { SqlDriverAdapter, SqlQueryable, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/**
 * Counts the SQL statements a piece of work sends, on either engine: the bound on queries per
 * page is measured with it (tests/integration/query-counts.test.ts). Outside `countQueries`
 * the cost is one AsyncLocalStorage lookup per statement.
 */
const counter = new AsyncLocalStorage<{ statements: number }>();

export async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const tally = { statements: 0 };
  const result = await counter.run(tally, work);
  return { result, statements: tally.statements };
}

function counted<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.queryRaw = (query) => {
    const tally = counter.getStore();
    if (tally) tally.statements++;
    return queryRaw(query);
  };
  queryable.executeRaw = (query) => {
    const tally = counter.getStore();
    if (tally) tally.statements++;
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
