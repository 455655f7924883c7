// Starts `next start` (from the build `npm run test:e2e` just made) on a fresh, migrated and
// seeded SQLite file, and hands its address to the e2e tests.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "@/lib/db";
import { applyPendingMigrations, resolveDatabaseTarget } from "@/lib/db/migrations";
import { seedDatabase } from "@/seed/seed";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForHealthy(url: string, server: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not become healthy within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "claimdesk-e2e-"));
  const databaseUrl = `file:${path.join(dir, "e2e.db")}`;
  const target = resolveDatabaseTarget(databaseUrl);
  await applyPendingMigrations(target);
  const db = createPrismaClient(target);
  await seedDatabase(db, { includeDemoUsers: true });
  await db.$disconnect();

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const server = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk) => output.push(String(chunk)));
  server.stderr?.on("data", (chunk) => output.push(String(chunk)));
  try {
    await waitForHealthy(baseUrl, server, 60_000);
  } catch (error) {
    server.kill();
    throw new Error(`${(error as Error).message}\n${output.join("")}`);
  }
  project.provide("baseUrl", baseUrl);

  return async () => {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  };
}
