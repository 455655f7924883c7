import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyPendingMigrations, resolveDatabaseTarget } from "@/lib/db/migrations";
import { SEED_CLAIMS } from "@/seed/data/claims";
import { launchChromium } from "../helpers/browser";
import { loggedInPage } from "../helpers/desk";
import { startNextServer, waitForHealthy, type NextServer } from "../helpers/next-server";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const run = promisify(execFile);
const DRONES = "russia-says-it-downed-249-drones";
const REASON = "Ukraine disputes the count of downed drones.";
const published = SEED_CLAIMS.filter((claim) => claim.workflow === "PUBLISHED").length;
/** What an instance tells readers: the API's total, and the count on the /claims page. */
const publishedCount = async (server: NextServer) => {
  const api = await (await fetch(`${server.url}/api/v1/claims?pageSize=1`)).json();
  const html = await (await fetch(`${server.url}/claims`)).text();
  const shown = /(\d+) claims?\b|No published claims match/.exec(html);
  return { api: api.total as number, page: shown?.[1] ? Number(shown[1]) : 0 };
};

/**
 * Several app instances on one PostgreSQL database (the scale-out deployment): what one
 * process of the app writes, every instance serves at the next request.
 */
describe.runIf(process.env.TEST_POSTGRES_URL)("two app instances on one PostgreSQL database", () => {
  let database: TestDatabase;
  let instances: NextServer[] = [];

  beforeAll(async () => {
    database = await createTestDatabase("postgresql");
    await applyPendingMigrations(resolveDatabaseTarget(database.url));
    instances = await Promise.all(
      [1, 2].map(() => startNextServer({ DATABASE_URL: database.url, DATABASE_POOL_MAX: "3" })),
    );
    await Promise.all(instances.map((instance) => waitForHealthy(instance)));
  });

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await database?.drop();
  });

  it("both start empty, and both serve what the app's seeding process wrote (cached pages within 5 s)", async () => {
    for (const instance of instances) expect(await publishedCount(instance)).toEqual({ api: 0, page: 0 });

    const { stdout } = await run(path.resolve("node_modules/.bin/tsx"), [path.resolve("seed/cli.ts")], {
      env: { ...process.env, DATABASE_URL: database.url, NODE_ENV: "development" },
    });
    expect(stdout).toContain(`claims +${SEED_CLAIMS.length}`);

    // Each instance serves the unfiltered /claims page from its cache and the API's lists from its
    // memo (3 s, lib/cache/memo.ts); a write made outside the app (this seeding process) reaches
    // both within 5 s.
    const seededAt = Date.now();
    for (const instance of instances) {
      let count = await publishedCount(instance);
      while ((count.page !== published || count.api !== published) && Date.now() - seededAt < 5_000) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        count = await publishedCount(instance);
      }
      expect(count).toEqual({ api: published, page: published });
    }
    for (const instance of instances) {
      const health = await (await fetch(`${instance.url}/api/health`)).json();
      expect(health).toEqual({ ok: true });
    }
  });

  it("accept each other's sessions, and serve readers what an editor changed through the other", async () => {
    const browser = await launchChromium();
    try {
      const [a, b] = instances as [NextServer, NextServer];
      // Cookies are per host, not per port: one browser context logged in on A presents the same session to B.
      const page = await loggedInPage(browser, a.url, "editor@claimdesk.test");
      await page.goto(`${b.url}/admin`);
      expect(await page.getByTestId("desk-user").textContent()).toContain("Eddie Editor");

      // Both instances have the claim page cached before the change.
      const claimPage = async (server: NextServer) => (await fetch(`${server.url}/claims/${DRONES}`)).text();
      for (const instance of instances) expect(await claimPage(instance)).not.toContain(REASON);

      await page.goto(`${a.url}/admin/claims?q=249+drones`);
      await page.locator(".desk-table tbody a").first().click();
      const status = page.getByTestId("status-form");
      await status.getByLabel("Verification").selectOption("DISPUTED");
      await status.getByLabel("Reason for the change (public, in the timeline)").fill(REASON);
      await status.getByRole("button", { name: "Change status" }).click();
      await page.getByText("Status changed. Readers see it now.").waitFor();

      const fromB = await (await fetch(`${b.url}/api/v1/claims/${DRONES}`)).json();
      expect(fromB.verification).toBe("DISPUTED");
      expect(fromB.timeline.at(-1).reason).toBe(REASON);

      // The cached page: fresh at the next request on the instance that wrote, within 5 s on the other.
      expect(await claimPage(a)).toContain(REASON);
      const changedAt = Date.now();
      let seenOnB = false;
      while (!seenOnB && Date.now() - changedAt < 5_000) {
        seenOnB = (await claimPage(b)).includes(REASON);
        if (!seenOnB) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(seenOnB).toBe(true);
      await page.context().close();
    } finally {
      await browser.close();
    }
  });
});
