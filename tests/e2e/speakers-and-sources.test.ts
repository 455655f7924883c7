import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousViolations } from "../helpers/axe";
import { launchChromium } from "../helpers/browser";

/**
 * Issue 9, item 5: speaker pages must not mislead. Witkoff is listed, his page shows the leaked
 * call he is party to with his role in each claim, and /sources is an index readers can use.
 */
const baseUrl = inject("baseUrl");
const artifacts = path.resolve("tests/artifacts");
let browser: Browser;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];
const failedRequests: string[] = [];

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  // The site has no favicon yet (another part of issue 9): Chromium's request for it is no error of these pages.
  page.on("response", (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname !== "/favicon.ico") failedRequests.push(`${response.status()} ${response.url()}`);
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const shot = (name: string) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });

describe("speakers in every role, and the index of sources (next start, real Chromium)", () => {
  it("lists Steve Witkoff on /speakers, and his page shows the leaked call labelled with his role", async () => {
    await page.goto(`${baseUrl}/speakers`);
    const witkoff = page.locator(".speaker-card", { has: page.getByRole("link", { name: "Steve Witkoff", exact: true }) });
    expect(await witkoff.count()).toBe(1);
    expect(await witkoff.getByTestId("speaker-roles").textContent()).toMatch(/Relayed 1 · About \d+/);
    expect(await page.getByRole("link", { name: "Yuri Ushakov", exact: true }).count()).toBe(1);

    await Promise.all([page.waitForURL(/\/speakers\/steve-witkoff$/), witkoff.getByRole("link", { name: "Steve Witkoff" }).click()]);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Steve Witkoff");
    // He made no claim of his own: the scorecard says so instead of "no published claims".
    expect(await page.getByTestId("no-scorecard").textContent()).toContain("The claims below relay them or are about them");

    const about = page.getByRole("list", { name: "Claims about Steve Witkoff" });
    const leakedCall = about.getByTestId("claim-card").filter({ hasText: "Steve Witkoff coached Putin's adviser Yuri Ushakov" });
    expect(await leakedCall.count()).toBe(1);
    expect(await leakedCall.getByTestId("claim-role").textContent()).toBe("About");
    expect(await leakedCall.getByRole("link", { name: "Bloomberg News" }).count()).toBe(1);
    expect(await about.getByTestId("claim-role").allTextContents()).toEqual(expect.arrayContaining(["About"]));
    expect(new Set(await about.getByTestId("claim-role").allTextContents())).toEqual(new Set(["About"]));

    const relayed = page.getByRole("list", { name: "Claims relaying Steve Witkoff" });
    const gaza = relayed.getByTestId("claim-card").filter({ hasText: "Witkoff advised Ushakov to congratulate Trump" });
    expect(await gaza.getByTestId("claim-role").textContent()).toBe("Relayed");
    // Listed once, under the role that comes first.
    expect(await page.getByTestId("claim-card").filter({ hasText: "Witkoff advised Ushakov to congratulate Trump" }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await shot("speaker-witkoff");

    await Promise.all([page.waitForURL(/\/claims\/witkoff-coached-ushakov-on-trump-pitch$/), leakedCall.getByRole("link", { name: /coached Putin's adviser/ }).click()]);
  });

  it("labels a speaker's own claims as said", async () => {
    await page.goto(`${baseUrl}/speakers/donald-trump`);
    const own = page.getByRole("list", { name: "Claims by Donald Trump" });
    expect(await own.getByTestId("claim-card").count()).toBeGreaterThan(0);
    expect(new Set(await own.getByTestId("claim-role").allTextContents())).toEqual(new Set(["Said"]));
  });

  it("serves /sources, linked from the site navigation, with a link to each source's page", async () => {
    const direct = await page.goto(`${baseUrl}/sources`);
    expect(direct!.status()).toBe(200);
    await page.goto(baseUrl);
    await Promise.all([page.waitForURL(/\/sources$/), page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click()]);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Sources");
    const links = page.getByRole("list", { name: "Sources" }).getByRole("link");
    expect(await links.count()).toBeGreaterThan(5);
    const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
    expect(hrefs.every((href) => /^\/sources\/[a-z0-9-]+$/.test(href ?? ""))).toBe(true);
    expect(hrefs).toContain("/sources/witkoff-ushakov-call-transcript");
    expect(await page.locator("link[rel=canonical]").getAttribute("href")).toMatch(/\/sources$/);
    expect(await seriousViolations(page)).toEqual([]);
    await shot("sources");

    await Promise.all([
      page.waitForURL(/\/sources\/witkoff-ushakov-call-transcript$/),
      page.getByRole("link", { name: /Leaked transcript of the Oct. 14 call/ }).click(),
    ]);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("Leaked transcript");
  });

  it("reads /sources?page=N like the other paged lists", async () => {
    const past = await page.goto(`${baseUrl}/sources?page=9`);
    expect(past!.status()).toBe(200);
    expect(await page.getByTestId("past-the-end").textContent()).toContain("There is no page 9");
    await page.goto(`${baseUrl}/sources?page=abc`);
    expect(await page.getByTestId("page-notice").textContent()).toContain("page=abc");
    expect(await page.getByRole("list", { name: "Sources" }).getByRole("link").count()).toBeGreaterThan(5);
  });

  it("logged no console errors and no failed requests (bar the favicon) on any page it visited", () => {
    // Chromium's "Failed to load resource" names no address: failed requests are checked by address instead.
    expect(consoleErrors.filter((line) => !line.includes("Failed to load resource"))).toEqual([]);
    expect(failedRequests).toEqual([]);
  });
});
