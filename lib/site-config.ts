import { readEnv } from "./env";

export type SiteConfig = {
  /** No trailing slash. */
  siteUrl: string;
  orgName: string;
  orgUrl: string;
  correctionsEmail: string;
};

/** The public identity of this deployment, from the environment (see README, "Environment"). */
export function siteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  const parsed = readEnv(env);
  const siteUrl = parsed.CLAIMDESK_SITE_URL.replace(/\/+$/, "");
  return {
    siteUrl,
    orgName: parsed.CLAIMDESK_ORG_NAME,
    orgUrl: (parsed.CLAIMDESK_ORG_URL ?? siteUrl).replace(/\/+$/, ""),
    correctionsEmail: parsed.CLAIMDESK_CORRECTIONS_EMAIL,
  };
}

/** The canonical absolute URL of a path on this site. */
export function absoluteUrl(path: string, config: SiteConfig = siteConfig()): string {
  return `${config.siteUrl}${path.startsWith("/") ? path : `/${path}`}`;
}
