"use client";

import { signOut } from "next-auth/react";
import { logOutAction } from "../actions";

/**
 * Logs out, then goes to the home page by path: the browser stays on whatever host and port it is
 * on. (Left to next-auth, it would follow an absolute URL built on NEXTAUTH_URL, or on
 * http://localhost:3000 when that is unset, whatever address the desk is actually served from.)
 *
 * Clearing the cookie alone would leave any copy of it valid until it expires: the server first
 * ends the session (lib/users/users.ts logOut bumps the user's session version), then next-auth
 * clears the cookie. If the server cannot be reached, the cookie is still cleared here.
 */
export function LogoutButton() {
  async function logOut() {
    try {
      await logOutAction(null, new FormData());
    } catch {
      // Offline or the server is down: at least this browser forgets the session.
    }
    await signOut({ redirect: false });
    // A full page load on purpose: nothing of the desk stays in the client router's cache.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign("/");
  }
  return (
    <button type="button" className="link-button" onClick={() => void logOut()}>
      Log out
    </button>
  );
}
