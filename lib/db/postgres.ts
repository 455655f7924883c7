import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";

export type PostgresPoolOptions = {
  /** Connections this instance may hold open. Several instances share the server's max_connections. */
  max: number;
  idleTimeoutMs: number;
  /** Opening a new connection: past this the database is reported unreachable. */
  connectTimeoutMs: number;
  /** Waiting for a busy pool's next free connection: past this the request gets DatabaseBusyError. */
  waitTimeoutMs: number;
  /** Set on every connection, so one slow statement cannot hold a pooled connection for long; 0: none. */
  statementTimeoutMs: number;
};

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * PostgreSQL's internal one-byte `"char"` type (OID 18) appears in the catalog queries the
 * schema engine runs while migrating; the driver adapter cannot map it. Its value already
 * arrives as a string, so reporting the column as text is exact.
 */
function reportCharColumnsAsText(client: pg.PoolClient) {
  const charAsText = (value: pg.QueryResult | pg.QueryResult[] | undefined) => {
    for (const one of Array.isArray(value) ? value : [value]) {
      for (const field of one?.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
    return value;
  };
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    // pg.Pool#query calls its client with a callback; direct callers get a promise.
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (error: Error | null, result: pg.QueryResult) => callback(error, charAsText(result));
      return query(...args);
    }
    const result = query(...args);
    return result instanceof Promise ? result.then(charAsText) : result;
  };
}

/**
 * pg-pool has one timeout for two waits: opening a connection, and queueing for a busy pool's
 * next free one. They differ: an unreachable server should be reported within seconds, while a
 * burst of requests should queue for a while and, past that, be told to come back (503), never
 * fail as if the database were down. So the pool's timeout bounds the queue, the client's own
 * the connecting, and a wait that runs out is a DatabaseBusyError.
 */
function createPool(connectionString: string, options: PostgresPoolOptions): pg.Pool {
  const connectTimeoutMs = options.connectTimeoutMs;
  class ClientWithConnectTimeout extends pg.Client {
    constructor(config?: pg.ClientConfig) {
      super({ ...config, connectionTimeoutMillis: connectTimeoutMs });
    }
  }
  const pool = new pg.Pool({
    connectionString,
    max: options.max,
    idleTimeoutMillis: options.idleTimeoutMs,
    // Also bounds opening a connection, which the client's own (shorter, by default) timeout ends first.
    connectionTimeoutMillis: options.waitTimeoutMs,
    ...(options.statementTimeoutMs > 0 ? { statement_timeout: options.statementTimeoutMs } : {}),
    application_name: "claimdesk",
    Client: ClientWithConnectTimeout,
  });
  pool.on("connect", reportCharColumnsAsText);
  return pool;
}

/**
 * adapter-pg runs a script (a migration, say) by splitting it at every semicolon, which breaks
 * any statement with a semicolon inside it: a function body, a string, a comment. PostgreSQL
 * itself runs a parameterless multi-statement script in one round trip, as one implicit
 * transaction, so the script goes to it whole; errors are reported the way the adapter would.
 */
function runScriptsWhole(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  const reportError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      reportError(error);
    }
  };
  return adapter;
}

/**
 * A Prisma driver-adapter factory for PostgreSQL with a bounded pool per app instance, and a
 * shadow database of its own for creating migrations: adapter-pg's built-in one reuses the real
 * database when given a connection string, and cannot drop the shadow while its pool is open.
 */
export function createPostgresAdapterFactory(url: string, options: PostgresPoolOptions): SqlMigrationAwareDriverAdapterFactory {
  const adapterFor = (pool: pg.Pool) => new PrismaPg(pool, { disposeExternalPool: true });
  const main = {
    provider: "postgres" as const,
    adapterName: "@prisma/adapter-pg",
    connect: async () => {
      const pool = createPool(url, options);
      return runScriptsWhole(await adapterFor(pool).connect(), pool);
    },
    connectToShadowDb: async (): Promise<SqlDriverAdapter> => {
      const shadowName = `claimdesk_shadow_${randomUUID().replaceAll("-", "")}`;
      const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: options.connectTimeoutMs });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${shadowName}"`);
      } finally {
        await admin.end();
      }
      const shadowUrl = new URL(url);
      shadowUrl.pathname = `/${shadowName}`;
      const shadowPool = createPool(shadowUrl.toString(), { ...options, max: 2, statementTimeoutMs: 0 });
      const shadow = runScriptsWhole(await adapterFor(shadowPool).connect(), shadowPool);
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose(); // closes the shadow's pool first, so the database can be dropped
        const dropper = new pg.Client({ connectionString: url, connectionTimeoutMillis: options.connectTimeoutMs });
        await dropper.connect();
        try {
          await dropper.query(`DROP DATABASE IF EXISTS "${shadowName}" WITH (FORCE)`);
        } finally {
          await dropper.end();
        }
      };
      return shadow;
    },
  };
  return main;
}
