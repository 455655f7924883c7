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
  const id = (session?.user as { id?: unknown } | undefined)?.id;
  if (typeof id !== "string" || !id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, role: true, disabledAt: true, name: true, email: true },
  });
  if (!user || user.disabledAt) return null;
  return user;
});
