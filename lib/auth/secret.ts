import { readEnv } from "../env";

/** Used only outside production, so `npm run dev` works with no setup; never valid in production. */
const DEVELOPMENT_SECRET = "claimdesk-development-only-secret-do-not-use-in-production";

export class AuthConfigError extends Error {
  override name = "AuthConfigError";
}

/** The secret that signs sessions. In production a missing NEXTAUTH_SECRET stops the server at start-up. */
export function authSecret(env: Record<string, string | undefined> = process.env): string {
  const parsed = readEnv(env);
  if (parsed.NEXTAUTH_SECRET) return parsed.NEXTAUTH_SECRET;
  if (parsed.NODE_ENV === "production") {
    throw new AuthConfigError(
      "NEXTAUTH_SECRET is not set. Production needs a secret of at least 32 characters shared by every instance: " +
        "NEXTAUTH_SECRET=$(openssl rand -base64 32)",
    );
  }
  return DEVELOPMENT_SECRET;
}
