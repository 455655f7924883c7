import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SEED_CLAIMS } from "@/seed/data/claims";
import { seriousViolations } from "../helpers/axe";
import { launchChromium } from "../helpers/browser";
import { loggedInPage } from "../helpers/desk";

const baseUrl = inject("baseUrl");
const artifacts = path.resolve("tests/artifacts");
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const shot = (name: string) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });

describe("a reader (next start, real Chromium)", () => {
  it("searches for 'transcript', opens the leaked-call claim, and sees where it stands", async () => {
    await page.goto(baseUrl);
    await page.getByRole("searchbox", { name: "Search claims" }).fill("transcript");
    await Promise.all([page.waitForURL(/\/claims\?q=transcript/), page.getByRole("button", { name: "Search" }).click()]);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Claims matching “transcript”");
    // The matched word is marked in the results.
    const marks = await page.locator("[data-testid=claim-card] mark").allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toBe("transcript");
    await shot("claims-search");

    await Promise.all([
      page.waitForURL(/\/claims\/witkoff-advised-ushakov-to-congratulate-trump-on-gaza$/),
      page.getByRole("link", { name: /Witkoff advised Ushakov to congratulate Trump/ }).click(),
    ]);
    const status = page.locator(".status-panel");
    expect(await status.textContent()).toContain("Reported, not independently verified");
    expect(await page.getByTestId("sourcing-summary").textContent()).toBe(
      "Reported by Bloomberg News; not independently verified by The Associated Press.",
    );
    const evidence = await page.getByTestId("evidence").allTextContents();
    expect(evidence.some((text) => text.includes("Bloomberg News") && text.includes("reviewed a recording"))).toBe(true);
    expect(evidence.some((text) => text.includes("Could not verify") && text.includes("The Associated Press"))).toBe(true);
    expect(await page.locator("[data-testid=passage] mark").textContent()).toBe("man of peace");
    expect(await page.getByTestId("passage").textContent()).toContain("In the Oct. 14 call, Witkoff advised Ushakov");
    // Seeded: its one public event is its publication, dated by the article (issue 9, item 3).
    expect(await page.getByTestId("timeline").textContent()).toContain("26 Nov 2025 — Published");
    expect(await page.getByRole("link", { name: "report an error on this claim" }).getAttribute("href")).toMatch(/^mailto:/);
    await shot("claim");
  });

  it("opens a speaker page and sees the scorecard chart", async () => {
    await page.goto(`${baseUrl}/speakers/donald-trump`);
    const chart = page.getByTestId("scorecard").locator("svg[role=img]");
    expect(await chart.count()).toBe(2);
    expect(await chart.first().getAttribute("aria-label")).toContain("On the record: 6");
    expect(await page.locator("svg rect.bar--disputed").count()).toBe(1);
    expect(await page.getByTestId("sample-caveat").count()).toBe(0);
    await shot("speaker");

    await page.goto(`${baseUrl}/speakers/institute-for-the-study-of-war`);
    expect(await page.getByTestId("sample-caveat").textContent()).toContain("Based on 1 published claim only");
  });

  it("marks up a rated claim with exactly one ClaimReview, and an unrated one with none", async () => {
    await page.goto(`${baseUrl}/claims/trump-donbas-might-be-gotten-by-russia-anyway`);
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(scripts).toHaveLength(1);
    const review = JSON.parse(scripts[0]!);
    expect(review).toMatchObject({ "@type": "ClaimReview", reviewRating: { alternateName: "Misleading" } });
    expect(review.url).toMatch(/\/claims\/trump-donbas-might-be-gotten-by-russia-anyway$/);
    expect(await page.getByText("Contradicted by:").count()).toBe(1);
    expect(await page.locator(`link[rel=canonical]`).getAttribute("href")).toMatch(/\/claims\/trump-donbas-might-be-gotten-by-russia-anyway$/);
    expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toContain("Donbas");
    // The verdict is at least as prominent as the sourcing badge: as large, and as heavy.
    const look = (selector: string) =>
      page.locator(`.status-panel ${selector}`).first().evaluate((element) => {
        const style = getComputedStyle(element);
        return { size: parseFloat(style.fontSize), weight: Number(style.fontWeight) };
      });
    const [verdict, sourcing] = [await look(".badge--rating"), await look(".status-panel__status .badge")];
    expect(await page.locator(".status-panel .badge--rating").textContent()).toBe("Verdict: Misleading");
    expect(verdict.size).toBeGreaterThanOrEqual(sourcing.size);
    expect(verdict.weight).toBeGreaterThanOrEqual(sourcing.weight);
    await shot("claim-rated");

    await page.goto(`${baseUrl}/claims/witkoff-coached-ushakov-on-trump-pitch`);
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(0);
  });

  it("shows a notice, not an error page, for filter values it does not understand", async () => {
    const response = await page.goto(`${baseUrl}/claims?verification=PROBABLY&speaker=nobody&q=drones`);
    expect(response?.status()).toBe(200);
    const notice = await page.getByTestId("filter-notice").textContent();
    expect(notice).toContain("verification=PROBABLY");
    expect(notice).toContain("No such speaker");
    expect(await page.getByTestId("claim-card").count()).toBeGreaterThan(0);
    await shot("claims-notice");
  });

  it("filters the list by a speaker chosen from the menu, which loads after the page and keeps the choice", async () => {
    const response = await page.goto(`${baseUrl}/claims?q=plan`);
    // The page itself carries no speaker options: the menu fills in from /api/filter-options.
    expect(await response!.text()).not.toContain(">Oleksandr Bevz</option>");
    const speaker = page.getByLabel("Speaker");
    await speaker.selectOption({ label: "Oleksandr Bevz" });
    await Promise.all([page.waitForURL(/speaker=oleksandr-bevz/), page.getByRole("button", { name: "Apply" }).click()]);
    // The address carries only what was filled in, ready to share.
    expect(new URL(page.url()).search).toBe("?q=plan&speaker=oleksandr-bevz");
    const cards = page.getByTestId("claim-card");
    expect(await cards.count()).toBeGreaterThan(0);
    for (const text of await cards.allTextContents()) expect(text).toContain("Bevz");
    // The chosen speaker stays selected once the menu has loaded again.
    await page.waitForFunction(() => document.querySelectorAll("select[name=speaker] option").length > 2);
    expect(await speaker.inputValue()).toBe("oleksandr-bevz");
  });

  it("says so, with the way back, for a speaker page past its end or a page number it cannot read", async () => {
    const past = await page.goto(`${baseUrl}/speakers/donald-trump?page=40`);
    expect(past?.status()).toBe(200);
    expect(await page.getByTestId("past-the-end").textContent()).toContain("There is no page 40");
    expect(await page.getByTestId("claim-card").count()).toBe(0);
    expect(await page.locator('meta[name="robots"]').getAttribute("content")).toContain("noindex");
    await Promise.all([page.waitForURL(/\/speakers\/donald-trump$/), page.getByRole("link", { name: "Go to page 1" }).click()]);
    expect(await page.getByTestId("claim-card").count()).toBeGreaterThan(0);

    await page.goto(`${baseUrl}/speakers/donald-trump?page=abc`);
    expect(await page.getByTestId("page-notice").textContent()).toContain("page=abc");
    expect(await page.getByTestId("claim-card").count()).toBeGreaterThan(0);
    expect(await page.locator("link[rel=canonical]").getAttribute("href")).toMatch(/\/speakers\/donald-trump$/);
  });

  it("shows a source with its own status", async () => {
    await page.goto(`${baseUrl}/sources/witkoff-ushakov-call-transcript`);
    expect(await page.locator(".facts").textContent()).toContain("Reported, not independently verified");
    await shot("source");
  });

  it("redirects a form sent without JavaScript, empty fields and all, to the clean address", async () => {
    const response = await page.request.get(`${baseUrl}/claims?q=plan&verification=&rating=&speaker=&sort=`, { maxRedirects: 0 });
    expect([307, 308]).toContain(response.status());
    expect(response.headers()["location"]).toBe("/claims?q=plan");
  });

  it("has a favicon the browser can load", async () => {
    await page.goto(baseUrl);
    const href = await page.locator('head link[rel="icon"]').first().getAttribute("href");
    expect(href).toBeTruthy();
    const icon = await page.request.get(new URL(href!, baseUrl).toString());
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  });

  it("serves a feed that a real XML parser reads as Atom", async () => {
    const xml = await (await fetch(`${baseUrl}/feed.xml`)).text();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      return {
        error: doc.getElementsByTagName("parsererror").length,
        root: doc.documentElement.localName,
        namespace: doc.documentElement.namespaceURI,
        entries: doc.getElementsByTagName("entry").length,
        entriesComplete: [...doc.getElementsByTagName("entry")].every((entry) =>
          ["id", "title", "updated", "link"].every((name) => entry.getElementsByTagName(name).length === 1),
        ),
      };
    }, xml);
    // One entry per real event: on a fresh install, each published claim's publication.
    const published = SEED_CLAIMS.filter((claim) => claim.workflow === "PUBLISHED").length;
    expect(parsed).toEqual({ error: 0, root: "feed", namespace: "http://www.w3.org/2005/Atom", entries: published, entriesComplete: true });
  });

  it("serves a sitemap index, named in robots.txt, whose files a real XML parser reads", async () => {
    const robots = await (await fetch(`${baseUrl}/robots.txt`)).text();
    const sitemapLine = robots.split("\n").find((line) => line.startsWith("Sitemap: "));
    // Next serves generateSitemaps' files at /sitemap/<id>.xml and leaves /sitemap.xml to itself.
    expect(sitemapLine).toMatch(/\/sitemap-index\.xml$/);
    const parse = (text: string) =>
      page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, "application/xml");
        return {
          error: doc.getElementsByTagName("parsererror").length,
          root: doc.documentElement.localName,
          locs: [...doc.getElementsByTagName("loc")].map((loc) => loc.textContent ?? ""),
        };
      }, text);
    const indexResponse = await fetch(`${baseUrl}${new URL(sitemapLine!.slice("Sitemap: ".length)).pathname}`);
    expect(indexResponse.headers.get("content-type")).toContain("xml");
    const index = await parse(await indexResponse.text());
    expect(index).toMatchObject({ error: 0, root: "sitemapindex" });
    expect(index.locs.map((loc) => new URL(loc).pathname)).toEqual(["/sitemap/pages.xml", "/sitemap/claims-0.xml", "/sitemap/speakers-0.xml", "/sitemap/sources-0.xml"]);
    const urls: string[] = [];
    for (const loc of index.locs) {
      // The index names the public site URL; the files are fetched from this server.
      const response = await fetch(`${baseUrl}${new URL(loc).pathname}`);
      expect(response.status, loc).toBe(200);
      const file = await parse(await response.text());
      expect(file, loc).toMatchObject({ error: 0, root: "urlset" });
      urls.push(...file.locs.map((url) => new URL(url).pathname));
    }
    expect(urls).toContain("/claims/trump-donbas-might-be-gotten-by-russia-anyway");
    expect(urls).toContain("/speakers/steve-witkoff");
    expect(urls).toContain("/sources/witkoff-ushakov-call-transcript");
    expect(new Set(urls).size).toBe(urls.length);
    expect((await fetch(`${baseUrl}/sitemap/claims-99.xml`)).status).toBe(404);
  });

  it("finds no serious or critical accessibility violations on the reader pages", async () => {
    for (const address of [
      "/",
      "/claims",
      "/claims?q=transcript",
      "/claims/witkoff-advised-ushakov-to-congratulate-trump-on-gaza",
      "/speakers/donald-trump",
      "/speakers/donald-trump?page=40",
      "/speakers",
      "/sources/witkoff-ushakov-call-transcript",
    ]) {
      await page.goto(`${baseUrl}${address}`);
      expect(await seriousViolations(page), address).toEqual([]);
    }
  });

  it("is served the pages every reader sees (home, the unfiltered list, claim, speaker and source pages, later pages too) from cache", async () => {
    for (const address of ["/", "/claims", "/claims/witkoff-coached-ushakov-on-trump-pitch", "/speakers/donald-trump", "/speakers/donald-trump?page=2", "/sources/bloomberg-leaked-call-report"]) {
      await fetch(`${baseUrl}${address}`);
      const again = await fetch(`${baseUrl}${address}`);
      expect(again.status, address).toBe(200);
      expect(again.headers.get("x-nextjs-cache"), address).toMatch(/HIT|STALE/);
    }
    // Lists and searches vary with every query: rendered per request.
    expect((await fetch(`${baseUrl}/claims?q=transcript`)).headers.get("x-nextjs-cache")).toBeNull();
  });

  it("shows an editor's change at the very next request, though the page is served from cache", async () => {
    const slug = "russia-says-it-downed-249-drones";
    await page.goto(`${baseUrl}/claims/${slug}`);
    expect(await page.locator(".status-panel").textContent()).toContain("On the record");
    const cached = await fetch(`${baseUrl}/claims/${slug}`);
    expect(cached.headers.get("x-nextjs-cache")).toMatch(/HIT|STALE/);

    const editor = await loggedInPage(browser, baseUrl, "editor@claimdesk.test");
    const setVerification = async (value: string, reason: string) => {
      await editor.goto(`${baseUrl}/admin/claims?q=249+drones`);
      await editor.locator(".desk-table tbody a").first().click();
      const status = editor.getByTestId("status-form");
      await status.getByLabel("Verification").selectOption(value);
      await status.getByLabel("Reason for the change (public, in the timeline)").fill(reason);
      await status.getByRole("button", { name: "Change status" }).click();
      await editor.getByText("Status changed.", { exact: false }).waitFor();
    };
    try {
      await setVerification("DISPUTED", "Ukraine disputes the count.");
      await page.reload();
      expect(await page.locator(".status-panel").textContent()).toContain("Disputed");
      expect(await page.getByTestId("timeline").textContent()).toContain("Ukraine disputes the count.");
      const api = await (await fetch(`${baseUrl}/api/v1/claims/${slug}`)).json();
      expect(api.verification).toBe("DISPUTED");
    } finally {
      await setVerification("ON_RECORD", "Back to the record for the other tests.");
      await editor.context().close();
    }
  });
});
