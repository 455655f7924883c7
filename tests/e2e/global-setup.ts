// Starts `next start` (from the build `npm run test:e2e` just made) on a fresh, migrated and
// seeded SQLite file, for the read-only e2e tests. Tests that change data start their own.
import type { TestProject } from "vitest/node";
import { startSeededServer } from "../helpers/seeded-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The database the server reads, for tests that change a claim as an editor would. */
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // The tests stand in for a TLS-terminating proxy on this machine (headers.e2e.test.ts sends
  // X-Forwarded-Proto), so the server trusts forwarded headers from loopback, as deployed behind one.
  const { server, database, stop } = await startSeededServer("sqlite", { TRUSTED_PROXIES: "loopback" });
  project.provide("baseUrl", server.url);
  project.provide("databaseUrl", database.url);
  return stop;
}
