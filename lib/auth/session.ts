import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "../db";
import type { Actor } from "./actor";
import { authOptions } from "./options";

export type SessionActor = Actor & { name: string; email: string };

/**
 * The logged-in user, read from the database on every request: a disabled account or a changed
 * role takes effect at the next request, whatever the session token says. Null when logged out.
 * Cached for the request only, so the layout, the page and its metadata share one lookup.
 */
export const currentActor = cache(async function currentActor(): Promise<SessionActor | null> {
  const session = await getServerSession(authOptions());
  return actorForSession(session?.user);
});

/**
 * The actor behind a session's user (`session.user` as lib/auth/options.ts's session callback
 * fills it), or null. A session is honoured only while the version it was issued at is the user's
 * current one (lib/auth/session-version.ts): after a logout, password change, disable, enable,
 * role change or "log out everywhere", every token issued before it is refused here, copies
 * included, on the very row this lookup reads anyway (no extra query). A token with no version
 * (issued before versions existed) is refused too: its user logs in once more.
 */
export async function actorForSession(sessionUser: unknown): Promise<SessionActor | null> {
  const { id, sessionVersion } = (sessionUser ?? {}) as { id?: unknown; sessionVersion?: unknown };
  if (typeof id !== "string" || !id || typeof sessionVersion !== "number") return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, role: true, disabledAt: true, name: true, email: true, sessionVersion: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, role: user.role, disabledAt: user.disabledAt, name: user.name, email: user.email };
}
