import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { loginPathFor, REQUEST_PATH_HEADER } from "@/lib/auth/callback-url";

/**
 * Sends a logged-out visitor to the login page, which brings them back to the desk page they asked
 * for, query string included (its path comes from proxy.ts; lib/auth/callback-url.ts decides what is
 * followed). The layout and the pages all call this: they render in parallel, and whichever finds
 * nobody logged in first answers.
 */
export async function redirectToLogin(): Promise<never> {
  redirect(loginPathFor((await headers()).get(REQUEST_PATH_HEADER)));
}
