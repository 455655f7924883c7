import { db, lockKeys, type DbTransaction } from "../db";
import type { Role } from "../db/enums";
import { accountRefusal, clientRefusal, LOGIN_WINDOW_MS, type Refusal } from "./login-limits";
import { hashPassword, verifyPassword } from "./password";

export { LOGIN_WINDOW_MS } from "./login-limits";
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

async function attemptsInWindow(tx: DbTransaction, key: string, own: string[], now: Date) {
  return tx.loginAttempt.findMany({
    where: { key, id: { notIn: own }, createdAt: { gte: new Date(now.getTime() - LOGIN_WINDOW_MS) } },
    select: { id: true, succeeded: true, createdAt: true, checkedAt: true },
  });
}

/**
 * Records this attempt as being checked and decides, in one transaction per set of keys, whether
 * its password may be checked. Parallel attempts on the same account or client queue on the
 * keys' lock (lib/db/key-lock.ts), so each one counts every attempt before it, checked or still
 * being checked: twelve parallel guesses get no more password checks than twelve in a row.
 */
async function admit(keys: { account: string; client: string }, now: Date): Promise<{ ids: string[] } | { refusal: NonNullable<Refusal> }> {
  return db.$transaction(
    async (tx) => {
      await lockKeys(tx, [keys.account, keys.client]);
      // Written first: on SQLite this write takes the database's write lock for the transaction.
      const ids: string[] = [];
      for (const key of [keys.account, keys.client]) {
        ids.push((await tx.loginAttempt.create({ data: { key, succeeded: null, createdAt: now }, select: { id: true } })).id);
      }
      const refusals = [
        accountRefusal(await attemptsInWindow(tx, keys.account, ids, now), now),
        clientRefusal(await attemptsInWindow(tx, keys.client, ids, now), now),
      ].filter((refusal) => refusal !== null);
      if (refusals.length === 0) return { ids };
      // A refused attempt checks nothing, so it must not count.
      await tx.loginAttempt.deleteMany({ where: { id: { in: ids } } });
      return { refusal: { retryAfterMs: Math.max(...refusals.map((refusal) => refusal.retryAfterMs)) } };
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
}

/**
 * Checks an email and password, within the login limits (lib/auth/login-limits.ts): a
 * progressive delay per account and a hard limit per client address. They live in the database,
 * so they hold across app instances. The answer never reveals whether the email exists.
 */
export async function attemptLogin(
  input: { email: string; password: string; clientAddress: string },
  now = new Date(),
): Promise<LoginResult> {
  const email = normalizeEmail(input.email);
  const admitted = await admit({ account: `account:${email}`, client: `client:${input.clientAddress}` }, now);
  if ("refusal" in admitted) {
    return { ok: false, reason: "rate_limited", retryAfterSeconds: Math.max(1, Math.ceil(admitted.refusal.retryAfterMs / 1000)) };
  }

  let succeeded = false;
  let user = null;
  try {
    user = email
      ? await db.user.findUnique({
          where: { email },
          select: { id: true, name: true, email: true, role: true, disabledAt: true, passwordHash: true },
        })
      : null;
    decoyHash ??= hashPassword("claimdesk-decoy-password");
    const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash), input.password).catch(() => false);
    succeeded = Boolean(user && user.passwordHash && matches && !user.disabledAt);
  } finally {
    // Marked even when the check threw, so the attempt counts as the failure it was.
    await db.loginAttempt.updateMany({ where: { id: { in: admitted.ids } }, data: { succeeded, checkedAt: now } });
  }
  await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_ATTEMPTS_MS) } } });

  if (!succeeded || !user) return { ok: false, reason: "invalid" };
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: user.role } };
}
