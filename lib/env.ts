import { z } from "zod";

/**
 * The process environment, read and validated in one place.
 * Every variable is documented in README.md ("Environment").
 */
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** `file:<path>` for SQLite (the default, data/claimdesk.db), `postgresql://…` for PostgreSQL. */
  DATABASE_URL: z.string().trim().min(1).optional(),
  /** PostgreSQL connections per app instance; instances × this must stay under the server's max_connections. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
  DATABASE_POOL_IDLE_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
  /** How long to wait for a PostgreSQL connection before reporting the database unreachable. */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  /**
   * How long a request waits for one of the pool's connections when all are busy, before it is
   * answered 503 with Retry-After (lib/db/busy.ts).
   */
  DATABASE_POOL_WAIT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** The longest one SQL statement of a request may run on PostgreSQL; 0 for no limit. */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  /**
   * The public address of this site: canonical URLs, the feed, the sitemap and the API's links are
   * built on it. Unset, http://localhost:<the port Next.js serves on> (PORT, which `next dev -p`
   * and `next start -p` set), else :3000. Logging in and out never depend on it.
   */
  CLAIMDESK_SITE_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65_535).optional().catch(undefined),
  /** The publishing organisation named as author of fact checks (ClaimReview) and the feed. */
  CLAIMDESK_ORG_NAME: z.string().trim().min(1).max(200).default("ClaimDesk"),
  CLAIMDESK_ORG_URL: z.url().optional(),
  /** Where readers report errors (a mailto: link on every claim page). */
  CLAIMDESK_CORRECTIONS_EMAIL: z.email().default("corrections@claimdesk.test"),
  /** Signs session tokens; required in production. Every app instance must share it. */
  NEXTAUTH_SECRET: z.string().min(32, "Use at least 32 characters (openssl rand -base64 32)").optional(),
  /**
   * The site's own URL as next-auth sees it. Optional: the desk navigates by path after login and
   * logout, so any host and port work without it; an https:// value makes session cookies Secure.
   */
  NEXTAUTH_URL: z.url().optional(),
  /** How long a SQLite writer waits for a lock before failing. */
  SQLITE_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
}).transform((env) => ({ ...env, CLAIMDESK_SITE_URL: env.CLAIMDESK_SITE_URL ?? `http://localhost:${env.PORT ?? 3000}` }));

export type TEnv = z.infer<typeof ZEnv>;

export class EnvError extends Error {
  override name = "EnvError";
}

export function readEnv(source: Record<string, string | undefined> = process.env): TEnv {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}
