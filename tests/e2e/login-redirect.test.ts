// Logging in from a deep desk link returns to it; a callbackUrl naming another site never does
// (issue 9; issue 10, item 1); logging out stays on the host and port the desk is served from.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { launchChromium } from "../helpers/browser";
import { DEMO_PASSWORD, logIn } from "../helpers/desk";
import { startSeededServer, type SeededServer } from "../helpers/seeded-server";

let browser: Browser;
let desk: SeededServer;
let baseUrl: string;

// As on a fresh machine running `npm run dev -- -p 4000` with no .env: neither NEXTAUTH_URL nor
// CLAIMDESK_SITE_URL is set (both would say http://localhost:3000), and the server listens on a
// port of its own, so nothing may depend on them to find its way back.
beforeAll(async () => {
  desk = await startSeededServer("sqlite", { NEXTAUTH_URL: "", CLAIMDESK_SITE_URL: "" });
  baseUrl = desk.server.url;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await desk?.stop();
});

/** A context where another site answers "evil" (this network reaches none), so landing there is plain to see. */
async function guardedContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route(/^https?:\/\/(evil\.example|localhost:3000)(\/|$)/u, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<title>another site</title>another site" }),
  );
  return context;
}

async function submitLogin(page: Page, email = "editor@claimdesk.test") {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL((url) => url.origin !== baseUrl || !url.pathname.startsWith("/login"), { timeout: 30_000, waitUntil: "commit" });
}

describe("logging in from a deep desk link (next start, real Chromium)", () => {
  it("comes back to the deep link, query string included", async () => {
    const deep = "/admin/claims?workflow=IN_REVIEW&sort=oldest";
    const context = await guardedContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}${deep}`);
    const login = new URL(page.url());
    expect(login.pathname).toBe("/login");
    // The desk's own redirect keeps the whole address (it used to say /admin/claims, or just /admin).
    expect(login.searchParams.get("callbackUrl")).toBe(deep);
    await submitLogin(page);
    const landed = new URL(page.url());
    expect(landed.origin).toBe(baseUrl);
    expect(landed.pathname).toBe("/admin/claims");
    expect(Object.fromEntries(landed.searchParams)).toEqual({ workflow: "IN_REVIEW", sort: "oldest" });
    await page.getByTestId("desk-user").waitFor();
    await context.close();
  });

  it("comes back to a claim's editor page, not the dashboard", async () => {
    const db = createPrismaClient(resolveDatabaseTarget(desk.database.url));
    const claim = await db.claim.findFirstOrThrow({ select: { id: true }, orderBy: { slug: "asc" } });
    await db.$disconnect();
    const context = await guardedContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/admin/claims/${claim.id}`);
    expect(new URL(page.url()).pathname).toBe("/login");
    await submitLogin(page);
    expect(page.url()).toBe(`${baseUrl}/admin/claims/${claim.id}`);
    await page.getByTestId("desk-user").waitFor();
    await context.close();
  });

  // Written as an attacker would put them in a link: the login page's own query decoding is part of the attack.
  const HOSTILE = [
    "/%5Cevil.example",
    "/%09/evil.example",
    "//evil.example",
    "https://evil.example",
    "/\\evil.example",
    "%2F%2Fevil.example",
    "/%255Cevil.example",
    "/..//evil.example",
    "javascript:alert(document.domain)",
  ];

  it.each(HOSTILE.slice(0, 4))("sends the login form to /admin, not another site, for callbackUrl=%s", async (hostile) => {
    const context = await guardedContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login?callbackUrl=${hostile}`);
    await submitLogin(page);
    expect(page.url()).toBe(`${baseUrl}/admin`);
    await context.close();
  });

  it("sends an already logged-in user to /admin, not another site, for every hostile callbackUrl", async () => {
    const context = await guardedContext();
    const page = await context.newPage();
    await logIn(page, baseUrl, "editor@claimdesk.test");
    for (const hostile of HOSTILE) {
      await page.goto(`${baseUrl}/login?callbackUrl=${hostile}`, { waitUntil: "commit" });
      await page.waitForURL((url) => url.origin !== baseUrl || !url.pathname.startsWith("/login"), { waitUntil: "commit" });
      expect(page.url(), hostile).toBe(`${baseUrl}/admin`);
    }
    await context.close();
  });
});

describe("logging out (next start, real Chromium)", () => {
  it("lands on the home page of the host and port the desk is served from, logged out", async () => {
    const context = await guardedContext();
    const page = await context.newPage();
    await logIn(page, baseUrl, "editor@claimdesk.test");
    await page.goto(`${baseUrl}/admin/claims`);
    await page.getByRole("button", { name: "Log out" }).click();
    await page.waitForURL((url) => url.origin !== baseUrl || !url.pathname.startsWith("/admin"), { timeout: 30_000 });
    expect(page.url()).toBe(`${baseUrl}/`);
    await page.goto(`${baseUrl}/admin`);
    expect(new URL(page.url()).pathname).toBe("/login");
    await context.close();
  });
});
