import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SEED_CLAIMS } from "@/seed/data/claims";
import { launchChromium } from "../helpers/browser";

const baseUrl = inject("baseUrl");
const artifacts = path.resolve("tests/artifacts");
let browser: Browser;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("home page (next start, real Chromium)", () => {
  it("lists the published seed claims with claimant and verification status", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const response = await page.goto(baseUrl);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe("ClaimDesk");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Claims on the desk");

    const published = SEED_CLAIMS.filter((claim) => claim.workflow === "PUBLISHED");
    await expect.poll(() => page.getByTestId("claim-card").count()).toBe(published.length);

    const leaked = page.getByTestId("claim-card").filter({ hasText: "Steve Witkoff coached Putin's adviser Yuri Ushakov" });
    expect(await leaked.count()).toBe(1);
    expect(await leaked.textContent()).toContain("Bloomberg News");
    expect(await leaked.textContent()).toContain("Reported, not independently verified");

    const draft = SEED_CLAIMS.find((claim) => claim.workflow === "DRAFT")!;
    expect(await page.getByText(draft.statement).count()).toBe(0);

    await page.screenshot({ path: path.join(artifacts, "home.png"), fullPage: true });
    await context.close();
  });

  it("fits a phone-width screen without sideways scrolling", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(baseUrl);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(artifacts, "home-phone.png") });
    await context.close();
  });

  it("shows a site-styled 404 for an unknown address", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}/no-such-page`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Page not found");
    expect(await page.locator(".site-header").count()).toBe(1);
    await context.close();
  });

  it("reports itself healthy", async () => {
    const response = await fetch(`${baseUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, reachable: true });
  });
});
