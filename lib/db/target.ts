import path from "node:path";

/** The SQLite file used when DATABASE_URL is not set, relative to the project root. */
export const DEFAULT_SQLITE_FILE = "data/claimdesk.db";

export type DatabaseTarget = {
  engine: "sqlite";
  /** Absolute path of the database file. */
  filePath: string;
};

export class DatabaseUrlError extends Error {
  override name = "DatabaseUrlError";
}

/**
 * Turns DATABASE_URL (or its absence) into the database to open.
 * Relative `file:` paths are resolved against the project root (the working directory),
 * so the CLI, the tests and `next dev` all open the same file.
 */
export function resolveDatabaseTarget(rawUrl: string | undefined, projectRoot = process.cwd()): DatabaseTarget {
  const url = rawUrl?.trim();
  if (!url) return { engine: "sqlite", filePath: path.resolve(projectRoot, DEFAULT_SQLITE_FILE) };

  if (url.startsWith("file:")) {
    const filePath = url.slice("file:".length).replace(/^\/\/(?=\/)/, "").split("?")[0] ?? "";
    if (!filePath) throw new DatabaseUrlError("DATABASE_URL `file:` needs a path, e.g. file:./data/claimdesk.db");
    return { engine: "sqlite", filePath: path.resolve(projectRoot, filePath) };
  }
  const scheme = url.split(":")[0];
  throw new DatabaseUrlError(
    `DATABASE_URL has an unsupported scheme "${scheme}:". Use file:<path> for SQLite.`,
  );
}

/** A description safe to print: never includes credentials. */
export function describeTarget(target: DatabaseTarget): string {
  return `SQLite ${path.relative(process.cwd(), target.filePath) || target.filePath}`;
}
