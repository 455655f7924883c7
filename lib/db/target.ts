import path from "node:path";

/** The SQLite file used when DATABASE_URL is not set, relative to the project root. */
export const DEFAULT_SQLITE_FILE = "data/claimdesk.db";

export type DatabaseEngine = "sqlite" | "postgresql";

export type DatabaseTarget =
  | {
      engine: "sqlite";
      /** Absolute path of the database file. */
      filePath: string;
    }
  | {
      engine: "postgresql";
      url: string;
      host: string;
      database: string;
    };

export class DatabaseUrlError extends Error {
  override name = "DatabaseUrlError";
}

/**
 * Turns DATABASE_URL (or its absence) into the database to open: `postgresql://…` (or
 * `postgres://…`) selects PostgreSQL, `file:…` or nothing selects SQLite. Relative `file:` paths
 * are resolved against the project root, so the CLI, the tests and `next dev` open the same file.
 */
export function resolveDatabaseTarget(rawUrl: string | undefined, projectRoot = process.cwd()): DatabaseTarget {
  const url = rawUrl?.trim();
  if (!url) return { engine: "sqlite", filePath: path.resolve(projectRoot, DEFAULT_SQLITE_FILE) };

  if (url.startsWith("file:")) {
    const filePath = url.slice("file:".length).replace(/^\/\/(?=\/)/, "").split("?")[0] ?? "";
    if (!filePath) throw new DatabaseUrlError("DATABASE_URL `file:` needs a path, e.g. file:./data/claimdesk.db");
    return { engine: "sqlite", filePath: path.resolve(projectRoot, filePath) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new DatabaseUrlError("DATABASE_URL is not a valid postgresql:// URL");
    }
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
    if (!database) throw new DatabaseUrlError("DATABASE_URL needs a database name, e.g. postgresql://user:pass@host:5432/claimdesk");
    return { engine: "postgresql", url, host: parsed.hostname, database };
  }
  const scheme = url.split(":")[0];
  throw new DatabaseUrlError(
    `DATABASE_URL has an unsupported scheme "${scheme}:". Use file:<path> for SQLite or postgresql://… for PostgreSQL.`,
  );
}

/** A description safe to print: never includes credentials. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.engine === "postgresql") return `PostgreSQL ${target.host}/${target.database}`;
  return `SQLite ${path.relative(process.cwd(), target.filePath) || target.filePath}`;
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]", ""]);

/** True for a SQLite file or a PostgreSQL server on this machine (TCP loopback or a Unix socket). */
export function isLocalDatabase(target: DatabaseTarget): boolean {
  return target.engine === "sqlite" || LOCAL_HOSTS.has(target.host) || target.host.startsWith("/");
}

export class RemoteDatabaseError extends Error {
  override name = "RemoteDatabaseError";
}

/**
 * Seeding and destructive test helpers run only against a local database, unless the operator
 * says otherwise on purpose (CLAIMDESK_ALLOW_REMOTE_DATABASE=1).
 */
export function assertLocalDatabase(target: DatabaseTarget, env: Record<string, string | undefined> = process.env): void {
  if (isLocalDatabase(target) || env.CLAIMDESK_ALLOW_REMOTE_DATABASE === "1") return;
  throw new RemoteDatabaseError(
    `Refusing to run against ${describeTarget(target)}, which is not on this machine. ` +
      "Set CLAIMDESK_ALLOW_REMOTE_DATABASE=1 if you really mean it.",
  );
}
