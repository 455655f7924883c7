// What a reader of a fresh install sees of the seeded claims (issue 9, items 2–4), in real
// Chromium against `next start`: each claim's sourcing line names who reports, states, supports or
// disputes it; its history carries the article's date, not the day the data was loaded; and no
// sentence on the page speaks the desk's or the code's language.
import path from "node:path";
import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SEED_ARTICLE } from "@/seed/article";
import { SEED_CLAIMS } from "@/seed/data/claims";
import { launchChromium } from "../helpers/browser";
import { SEEDED_SOURCING_LINES } from "../helpers/seeded-sourcing";

const baseUrl = inject("baseUrl");
const artifacts = path.resolve("tests/artifacts");
const published = SEED_CLAIMS.filter((claim) => claim.workflow === "PUBLISHED");
/** Words that belong to the desk or to the code, not to a sentence written for a reader. */
const INTERNAL_WORDING = /seed|Rated on the basis|stands (as|for)|resolved against|Its own status|none →/i;

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

describe("each seeded claim's public page (next start, real Chromium)", () => {
  it("reads the sourcing line the desk pinned for every published seeded claim", async () => {
    const seen: Record<string, string | null> = {};
    for (const claim of published) {
      const response = await page.goto(`${baseUrl}/claims/${claim.slug}`);
      expect(response?.status(), claim.slug).toBe(200);
      const line = page.getByTestId("sourcing-summary");
      seen[claim.slug] = (await line.count()) === 0 ? null : ((await line.textContent()) ?? "").replace(/\.$/, "");
      const text = await page.locator("main").innerText();
      expect(text.match(INTERNAL_WORDING)?.[0], claim.slug).toBeUndefined();
    }
    expect(seen).toEqual(SEEDED_SOURCING_LINES);
  });

  it("says Bevz disputes the 19-point figure, and dates its history and rating by the article", async () => {
    await page.goto(`${baseUrl}/claims/peace-plan-now-stands-at-19-points`);
    expect(await page.getByTestId("sourcing-summary").textContent()).toBe("Disputed by Oleksandr Bevz.");
    const articleDay = "26 Nov 2025";
    expect(await page.locator(".status-panel .as-of").textContent()).toContain(`as of ${articleDay}`);
    const entries = await page.getByTestId("timeline").locator("li").allInnerTexts();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toContain(`${articleDay} — Published`);
    expect(entries[0]).toContain(`From the Newslooks article "${SEED_ARTICLE.title}".`);
    const evidence = await page.getByTestId("evidence").allTextContents();
    expect(evidence.find((text) => text.startsWith("Disputes"))).toMatch(/^Disputes Oleksandr Bevz, in Oleksandr Bevz interview .*The Associated Press/);
    await page.screenshot({ path: path.join(artifacts, "claim-19-points.png"), fullPage: true });
  });

  it("shows a source's own verification in a reader's words", async () => {
    await page.goto(`${baseUrl}/sources/${SEED_ARTICLE.slug}`);
    const facts = await page.locator(".facts").innerText();
    expect(facts).toContain("How far the source itself is verified");
    expect(facts.match(INTERNAL_WORDING)?.[0]).toBeUndefined();
    await page.goto(`${baseUrl}/speakers/newslooks`);
    expect((await page.locator("main").innerText()).match(INTERNAL_WORDING)?.[0]).toBeUndefined();
  });

  it("carries one feed entry per seeded claim: its publication, dated by the article", async () => {
    const xml = await (await fetch(`${baseUrl}/feed.xml`)).text();
    const entries = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      return [...doc.getElementsByTagName("entry")].map((entry) => ({
        title: entry.getElementsByTagName("title")[0]?.textContent ?? "",
        updated: entry.getElementsByTagName("updated")[0]?.textContent ?? "",
        link: entry.getElementsByTagName("link")[0]?.getAttribute("href") ?? "",
      }));
    }, xml);
    const publications = entries.filter((entry) => entry.title.startsWith("Published: "));
    // Other e2e files may change a claim's status on this server; those are real events of their own.
    expect(publications).toHaveLength(published.length);
    expect(new Set(publications.map((entry) => entry.link)).size).toBe(published.length);
    for (const entry of publications) expect(entry.updated.slice(0, 10), entry.title).toBe("2025-11-26");
    expect(entries.filter((entry) => /none/.test(entry.title))).toEqual([]);
  });
});
