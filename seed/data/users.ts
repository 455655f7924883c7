import type { Role } from "../../lib/db/enums";

/** Development-only accounts (never created when NODE_ENV=production). Documented in README.md. */
export const DEMO_PASSWORD = "claimdesk-demo";

export const DEMO_USERS = [
  { key: "admin", email: "admin@claimdesk.test", name: "Ada Admin", role: "ADMIN" },
  { key: "editor", email: "editor@claimdesk.test", name: "Eddie Editor", role: "EDITOR" },
  { key: "contributor", email: "contributor@claimdesk.test", name: "Cora Contributor", role: "CONTRIBUTOR" },
] as const satisfies readonly { key: string; email: string; name: string; role: Role }[];
