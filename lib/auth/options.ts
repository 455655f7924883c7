import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { safeCallbackPath } from "./callback-url";
import { attemptLogin } from "./login";
import { authSecret } from "./secret";
import { currentSessionVersion } from "./session-version";

/** Set by the HTTP server (server.mjs) on every request; keep the two names the same. */
export const CLIENT_ADDRESS_HEADER = "x-claimdesk-client-address";
/** Set to "1" in its own environment by that server, which is how the app knows the header is its. */
export const SERVER_SETS_CLIENT_ADDRESS = "CLAIMDESK_SERVER_SETS_CLIENT_ADDRESS";

/** Error codes the login page turns into messages (next-auth passes a thrown message as `?error=`). */
export const LOGIN_ERRORS = { rateLimited: "RateLimited", invalid: "CredentialsSignin" } as const;

const ZCredentials = z.object({ email: z.string().trim().max(320), password: z.string().max(1024) });

/**
 * The client's address for the login limits, as the HTTP server computed it from the socket and,
 * only behind a proxy listed in TRUSTED_PROXIES, from X-Forwarded-For (server/client-address.mjs).
 * The server always overwrites this header, so a client cannot choose it; without that server
 * (`next dev`) every client shares one address.
 */
export function clientAddress(headers: Record<string, unknown> | Headers | undefined): string {
  // Under plain `next start` nothing overwrites the header, and a client could choose it.
  if (process.env[SERVER_SETS_CLIENT_ADDRESS] !== "1") return "unknown";
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers?.[CLIENT_ADDRESS_HEADER];
  return (typeof value === "string" && value) || "unknown";
}

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    // Stateless sessions, so any instance accepts a session another one issued (they share the secret);
    // the user row is checked on every request (lib/auth/session.ts), so disabling or demoting bites at once.
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const parsed = ZCredentials.safeParse(credentials);
          if (!parsed.success) return null;
          const result = await attemptLogin({ ...parsed.data, clientAddress: clientAddress(req?.headers) });
          if (result.ok) return { id: result.user.id, name: result.user.name, email: result.user.email };
          if (result.reason === "rate_limited") throw new Error(LOGIN_ERRORS.rateLimited);
          return null;
        },
      }),
    ],
    callbacks: {
      // Every callbackUrl next-auth is handed goes through the one rule (lib/auth/callback-url.ts).
      // `baseUrl` is NEXTAUTH_URL's origin (http://localhost:3000 when unset), so the desk never
      // follows these absolute answers: the login form and the logout button navigate by path.
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeCallbackPath(url, { origin: baseUrl, fallback: "/" })}`;
      },
      // At login the token records the user's session version (lib/auth/session-version.ts); it is
      // compared with the user row on every request, so bumping the version ends this session.
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sv = await currentSessionVersion(user.id);
        }
        return token;
      },
      session({ session, token }) {
        if (session.user && typeof token.uid === "string") {
          const sessionUser = session.user as { id?: string; sessionVersion?: number };
          sessionUser.id = token.uid;
          if (typeof token.sv === "number") sessionUser.sessionVersion = token.sv;
        }
        return session;
      },
    },
  };
}
