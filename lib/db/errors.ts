import { describeTarget, type DatabaseTarget } from "./target";

type AdapterErrorCause = { kind?: string; host?: string; port?: number; db?: string; user?: string };

function isCause(value: unknown): value is AdapterErrorCause {
  return typeof value === "object" && value !== null && "kind" in value;
}

/** The driver adapter's error, whether thrown directly or wrapped by Prisma Client (meta.driverAdapterError). */
function causeOf(error: unknown): AdapterErrorCause | null {
  if (typeof error !== "object" || error === null) return null;
  const direct = (error as { cause?: unknown }).cause;
  if (isCause(direct)) return direct;
  const wrapped = (error as { meta?: { driverAdapterError?: { cause?: unknown } } }).meta?.driverAdapterError?.cause;
  return isCause(wrapped) ? wrapped : null;
}

/**
 * One clear sentence for the connection failures an operator can fix, instead of a stack
 * trace; null when the error is something else.
 */
export function describeConnectionError(error: unknown, target: DatabaseTarget): string | null {
  const where = describeTarget(target);
  const code = (error as { code?: unknown } | null)?.code;
  switch (causeOf(error)?.kind) {
    case "DatabaseNotReachable":
      return `Cannot reach the database (${where}): nothing answers there. Is the server running, and is DATABASE_URL right?`;
    case "AuthenticationFailed":
      return `The database (${where}) refused the credentials in DATABASE_URL.`;
    case "DatabaseDoesNotExist":
      return `The database (${where}) does not exist on that server: create it, or fix the name in DATABASE_URL.`;
    case "DatabaseAccessDenied":
      return `The role in DATABASE_URL may not access ${where}.`;
    case "SocketTimeout":
    case "ConnectionClosed":
      return `The connection to ${where} timed out or was closed. Is the server overloaded or unreachable?`;
  }
  if (code === "SQLITE_CANTOPEN" || code === "ENOTDIR" || code === "EEXIST" || code === "EACCES") {
    return `Cannot open the SQLite database (${where}): check that its folder exists and is writable.`;
  }
  return null;
}
