import { loadEnvConfig } from "@next/env";

/**
 * Loads .env, .env.local, .env.<mode> … exactly as `next dev`/`next start` do, so the CLI
 * scripts (migrate, seed) open the same database as the app they prepare.
 */
export function loadEnvFiles(projectRoot = process.cwd()): void {
  loadEnvConfig(projectRoot, process.env.NODE_ENV !== "production", { info: () => {}, error: console.error });
}
