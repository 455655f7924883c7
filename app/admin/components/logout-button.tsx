"use client";

import { signOut } from "next-auth/react";

/**
 * Logs out, then goes to the home page by path: the browser stays on whatever host and port it is
 * on. (Left to next-auth, it would follow an absolute URL built on NEXTAUTH_URL, or on
 * http://localhost:3000 when that is unset, whatever address the desk is actually served from.)
 */
export function LogoutButton() {
  async function logOut() {
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
