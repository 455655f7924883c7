import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { seriousViolations } from "../helpers/axe";
import { expectConsoleErrors, launchChromium } from "../helpers/browser";
import { logIn } from "../helpers/desk";
import { startSeededServer, type SeededServer } from "../helpers/seeded-server";

// Issue 11's page, /admin/ingest, in real Chromium against the production server on a seeded
// database: a contributor pastes an article, finds its quotes, leaves one out, corrects a speaker,
// names a new one, creates the drafts and lands on them in the desk's list. Bad input (empty, a
// 100 MB paste, binary, nothing quoted, a body over 1 MB) gets a message and writes nothing.
const artifacts = path.resolve("tests/artifacts");
const ARTICLE = [
  "Ministers meet in Brussels",
  "BRUSSELS — Foreign ministers met on Monday to discuss the revised peace plan.",
  "“We are closer than ever to an agreement,” French President Emmanuel Macron said after the meeting.",
  "“Europe must stand with Ukraine for as long as it takes,” said Keir Starmer, the British prime minister.",
  "“Nothing is agreed until everything is agreed,” Volodymyr Zelenski told reporters.",
  "“The sanctions stay in place,” said Kaja Kallas, the EU foreign policy chief.",
].join("\n\n");

let browser: Browser;
let desk: SeededServer;
let baseUrl: string;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  desk = await startSeededServer("sqlite");
  baseUrl = desk.server.url;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await desk?.stop();
});

