/**
 * A request that finds every pooled PostgreSQL connection busy queues for the next free one
 * (lib/db/postgres.ts); past DATABASE_POOL_WAIT_MS it gets pg-pool's timeout error. That is
 * not a fault of the request or the server: it is answered 503 with Retry-After, so clients and
 * load balancers back off and try again, instead of a 500.
 */

/** pg-pool's words when a wait for a free connection runs out (and only then). */
const POOL_WAIT_TIMED_OUT = "timeout exceeded when trying to connect";
const RETRY_AFTER_SECONDS = 2;

/** True for a pool wait that ran out, however Prisma wrapped it. */
export function isDatabaseBusy(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const message = (current as { message?: unknown }).message;
    if (typeof message === "string" && message.includes(POOL_WAIT_TIMED_OUT)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export function databaseBusyResponse(): Response {
  return Response.json(
    { error: "busy", message: `The database is busy. Please retry in ${RETRY_AFTER_SECONDS} seconds.` },
    { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" } },
  );
}

/** A route handler whose busy-database failures answer 503 with Retry-After. */
export function answeringBusyWith503<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (isDatabaseBusy(error)) return databaseBusyResponse();
      throw error;
    }
  };
}
