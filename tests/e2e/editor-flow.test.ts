import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { seriousViolations } from "../helpers/axe";
import { launchChromium } from "../helpers/browser";
import { loggedInPage } from "../helpers/desk";
import { startSeededServer, type SeededServer } from "../helpers/seeded-server";

// The contributor's and the editor's flow through the claim editor (issue 9), in real Chromium
// against `next start` on a seeded database of its own. Every page must log no console error
// (tests/e2e/console-setup.ts).
const artifacts = path.resolve("tests/artifacts");
const STATEMENT = "Bevz says the delegation will not accept a 19-point plan without changes.";
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

/** Types into a searching picker and chooses the option whose text matches. */
async function pick(page: Page, scope: ReturnType<Page["getByTestId"]>, label: string | RegExp, typed: string, option: RegExp) {
  const box = scope.getByRole("combobox", { name: label });
  await box.fill(typed);
  await scope.getByRole("option", { name: option }).first().click();
  expect(await box.inputValue()).toMatch(option);
}

async function noPageOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

async function withDb<T>(work: (db: ReturnType<typeof createPrismaClient>) => Promise<T>) {
  const db = createPrismaClient(resolveDatabaseTarget(desk.database.url));
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

describe("the claim editor (next start, real Chromium)", () => {
  let claimPath: string;

  it("lets a contributor create a draft, land on it, and submit it once it is sourced", async () => {
    const contributor = await loggedInPage(browser, baseUrl, "contributor@claimdesk.test");
    await contributor.goto(`${baseUrl}/admin/claims/new`);
    const form = contributor.getByTestId("new-claim-form");
    await form.getByLabel("Statement (short and checkable)").fill(STATEMENT);
    await pick(contributor, form, "Claimant", "bevz", /Oleksandr Bevz/);
    await form.getByRole("button", { name: "Create draft" }).click();

    // It lands on the new claim's own page, offering "Submit for review".
    await contributor.getByTestId("created-notice").waitFor();
    expect(contributor.url()).toMatch(/\/admin\/claims\/[^/?]+\?created=1$/);
    claimPath = new URL(contributor.url()).pathname;
    expect(await contributor.locator("h1").textContent()).toBe(STATEMENT);
    const submit = contributor.getByTestId("submit-form");
    expect(await contributor.getByTestId("submit-missing").textContent()).toContain("Record where the claim first appeared");
    expect(await contributor.getByTestId("preview").locator("h2").nth(1).textContent()).toBe(STATEMENT);
    expect(await seriousViolations(contributor)).toEqual([]);

    // Submitting an unsourced draft is refused with the reason.
    await submit.getByRole("button", { name: "Submit for review" }).click();
    expect(await submit.getByRole("alert").textContent()).toContain("Before it can be submitted for review");

    // Source it: its first appearance, then one evidence item, both found by searching.
    const claimForm = contributor.getByTestId("claim-form");
    await pick(contributor, claimForm, "First appearance", "bevz interview", /Oleksandr Bevz interview with the AP/);
    await claimForm.getByRole("button", { name: "Save claim" }).click();
    const review = contributor.getByTestId("change-review");
    expect(await review.locator("dt").allTextContents()).toEqual(["First appearance"]);
    expect(await review.locator("ins").textContent()).toBe("Oleksandr Bevz interview with the AP from Kyiv");
    await review.getByRole("button", { name: "Save these changes" }).click();
    await claimForm.getByText("Saved.").waitFor();

    const evidence = contributor.getByTestId("evidence-form");
    await pick(contributor, evidence, "Source", "bevz", /Oleksandr Bevz interview with the AP/);
    await evidence.locator("select[name=stance]").selectOption("REPORTS");
    await evidence.getByRole("button", { name: "Attach evidence" }).click();
    await evidence.getByText("Evidence attached.").waitFor();

    await contributor.getByTestId("submit-form").getByRole("button", { name: "Submit for review" }).click();
    await contributor.getByText(/Submitted for review/).waitFor();
    expect(await contributor.locator("body").textContent()).not.toContain("Readers see it now");
    await contributor.screenshot({ path: path.join(artifacts, "desk-submitted.png"), fullPage: true });
    expect(await withDb((db) => db.claim.findFirstOrThrow({ where: { statement: STATEMENT }, select: { workflow: true } }))).toEqual({ workflow: "IN_REVIEW" });

    // Once in review, the workflow menu offers it once (no duplicate "In review").
    const offered = await contributor.getByTestId("status-form").getByLabel("Workflow").locator("option").allTextContents();
    expect(offered).toEqual(["In review"]);
    await contributor.context().close();
  });

  it("lets an editor edit the evidence, then publish the claim for readers", async () => {
    const editor = await loggedInPage(browser, baseUrl, "editor@claimdesk.test");
    await editor.goto(`${baseUrl}${claimPath}`);
    const item = editor.getByTestId("desk-evidence").first();
    await item.locator("summary", { hasText: "Edit" }).click();
    const edit = item.getByTestId("evidence-edit-form");
    await edit.locator("select[name=stance]").selectOption("DISPUTES");
    await edit.getByLabel("Note").fill("Bevz disputes the 19-point figure in the interview.");
    await edit.getByRole("button", { name: "Save evidence" }).click();
    await edit.getByText("Evidence saved.").waitFor();
    expect(await editor.getByTestId("desk-evidence").first().textContent()).toContain("Bevz disputes the 19-point figure");

    const status = editor.getByTestId("status-form");
    await status.getByLabel("Workflow").selectOption("PUBLISHED");
    await status.getByLabel("Reason for the change (public, in the timeline)").fill("Sourced and reviewed.");
    await status.getByRole("button", { name: "Change status" }).click();
    await status.getByText("Published. Readers see it now.").waitFor();
    await editor.context().close();

    const reader = await browser.newPage();
    const slug = await withDb(async (db) => (await db.claim.findFirstOrThrow({ where: { statement: STATEMENT } })).slug);
    const response = await reader.goto(`${baseUrl}/claims/${slug}`);
    expect(response?.status()).toBe(200);
    expect(await reader.locator("h1").textContent()).toBe(STATEMENT);
    await reader.close();
  });

  it("asks before corroborating over evidence that could not verify, and before removing", async () => {
    const editor = await loggedInPage(browser, baseUrl, "editor@claimdesk.test");
    const leaked = await withDb((db) => db.claim.findUniqueOrThrow({ where: { slug: "witkoff-advised-ushakov-to-congratulate-trump-on-gaza" }, include: { evidence: true } }));
    expect(leaked.evidence.some((item) => item.stance === "COULD_NOT_VERIFY")).toBe(true);
    await editor.goto(`${baseUrl}/admin/claims/${leaked.id}`);
    const status = editor.getByTestId("status-form");
    const question = status.getByLabel(/Some evidence says it could not verify this claim/);
    await status.getByLabel("Verification").selectOption("CORROBORATED");
    await status.getByLabel("Reason for the change (public, in the timeline)").fill("A second outlet has the recording.");
    await status.getByRole("button", { name: "Change status" }).click();
    expect(await status.getByRole("alert").textContent()).toContain("could not verify");
    await question.check();
    await status.getByRole("button", { name: "Change status" }).click();
    await status.getByText(/Status changed/).waitFor();
    expect((await withDb((db) => db.claim.findUniqueOrThrow({ where: { id: leaked.id } }))).verification).toBe("CORROBORATED");

    // A removal asks first; "Cancel" removes nothing.
    const before = await editor.getByTestId("desk-evidence").count();
    const first = editor.getByTestId("desk-evidence").first();
    await first.getByRole("button", { name: "Remove" }).click();
    await first.getByRole("button", { name: "Cancel" }).click();
    expect(await first.getByRole("button", { name: /^Yes, remove/ }).count()).toBe(0);
    expect(await editor.getByTestId("desk-evidence").count()).toBe(before);
    await editor.context().close();
  });

  it("links a claim chosen by searching, and warns before leaving with unsaved changes", async () => {
    const editor = await loggedInPage(browser, baseUrl, "editor@claimdesk.test");
    const [trump, isw] = await withDb((db) =>
      Promise.all([
        db.claim.findUniqueOrThrow({ where: { slug: "trump-donbas-might-be-gotten-by-russia-anyway" } }),
        db.claim.findUniqueOrThrow({ where: { slug: "trump-plan-was-a-concept" } }),
      ]),
    );
    await editor.goto(`${baseUrl}/admin/claims/${trump.id}`);
    const linkForm = editor.getByTestId("link-form");
    const linksBefore = await editor.getByTestId("desk-link").count();
    await pick(editor, linkForm, "…the claim", "concept", new RegExp(isw.statement.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    await linkForm.getByRole("button", { name: "Link claims" }).click();
    await linkForm.getByText("Claims linked.").waitFor();
    expect(await editor.getByTestId("desk-link").count()).toBe(linksBefore + 1);
    expect(await withDb((db) => db.claimLink.count({ where: { fromClaimId: trump.id, toClaimId: isw.id } }))).toBe(1);

    // An unsaved edit: following a link in the app asks first; dismissing stays on the page.
    await editor.getByTestId("claim-form").getByLabel("Where", { exact: true }).fill("An unsaved venue");
    const asked: string[] = [];
    editor.once("dialog", async (dialog) => {
      asked.push(`${dialog.type()}: ${dialog.message()}`);
      await dialog.dismiss();
    });
    await editor.getByRole("navigation", { name: /desk/i }).getByRole("link", { name: "Claims" }).first().click();
    await editor.waitForTimeout(300);
    expect(asked).toEqual(["confirm: You have unsaved changes on this page. Leave without saving them?"]);
    expect(new URL(editor.url()).pathname).toBe(`/admin/claims/${trump.id}`);

    // Closing the tab (or reloading) asks through the browser's own prompt.
    const unload = new Promise<string>((resolve) => editor.once("dialog", async (dialog) => {
      resolve(dialog.type());
      await dialog.accept();
    }));
    await editor.close({ runBeforeUnload: true });
    expect(await unload).toBe("beforeunload");
    await editor.context().close();
  });

  it("keeps the editor usable at 390 px, and its pickers answer only the desk", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const anonymous = await page.request.get(`${baseUrl}/api/desk/search?kind=speaker&q=bevz`);
    expect(anonymous.status()).toBe(401);
    await context.close();

    const editor = await loggedInPage(browser, baseUrl, "editor@claimdesk.test");
    await editor.setViewportSize({ width: 390, height: 844 });
    const leakedId = await withDb(async (db) => (await db.claim.findUniqueOrThrow({ where: { slug: "witkoff-coached-ushakov-on-trump-pitch" } })).id);
    await editor.goto(`${baseUrl}/admin/claims/${leakedId}`);
    expect(await noPageOverflow(editor)).toBe(true);
    const found = await editor.request.get(`${baseUrl}/api/desk/search?kind=speaker&q=witk`);
    expect(found.status()).toBe(200);
    expect(((await found.json()) as { items: { label: string }[] }).items.map((item) => item.label)).toContain("Steve Witkoff");
    expect((await editor.request.get(`${baseUrl}/api/desk/search?kind=everything`)).status()).toBe(422);
    // The page no longer lists every speaker and source.
    expect(await editor.locator("select[name=claimantId], select[name=firstAppearanceId], select[name=sourceId]").count()).toBe(0);
    await editor.getByRole("navigation", { name: "Sections of this claim" }).getByRole("link", { name: /Evidence/ }).click();
    expect(new URL(editor.url()).hash).toBe("#evidence");
    expect(await seriousViolations(editor)).toEqual([]);
    await editor.screenshot({ path: path.join(artifacts, "desk-claim-390.png"), fullPage: true });
    await editor.context().close();
  });
});