async function withDb<T>(work: (db: ReturnType<typeof createPrismaClient>) => Promise<T>) {
  const db = createPrismaClient(resolveDatabaseTarget(desk.database.url));
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

const counts = () => withDb(async (db) => ({ claims: await db.claim.count(), sources: await db.source.count(), speakers: await db.speaker.count(), audit: await db.auditEvent.count() }));

async function contributorOnIngestPage(width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await logIn(page, baseUrl, "contributor@claimdesk.test");
  await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Ingest an article" }).click();
  await page.getByRole("heading", { name: "Ingest an article" }).waitFor();
  // Hydrated: the text box answers to typing with its character count.
  await page.getByLabel("Article text").fill("x");
  await page.getByText("1 of at most 200,000 characters").waitFor();
  await page.getByLabel("Article text").fill("");
  return page;
}

const candidate = (page: Page, words: string) => page.getByTestId("ingest-candidate").filter({ hasText: words });

describe("ingesting an article on the desk (next start, real Chromium)", () => {
  it("paste, find quotes, leave one out, correct a speaker, create: the drafts open in the queue", async () => {
    const page = await contributorOnIngestPage();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Article text").fill(ARTICLE);
    await page.getByLabel("Title").fill("Ministers meet in Brussels");
    await page.getByLabel("Outlet (publisher)").fill("Wire Service");
    await page.getByLabel("Published on").fill("2026-01-12");
    const before = await counts();
    await page.getByRole("button", { name: "Find quotes" }).click();
    const heading = page.getByRole("heading", { name: /candidates? found/ });
    await heading.waitFor();
    // Previewing wrote nothing; the focus went to the list.
    expect(await counts()).toEqual(before);
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);

    const macron = candidate(page, "closer than ever");
    expect(await macron.locator("mark").textContent()).toBe("We are closer than ever to an agreement,");
    expect(await macron.getByRole("combobox", { name: "Speaker" }).inputValue()).toBe("Emmanuel Macron");
    expect(await macron.getByText("in the desk", { exact: true }).count()).toBe(1);
    const zelenski = candidate(page, "Nothing is agreed");
    expect(await zelenski.getByText("new speaker: check").count()).toBe(1);
    expect(await page.getByTestId("ingest-create").textContent()).toBe("Create 4 drafts");
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(artifacts, "desk-ingest-preview.png"), fullPage: true });

    // Leave Starmer's out; give "Zelenski" the desk's Volodymyr Zelenskyy; title Kallas as the article does not quite.
    await candidate(page, "Europe must stand").getByRole("checkbox", { name: /Keep/ }).uncheck();
    expect(await page.getByTestId("ingest-create").textContent()).toBe("Create 3 drafts");
    await zelenski.getByRole("radio", { name: "A speaker in the desk" }).check();
    const picker = zelenski.getByRole("combobox", { name: "Speaker" });
    await picker.fill("zelensk");
    await zelenski.getByRole("option", { name: /Volodymyr Zelenskyy/ }).click();
    expect(await picker.inputValue()).toBe("Volodymyr Zelenskyy");
    const kallas = candidate(page, "sanctions stay");
    expect(await kallas.getByRole("radio", { name: "A new speaker" }).isChecked()).toBe(true);
    expect(await kallas.getByLabel("New speaker's name").inputValue()).toBe("Kaja Kallas");
    await kallas.getByLabel("Title or role").fill("EU foreign policy chief");

    await page.getByTestId("ingest-create").click();
    await page.getByTestId("ingest-notice").waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe("/admin/claims");
    expect(url.searchParams.get("workflow")).toBe("DRAFT");
    expect(await page.getByTestId("ingest-notice").textContent()).toContain("Created 3 draft claims from “Ministers meet in Brussels”");
    const rows = page.getByTestId("desk-claim");
    expect(await rows.count()).toBe(3);
    const listed = (await rows.allTextContents()).join("\n");
    for (const expected of ["We are closer than ever to an agreement", "Emmanuel Macron", "Nothing is agreed until everything is agreed", "Volodymyr Zelenskyy", "Kaja Kallas"]) {
      expect(listed).toContain(expected);
    }
    expect(listed).not.toContain("Europe must stand");
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(artifacts, "desk-ingest-created.png"), fullPage: true });

    const stored = await withDb((db) =>
      db.claim.findMany({ where: { firstAppearance: { title: "Ministers meet in Brussels" } }, select: { workflow: true, verification: true, claimant: { select: { name: true, title: true } } }, orderBy: { anchorParagraph: "asc" } }),
    );
    expect(stored).toEqual([
      { workflow: "DRAFT", verification: "UNVERIFIED", claimant: { name: "Emmanuel Macron", title: "President of France" } },
      { workflow: "DRAFT", verification: "UNVERIFIED", claimant: { name: "Volodymyr Zelenskyy", title: "President of Ukraine" } },
      { workflow: "DRAFT", verification: "UNVERIFIED", claimant: { name: "Kaja Kallas", title: "EU foreign policy chief" } },
    ]);
    expect(await withDb((db) => db.speakerAlias.findUnique({ where: { alias: "volodymyr zelenski" }, select: { speaker: { select: { name: true } } } }))).toEqual({
      speaker: { name: "Volodymyr Zelenskyy" },
    });
    await page.context().close();
  });

  it("fits a 390 px phone", async () => {
    const page = await contributorOnIngestPage(390);
    await page.getByLabel("Article text").fill(ARTICLE);
    await page.getByLabel("Title").fill("Ministers meet in Brussels");
    await page.getByLabel("Outlet (publisher)").fill("Wire Service");
    await page.getByRole("button", { name: "Find quotes" }).click();
    await page.getByRole("heading", { name: /candidates? found/ }).waitFor();
    // The same text again: the page says its passages were drafted before.
    expect(await page.getByText("already drafted").count()).toBe(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(artifacts, "desk-ingest-390.png"), fullPage: true });
    await page.context().close();
  });

  it("refuses a 100 MB paste in the browser, sending nothing, and a text over the limit however it got there", async () => {
    const page = await contributorOnIngestPage();
    const posts: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST") posts.push(request.url());
    });
    const box = page.getByLabel("Article text");
    await box.fill("A short start.");
    const started = Date.now();
    await box.evaluate((element) => {
      const data = new DataTransfer();
      data.setData("text/plain", "x".repeat(100 * 1024 * 1024));
      element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    });
    const message = page.getByTestId("ingest-text-error");
    await message.getByText(/too long: 104,857,614 characters.*Nothing was pasted/).waitFor();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await box.inputValue()).toBe("A short start.");

    // Typed or dropped rather than pasted: refused before sending too.
    await box.fill("y".repeat(200_001));
    await message.getByText(/too long: 200,001 characters/).waitFor();
    expect(await page.getByRole("button", { name: "Find quotes" }).isDisabled()).toBe(true);
    expect(posts).toEqual([]);
    await page.context().close();
  });

  it("says what is wrong with empty, binary or unquoted text, or a request over 1 MB, and writes nothing", async () => {
    const page = await contributorOnIngestPage();
    const before = await counts();
    const message = page.getByTestId("ingest-message");
    const find = page.getByRole("button", { name: "Find quotes" });
    await page.getByLabel("Title").fill("Anything");
    await page.getByLabel("Outlet (publisher)").fill("Anyone");

    await find.click();
    await page.getByTestId("ingest-text-error").getByText("Paste the article's text.").waitFor();

    await page.getByLabel("Article text").fill(`%PDF-1.7 ${"\u0001\u0002\u0003".repeat(100)} endobj`);
    await find.click();
    await page.getByTestId("ingest-text-error").getByText(/This looks like a binary file, not text/).waitFor();

    await page.getByLabel("Article text").fill("It rained all week in Brussels.\n\nThe ministers stayed indoors.");
    await find.click();
    await message.getByText(/No quotes or attributed figures were found in this text/).waitFor();

    // Past the page's own check (a script adding a field), the server refuses a body over 1 MB with
    // a 413; the page says so instead of breaking.
    expectConsoleErrors(/status of 413/);
    await page.getByLabel("Article text").fill(ARTICLE);
    await page.getByTestId("ingest-form").evaluate((form) => {
      const extra = document.createElement("input");
      extra.type = "hidden";
      extra.name = "padding";
      extra.value = "z".repeat(1_100_000);
      form.append(extra);
    });
    await find.click();
    await message.getByText(/did not take this request, so nothing was saved: it may be too large/).waitFor();
    expect(await counts()).toEqual(before);
    await page.context().close();
  });
});
