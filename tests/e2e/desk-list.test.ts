// Issue 9: the desk's claim list fit for a shift (select all, the bulk panel only with a
// selection, a rating column, sortable headers, dates with times, search as you type, usable at
// 390 px), the audit log in people's words, and one navigation on the dashboard.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { RATING_LABELS } from "@/lib/claims/status-labels";
import { seriousViolations } from "../helpers/axe";
import { launchChromium } from "../helpers/browser";
import { logIn } from "../helpers/desk";

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

/** A logged-in page at the given width that records console errors. */
async function deskPage(email: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await logIn(page, baseUrl, email);
  return { page, errors };
}

const rowBoxes = (page: Page) => page.locator('[data-testid="desk-claim"] input[name="claimIds"]');
const bulkControls = (page: Page) => page.getByRole("group", { name: "With the selected claims" });
/** Whether the page itself scrolls sideways (a table may scroll inside its own box). */
const pageOverflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
/** The list has hydrated once its select-all box is live. */
const hydrated = (page: Page) => page.getByTestId("select-all").and(page.locator(":enabled")).waitFor();

describe("the desk's claim list (next start, real Chromium)", () => {
  it("fits a 390 px phone: cards, no sideways scroll of the page, and no serious accessibility violation", async () => {
    const { page, errors } = await deskPage("editor@claimdesk.test", 390);
    await page.goto(`${baseUrl}/admin/claims`);
    await hydrated(page);
    expect(await rowBoxes(page).count()).toBeGreaterThan(5);
    expect(await pageOverflows(page)).toBe(false);
    // Every card still says its rating, assignee and times, labelled.
    const first = page.getByTestId("desk-claim").first();
    expect(await first.locator('td[data-label="Rating"]').isVisible()).toBe(true);
    expect(await page.getByTestId("select-all").isVisible()).toBe(true);
    await rowBoxes(page).first().check();
    await bulkControls(page).waitFor();
    expect(await pageOverflows(page)).toBe(false);
    await page.screenshot({ path: path.join(artifacts, "desk-claims-phone.png"), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows a rating column, dates with times, and the bulk panel only once something is selected; select all selects every row", async () => {
    const { page, errors } = await deskPage("editor@claimdesk.test");
    await page.goto(`${baseUrl}/admin/claims`);
    await hydrated(page);
    expect(await page.getByRole("columnheader", { name: "Rating" }).count()).toBe(1);
    expect(await page.getByTestId("desk-claim").first().locator('td[data-label="Updated"]').textContent()).toMatch(/\d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC/);
    // Every row says its rating, or that it has none; the seeded ratings show in words.
    const ratings = [...(await page.locator('td[data-label="Rating"]').allTextContents())];
    await page.goto(`${baseUrl}/admin/claims?page=2`);
    ratings.push(...(await page.locator('td[data-label="Rating"]').allTextContents()));
    const words = new Set([...Object.values(RATING_LABELS), "Not rated"]);
    expect(ratings.filter((rating) => !words.has(rating))).toEqual([]);
    expect(ratings.filter((rating) => rating !== "Not rated").length).toBeGreaterThan(0);
    await page.goto(`${baseUrl}/admin/claims`);
    await hydrated(page);

    expect(await bulkControls(page).isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Apply to selected" }).isVisible()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);

    const rows = await rowBoxes(page).count();
    expect(rows).toBeGreaterThan(1);
    await page.getByTestId("select-all").check();
    for (const box of await rowBoxes(page).all()) expect(await box.isChecked()).toBe(true);
    await bulkControls(page).waitFor();
    expect(await page.getByTestId("bulk-panel").getByRole("status").textContent()).toBe(`${rows} claims selected`);
    expect(await page.getByRole("button", { name: "Apply to selected" }).isVisible()).toBe(true);

    // One row unticked: "select all" is no longer checked (it shows as partly checked).
    await rowBoxes(page).nth(1).uncheck();
    expect(await page.getByTestId("select-all").isChecked()).toBe(false);
    expect(await page.getByTestId("select-all").evaluate((box) => (box as HTMLInputElement).indeterminate)).toBe(true);
    await page.getByTestId("select-all").check();
    await page.getByTestId("select-all").uncheck();
    for (const box of await rowBoxes(page).all()) expect(await box.isChecked()).toBe(false);
    await bulkControls(page).waitFor({ state: "hidden" });
    await page.screenshot({ path: path.join(artifacts, "desk-claims.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("searches as the editor types, without Enter or Apply, and keeps the address clean", async () => {
    const { page, errors } = await deskPage("editor@claimdesk.test");
    await page.goto(`${baseUrl}/admin/claims`);
    await hydrated(page);
    const before = await page.getByTestId("result-count").textContent();
    await page.getByRole("searchbox", { name: "Search statements, quotes and speakers" }).pressSequentially("drones", { delay: 40 });
    await page.waitForURL(`${baseUrl}/admin/claims?q=drones`);
    await page.getByTestId("desk-claim").filter({ hasText: "249 drones" }).first().waitFor();
    expect(await page.getByTestId("result-count").textContent()).not.toBe(before);
    expect(await page.getByTestId("desk-claim").count()).toBeLessThan(5);
    // Still typing in the same box: nothing was lost and focus stayed.
    expect(await page.getByRole("searchbox", { name: "Search statements, quotes and speakers" }).evaluate((box) => box === document.activeElement)).toBe(true);

    // Apply still works, and a filter chosen with it joins the search.
    await page.getByRole("form", { name: "Filter claims" }).locator('select[name="workflow"]').selectOption("PUBLISHED");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(`${baseUrl}/admin/claims?q=drones&workflow=PUBLISHED`);

    // The desk's "Claims" link leaves the search: the box says so too.
    await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Claims", exact: true }).click();
    await page.waitForURL(`${baseUrl}/admin/claims`);
    await expect.poll(() => page.getByRole("searchbox", { name: "Search statements, quotes and speakers" }).inputValue()).toBe("");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("sorts by a column when its header is clicked, and turns the order round on a second click", async () => {
    const { page } = await deskPage("editor@claimdesk.test");
    await page.goto(`${baseUrl}/admin/claims`);
    const updated = page.getByRole("columnheader", { name: /Updated/ });
    expect(await updated.getAttribute("aria-sort")).toBe("descending");
    await Promise.all([page.waitForURL(/sort=updated-asc/), updated.getByRole("link").click()]);
    expect(await page.getByRole("columnheader", { name: /Updated/ }).getAttribute("aria-sort")).toBe("ascending");
    const times = await page.locator('td[data-label="Updated"] time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute("datetime")!));
    expect(times).toEqual([...times].sort());

    await Promise.all([page.waitForURL(/sort=newest/), page.getByRole("columnheader", { name: /Added/ }).getByRole("link").click()]);
    expect(await page.getByRole("columnheader", { name: /Added/ }).getAttribute("aria-sort")).toBe("descending");
    expect(await page.getByRole("columnheader", { name: /Updated/ }).getAttribute("aria-sort")).toBeNull();
    await page.context().close();
  });
});

describe("the dashboard and the audit log (next start, real Chromium)", () => {
  it("shows one navigation on the dashboard", async () => {
    const { page, errors } = await deskPage("editor@claimdesk.test");
    await page.goto(`${baseUrl}/admin`);
    const navigations = page.getByRole("navigation");
    expect(await navigations.count()).toBe(1);
    expect(await navigations.first().getAttribute("aria-label")).toBe("Desk");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("tells an admin who changed what in words, after a bulk assignment", async () => {
    const { page: editor } = await deskPage("editor@claimdesk.test");
    await editor.goto(`${baseUrl}/admin/claims?q=drones`);
    await hydrated(editor);
    const row = editor.getByTestId("desk-claim").filter({ hasText: "249 drones" }).first();
    const statement = (await row.getByRole("link").textContent())!;
    await row.locator('input[name="claimIds"]').check();
    await bulkControls(editor).locator('select[name="action"]').selectOption("assign");
    await bulkControls(editor).locator('select[name="assigneeId"]').selectOption({ label: "Eddie Editor" });
    await editor.getByRole("button", { name: "Apply to selected" }).click();
    await editor.getByTestId("bulk-form").locator(".form-ok").waitFor();
    await editor.context().close();

    const { page, errors } = await deskPage("admin@claimdesk.test");
    await page.goto(`${baseUrl}/admin/audit`);
    const entry = page.getByTestId("audit-event").filter({ hasText: "Assigned a claim (bulk action)" }).first();
    const text = (await entry.textContent())!;
    expect(text).toContain("Eddie Editor");
    expect(text).toContain(statement);
    expect(text).toMatch(/Assignee.*Eddie Editor/);
    expect(text).toMatch(/\d{2}:\d{2} UTC/);
    const table = (await page.locator(".audit-table").textContent())!;
    expect(table).not.toMatch(/\bc[a-z0-9]{20,}\b/);
    expect(table).not.toMatch(/assigneeId|claimantId|ON_RECORD|IN_REVIEW/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(artifacts, "desk-audit.png"), fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await pageOverflows(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
