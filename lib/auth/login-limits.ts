/**
 * The login limits, as pure rules over the attempts recorded for one key (lib/auth/login.ts
 * records them). Two keys count for every attempt:
 *
 * - the account (`account:<email>`): a progressive delay, never a lockout. After a few failures
 *   since its last success, each further attempt must wait a delay that doubles with every
 *   failure, capped at a minute, counted from the last checked failure. Someone guessing an
 *   admin's password can slow the admin's login by at most that minute, not lock them out.
 * - the client address (`client:<address>`): a hard limit, so one client spraying guesses over
 *   many accounts (each of which would allow its few free tries) is stopped. A success does not
 *   reset it: an attacker's own account must not buy more guesses.
 *
 * An attempt still being checked (`succeeded` null) counts as a failure for both, so parallel
 * guesses cannot run more password checks than the limits allow.
 */

export const LOGIN_WINDOW_MS = 15 * 60_000;
/** Failed checks on an account before each further attempt must wait. */
export const FREE_ACCOUNT_FAILURES = 3;
export const FIRST_ACCOUNT_DELAY_MS = 2_000;
export const MAX_ACCOUNT_DELAY_MS = 60_000;
/** Failed checks from one client address in LOGIN_WINDOW_MS before it is refused. */
export const MAX_CLIENT_FAILURES = 10;
/** A check still pending after this long was cut short (a crash): it counts as a failure at its start. */
const PENDING_STALE_MS = 60_000;

export type RecordedAttempt = { id: string; succeeded: boolean | null; createdAt: Date; checkedAt: Date | null };

/** Null: go ahead. Otherwise how long until an attempt may be checked. */
export type Refusal = { retryAfterMs: number } | null;

/** While another check on this key is in flight, its outcome decides: ask again in a second. */
const IN_FLIGHT: Refusal = { retryAfterMs: 1_000 };

function classify(attempts: RecordedAttempt[], now: Date) {
  const inFlight: RecordedAttempt[] = [];
  const failedAt: number[] = [];
  const succeededAt: number[] = [];
  for (const attempt of attempts) {
    if (attempt.succeeded === null) {
      if (now.getTime() - attempt.createdAt.getTime() < PENDING_STALE_MS) inFlight.push(attempt);
      else failedAt.push(attempt.createdAt.getTime());
    } else {
      (attempt.succeeded ? succeededAt : failedAt).push((attempt.checkedAt ?? attempt.createdAt).getTime());
    }
  }
  return { inFlight, failedAt: failedAt.sort((a, b) => a - b), lastSuccess: Math.max(-Infinity, ...succeededAt) };
}

export function accountDelayMs(failures: number): number {
  if (failures < FREE_ACCOUNT_FAILURES) return 0;
  return Math.min(MAX_ACCOUNT_DELAY_MS, FIRST_ACCOUNT_DELAY_MS * 2 ** (failures - FREE_ACCOUNT_FAILURES));
}

/** `others`: the account's attempts in the window, this one's excluded. */
export function accountRefusal(others: RecordedAttempt[], now: Date): Refusal {
  const { inFlight, failedAt, lastSuccess } = classify(others, now);
  const failures = failedAt.filter((at) => at > lastSuccess);
  if (failures.length + inFlight.length < FREE_ACCOUNT_FAILURES) return null;
  if (inFlight.length > 0) return IN_FLIGHT;
  const freeAt = failures.at(-1)! + accountDelayMs(failures.length);
  return freeAt > now.getTime() ? { retryAfterMs: freeAt - now.getTime() } : null;
}

/** `others`: the client's attempts in the window, this one's excluded. */
export function clientRefusal(others: RecordedAttempt[], now: Date): Refusal {
  const { inFlight, failedAt } = classify(others, now);
  if (failedAt.length + inFlight.length < MAX_CLIENT_FAILURES) return null;
  if (failedAt.length < MAX_CLIENT_FAILURES) return IN_FLIGHT;
  // Free once enough of the counted failures have left the window.
  const freeAt = failedAt[failedAt.length - MAX_CLIENT_FAILURES]! + LOGIN_WINDOW_MS;
  return { retryAfterMs: Math.max(1_000, freeAt - now.getTime()) };
}
