import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { seriousViolations } from "../helpers/axe";
import { expectConsoleErrors, launchChromium, NOT_FOUND_RESOURCE } from "../helpers/browser";
import { loggedInPage, logIn } from "../helpers/desk";
import { startSeededServer, type SeededServer } from "../helpers/seeded-server";

const artifacts = path.resolve("tests/artifacts");
const LEAKED = "witkoff-advised-ushakov-to-congratulate-trump-on-gaza";
let browser: Browser;
// These tests change data, so they get a server and database of their own.
let desk: SeededServer;
let baseUrl: string;
const databaseUrl = () => desk.database.url;

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

describe("the editor's desk (next start, real Chromium)", () => {
  it("sends a logged-out visitor to the login page, and refuses a wrong password without saying why", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/admin`);
    expect(page.url()).toContain("/login");
    await page.getByLabel("Email").fill("editor@claimdesk.test");
    await page.getByLabel("Password").fill("not the password");
    // next-auth answers a wrong password 401, which the browser logs: expected here, nowhere else.
    expectConsoleErrors(/status of 401 \(Unauthorized\)/);
    await page.getByRole("button", { name: "Log in" }).click();
    const error = page.locator("form .form-error");
    await error.waitFor();
    expect(await error.textContent()).toBe("Email or password is incorrect.");
    await page.screenshot({ path: path.join(artifacts, "login.png") });
    await context.close();
  });

  it("lets an editor annotate and re-rate the leaked-call claim, and a reader sees it at once", async () => {
    const editor = await loggedInPage(browser, baseUrl, "editor@claimdesk.test");
    await editor.getByTestId("queue").getByRole("link", { name: /Witkoff advised Ushakov to congratulate Trump/ }).click();
    await editor.getByTestId("status-form").waitFor();
    expect(await seriousViolations(editor)).toEqual([]);

    const noteForm = editor.getByTestId("note-form");
    await noteForm.getByLabel("Note (plain text)").fill("Internal: a source says the recording is authentic.");
    await noteForm.getByRole("button", { name: "Add note" }).click();
    await editor.getByText("Note added.").waitFor();

    await noteForm.getByLabel("Visibility").selectOption("PUBLIC");
    await noteForm.getByLabel("Note (plain text)").fill('We have asked Bloomberg for the recording. <script>window.__noteRan = true</script>');
    await noteForm.getByRole("button", { name: "Add note" }).click();
    await editor.getByTestId("desk-note").nth(1).waitFor();

    const status = editor.getByTestId("status-form");
    await status.getByLabel("Verification").selectOption("DISPUTED");
    await status.getByLabel("Reason for the change (public, in the timeline)").fill("The Kremlin says the transcript is fake.");
    await status.getByRole("button", { name: "Change status" }).click();
    await editor.getByTestId("status-form").getByText("Status changed. Readers see it now.").waitFor();
    await editor.screenshot({ path: path.join(artifacts, "desk-claim.png"), fullPage: true });

    const readerContext = await browser.newContext();
    const reader = await readerContext.newPage();
    await reader.goto(`${baseUrl}/claims/${LEAKED}`);
    expect(await reader.locator(".status-panel").textContent()).toContain("Disputed");
    expect(await reader.getByTestId("timeline").textContent()).toContain("The Kremlin says the transcript is fake.");
    const notes = await reader.getByTestId("public-note").allTextContents();
    expect(notes.join(" ")).toContain("We have asked Bloomberg for the recording.");
    expect(notes.join(" ")).toContain("<script>window.__noteRan = true</script>");
    expect(await reader.getByText("Internal: a source says").count()).toBe(0);
    expect(await reader.evaluate(() => (window as { __noteRan?: boolean }).__noteRan)).toBeUndefined();
    await reader.screenshot({ path: path.join(artifacts, "claim-after-edit.png"), fullPage: true });
    await readerContext.close();
    await editor.context().close();
  });

  it("keeps what was typed and shows each field's error when a form is refused", async () => {
    const contributor = await loggedInPage(browser, baseUrl, "contributor@claimdesk.test");
    await contributor.goto(`${baseUrl}/admin/claims/new`);
    const form = contributor.getByTestId("new-claim-form");
    await form.getByLabel("Statement (short and checkable)").fill("Too short");
    await form.getByLabel("Verbatim quote").fill("A quote worth keeping");
    await form.getByRole("button", { name: "Create draft" }).click();
    await form.locator(".form-error").waitFor();
    expect(await form.locator("#statement-error").textContent()).toBe("At least 10 characters");
    expect(await form.locator("#claimantId-error").textContent()).toContain("Choose who made the claim");
    expect(await form.getByLabel("Verbatim quote").inputValue()).toBe("A quote worth keeping");
    expect(await form.getByLabel("Statement (short and checkable)").inputValue()).toBe("Too short");

    await form.getByLabel("Statement (short and checkable)").fill("A contributor's new claim about the talks.");
    await form.getByRole("combobox", { name: "Claimant" }).fill("bevz");
    await form.getByRole("option", { name: /Oleksandr Bevz/ }).click();
    await form.getByRole("button", { name: "Create draft" }).click();
    // A new draft opens on its own page.
    await contributor.getByTestId("created-notice").waitFor();
    expect(await contributor.locator("h1").textContent()).toBe("A contributor's new claim about the talks.");
    await contributor.screenshot({ path: path.join(artifacts, "desk-new-claim.png"), fullPage: true });
    await contributor.context().close();
  });

  it("does not let a contributor publish, manage users or read the audit log", async () => {
    const contributor = await loggedInPage(browser, baseUrl, "contributor@claimdesk.test");
    await contributor.goto(`${baseUrl}/admin/claims?workflow=IN_REVIEW`);
    await contributor.locator(".desk-table tbody a").first().click();
    const workflow = contributor.getByTestId("status-form").getByLabel("Workflow");
    const offered = await workflow.locator("option").allTextContents();
    expect(offered).not.toContain("Published");
    expect(await contributor.getByTestId("status-form").getByLabel("Verification").count()).toBe(0);
    expectConsoleErrors(NOT_FOUND_RESOURCE);
    for (const address of ["/admin/users", "/admin/audit"]) {
      const response = await contributor.goto(`${baseUrl}${address}`);
      expect(response?.status(), address).toBe(404);
    }
    await contributor.context().close();
  });

  it("shows the second of two editors saving at once a conflict, and overwrites nothing", async () => {
    const db = createPrismaClient(resolveDatabaseTarget(databaseUrl()));
    try {
      const target = await db.claim.findUniqueOrThrow({ where: { slug: "macron-negotiations-getting-new-impetus" } });
      const [first, second] = await Promise.all([
        loggedInPage(browser, baseUrl, "editor@claimdesk.test"),
        loggedInPage(browser, baseUrl, "admin@claimdesk.test"),
      ]);
      for (const page of [first, second]) await page.goto(`${baseUrl}/admin/claims/${target.id}`);

      const statement = (page: typeof first) => page.getByTestId("claim-form").getByLabel("Statement (short and checkable)");
      const save = async (page: typeof first) => {
        await page.getByTestId("claim-form").getByRole("button", { name: "Save claim" }).click();
        await page.getByTestId("change-review").getByRole("button", { name: "Save these changes" }).click();
      };
      await statement(first).fill("Macron says the negotiations have new impetus (first editor).");
      await save(first);
      await first.getByTestId("claim-form").getByText("Saved.").waitFor();

      await statement(second).fill("Macron says talks are moving (second editor).");
      await save(second);
      await second.getByTestId("conflict").waitFor();
      expect(await second.getByTestId("conflict").textContent()).toContain("(first editor)");
      expect(await statement(second).inputValue()).toBe("Macron says talks are moving (second editor).");
      await second.screenshot({ path: path.join(artifacts, "desk-conflict.png"), fullPage: true });

      const saved = await db.claim.findUniqueOrThrow({ where: { id: target.id } });
      expect(saved.statement).toBe("Macron says the negotiations have new impetus (first editor).");
      expect(saved.version).toBe(target.version + 1);
      await first.context().close();
      await second.context().close();
    } finally {
      await db.$disconnect();
    }
  });

  it("logs a disabled user out at their next request", async () => {
    const db = createPrismaClient(resolveDatabaseTarget(databaseUrl()));
    try {
      const page = await browser.newPage();
      await logIn(page, baseUrl, "contributor@claimdesk.test");
      await db.user.update({ where: { email: "contributor@claimdesk.test" }, data: { disabledAt: new Date() } });
      await page.goto(`${baseUrl}/admin`);
      expect(page.url()).toContain("/login");
      await db.user.update({ where: { email: "contributor@claimdesk.test" }, data: { disabledAt: null } });
      await page.context().close();
    } finally {
      await db.$disconnect();
    }
  });
});
