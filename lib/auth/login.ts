import { db } from "../db";
import type { Role } from "../db/enums";
import { hashPassword, verifyPassword } from "./password";

export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILED_LOGINS = 5;
const KEEP_ATTEMPTS_MS = 24 * 60 * 60_000;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export type LoginResult =
  | { ok: true; user: { id: string; name: string; email: string; role: Role } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/** Hashed once, so an unknown email costs as long to refuse as a wrong password. */
let decoyHash: Promise<string> | undefined;

/** Failures counted since the start of the window or the last success, whichever is later. */
async function recentFailures(key: string, now: Date) {
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { key, succeeded: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const since = lastSuccess?.createdAt ?? windowStart;
  const failures = await db.loginAttempt.findMany({
    where: { key, succeeded: false, createdAt: { gt: since } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  return failures.map((failure) => failure.createdAt);
}

/**
 * Checks an email and password. After 5 failures in 15 minutes for an account, or from a client
 * address, further attempts are refused until the oldest of them ages out. The limit lives in
 * the database, so it holds across app instances. The answer never reveals whether the email exists.
 */
export async function attemptLogin(
  input: { email: string; password: string; clientAddress: string },
  now = new Date(),
): Promise<LoginResult> {
  const email = normalizeEmail(input.email);
  const keys = [`account:${email}`, `client:${input.clientAddress}`];

  const failures = await Promise.all(keys.map((key) => recentFailures(key, now)));
  const blocking = failures.filter((list) => list.length >= MAX_FAILED_LOGINS);
  if (blocking.length > 0) {
    const freeAt = Math.max(...blocking.map((list) => list[list.length - MAX_FAILED_LOGINS]!.getTime() + LOGIN_WINDOW_MS));
    return { ok: false, reason: "rate_limited", retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)) };
  }

  const user = email
    ? await db.user.findUnique({
        where: { email },
        select: { id: true, name: true, email: true, role: true, disabledAt: true, passwordHash: true },
      })
    : null;
  decoyHash ??= hashPassword("claimdesk-decoy-password");
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash), input.password).catch(() => false);
  const succeeded = Boolean(user && user.passwordHash && matches && !user.disabledAt);

  await db.loginAttempt.createMany({ data: keys.map((key) => ({ key, succeeded, createdAt: now })) });
  await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_ATTEMPTS_MS) } } });

  if (!succeeded || !user) return { ok: false, reason: "invalid" };
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: user.role } };
}
