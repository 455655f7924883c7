import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SEED_CLAIMS } from "@/seed/data/claims";
import { expectConsoleErrors, launchChromium, NOT_FOUND_RESOURCE } from "../helpers/browser";

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
  it("shows counts by status, what changed lately and the newly published claims with claimant and status", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const response = await page.goto(baseUrl);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe("ClaimDesk — where claims stand");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Where claims stand");

    const published = SEED_CLAIMS.filter((claim) => claim.workflow === "PUBLISHED");
    const unverified = published.filter((claim) => claim.verification === "UNVERIFIED").length;
    expect(await page.getByRole("list", { name: "Published claims by verification status" }).textContent()).toContain(
      `${unverified} Reported, not independently verified`,
    );
    expect(await page.getByRole("heading", { name: "What changed lately" }).count()).toBe(1);
    const cards = page.getByTestId("claim-card");
    expect(await cards.count()).toBe(10);
    const first = await cards.first().textContent();
    expect(first).toMatch(/On the record|Reported, not independently verified|Disputed/);

    const draft = SEED_CLAIMS.find((claim) => claim.workflow === "DRAFT")!;
    expect(await page.getByText(draft.statement).count()).toBe(0);
    await page.screenshot({ path: path.join(artifacts, "home.png"), fullPage: true });
    await context.close();
  });

  it("fits a phone-width screen without sideways scrolling", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true });
    const page = await context.newPage();
    for (const address of ["/", "/claims", "/claims/witkoff-coached-ushakov-on-trump-pitch", "/speakers/donald-trump"]) {
      await page.goto(`${baseUrl}${address}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, address).toBeLessThanOrEqual(0);
    }
    await page.goto(`${baseUrl}/claims/witkoff-coached-ushakov-on-trump-pitch`);
    await page.screenshot({ path: path.join(artifacts, "claim-phone.png"), fullPage: true });
    await context.close();
  });

  it("shows a site-styled 404 for an unknown address, a draft and an unknown speaker", async () => {
    // Each 404 page load is logged by the browser; expected here only.
    expectConsoleErrors(NOT_FOUND_RESOURCE);
    const context = await browser.newContext();
    const page = await context.newPage();
    const draft = SEED_CLAIMS.find((claim) => claim.workflow === "DRAFT")!;
    for (const address of ["/no-such-page", `/claims/${draft.slug}`, "/speakers/nobody", "/sources/nothing"]) {
      const response = await page.goto(`${baseUrl}${address}`);
      expect(response?.status(), address).toBe(404);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Page not found");
      expect(await page.locator(".site-header").count()).toBe(1);
    }
    await page.screenshot({ path: path.join(artifacts, "not-found.png") });
    await context.close();
  });

  it("reports itself healthy", async () => {
    const response = await fetch(`${baseUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});
