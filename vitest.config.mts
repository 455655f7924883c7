import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = { "@": path.dirname(fileURLToPath(import.meta.url)) };
// tests/security/ holds one named test per point of the attack pass: those that need a real
// database run with the integration suites (both engines), those that need Chromium with e2e.
const BROWSER = ["tests/security/**/*.e2e.test.ts"];
const INTEGRATION = ["tests/integration/**/*.test.ts", "tests/security/**/*.test.ts"];

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: INTEGRATION,
          exclude: BROWSER,
          environment: "node",
          // Each test file gets its own freshly migrated SQLite file (see the setup file).
          setupFiles: ["tests/helpers/integration-setup.ts"],
          pool: "forks",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration-pg",
          include: INTEGRATION,
          exclude: BROWSER,
          environment: "node",
          // The same suite on PostgreSQL: each test file gets its own database on TEST_POSTGRES_URL's server.
          env: { CLAIMDESK_TEST_ENGINE: "postgresql" },
          setupFiles: ["tests/helpers/integration-setup.ts"],
          pool: "forks",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts", ...BROWSER],
          environment: "node",
          globalSetup: ["tests/e2e/global-setup.ts"],
          // Zero console errors on every page visited (tests/helpers/browser.ts).
          setupFiles: ["tests/e2e/console-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
