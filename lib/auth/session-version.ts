import { db, type DbTransaction } from "../db";

/**
 * Session versions: the one way a session ends before it expires. Sessions are stateless JWTs, so
 * a token cannot be recalled; instead each carries the user's `sessionVersion` as it was when the
 * token was issued, and a token is honoured only while that still equals the user row's (checked
 * where a session becomes an actor, lib/auth/session.ts, on the row that lookup reads anyway).
 * Bumping the version therefore ends every session of that user at once, on every instance: on
 * logout, a password change, disabling or enabling the account, a role change, and "log out
 * everywhere". The version is per user, not per session, so logging out in one browser ends the
 * user's sessions in all of them: a copy of the cookie is never worth more than the original.
 */

/** The version a session issued now carries (read when a user logs in, lib/auth/options.ts). */
export async function currentSessionVersion(userId: string): Promise<number | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? null;
}

/**
 * The `data` of a user update that also ends every session issued so far. An atomic increment in
 * the same statement as the change it goes with, so two concurrent bumps both count.
 */
export const ENDS_SESSIONS = { sessionVersion: { increment: 1 } } as const;

/** Ends every session of a user, inside the caller's transaction (beside its audit entry). */
export async function endSessionsOf(tx: DbTransaction, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: ENDS_SESSIONS, select: { id: true } });
}
