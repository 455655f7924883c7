// Issue 10, point 4, in real Chromium on `next start`: a session cookie copied out of the browser
// is dead once its user logs out, once an admin disables the account (and stays dead when it is
// enabled again), and once the user or an admin logs the account out everywhere.
import type { Browser, BrowserContext, Cookie } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/browser";
import { logIn } from "../helpers/desk";
import { startSeededServer, type SeededServer } from "../helpers/seeded-server";

let browser: Browser;
let desk: SeededServer;
let baseUrl: string;

// A server of its own: these tests disable accounts and end sessions.
beforeAll(async () => {
  desk = await startSeededServer("sqlite");
  baseUrl = desk.server.url;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await desk?.stop();
});

const newContext = () => browser.newContext({ viewport: { width: 1280, height: 900 } });

/** A browser logged in as this demo user, and a copy of its cookies as an attacker would lift them. */
async function loggedIn(email: string): Promise<{ context: BrowserContext; copied: Cookie[] }> {
  const context = await newContext();
  await logIn(await context.newPage(), baseUrl, email);
  const copied = await context.cookies();
  expect(copied.map((cookie) => cookie.name)).toContain("next-auth.session-token");
  return { context, copied };
}

/** Where /admin lands for a fresh browser carrying only these cookies: "/admin" or "/login". */
async function replay(cookies: Cookie[]): Promise<string> {
  const context = await newContext();
  await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/admin`);
  const path = new URL(page.url()).pathname;
  if (path === "/admin") await page.getByTestId("desk-user").waitFor();
  await context.close();
  return path;
}

describe("security: logout ends the session (issue 10, point 4; next start, real Chromium)", () => {
  it("refuses a session cookie copied before logout once its user has logged out", async () => {
    const { context, copied } = await loggedIn("editor@claimdesk.test");
    expect(await replay(copied)).toBe("/admin"); // the copy is a working session...
    const page = context.pages()[0]!;
    await page.getByRole("button", { name: "Log out", exact: true }).click();
    await page.waitForURL(`${baseUrl}/`, { timeout: 30_000 });
    expect(await replay(copied)).toBe("/login"); // ...until its user logs out
    await context.close();
  });

  it("keeps a disabled user's old cookie dead after an admin enables the account again", async () => {
    const contributor = await loggedIn("contributor@claimdesk.test");
    const admin = await loggedIn("admin@claimdesk.test");
    const page = admin.context.pages()[0]!;
    await page.goto(`${baseUrl}/admin/users`);
    const row = page.getByRole("row").filter({ hasText: "contributor@claimdesk.test" });
    await row.getByRole("button", { name: "Disable", exact: true }).click();
    await row.getByRole("button", { name: "Enable", exact: true }).waitFor();
    expect(await replay(contributor.copied)).toBe("/login");
    await row.getByRole("button", { name: "Enable", exact: true }).click();
    await row.getByRole("button", { name: "Disable", exact: true }).waitFor();
    expect(await replay(contributor.copied)).toBe("/login");
    // The account itself works again: a new login gets in.
    const fresh = await loggedIn("contributor@claimdesk.test");
    expect(await replay(fresh.copied)).toBe("/admin");
    await Promise.all([contributor.context, admin.context, fresh.context].map((context) => context.close()));
  });

  it("'log out everywhere' ends the sessions in other browsers: for oneself, and by an admin", async () => {
    // The user, from their account page, ends the session in another browser too.
    const laptop = await loggedIn("editor@claimdesk.test");
    const phone = await loggedIn("editor@claimdesk.test");
    const page = laptop.context.pages()[0]!;
    await page.goto(`${baseUrl}/admin/account`);
    await page.getByRole("button", { name: "Log out everywhere", exact: true }).click();
    await page.getByRole("button", { name: "Yes, log out everywhere" }).click();
    await page.waitForURL((url) => url.pathname === "/login", { timeout: 30_000 });
    const phonePage = phone.context.pages()[0]!;
    await phonePage.goto(`${baseUrl}/admin`);
    expect(new URL(phonePage.url()).pathname).toBe("/login");

    // An admin ends another user's session from the users page.
    const editor = await loggedIn("editor@claimdesk.test");
    const admin = await loggedIn("admin@claimdesk.test");
    const adminPage = admin.context.pages()[0]!;
    await adminPage.goto(`${baseUrl}/admin/users`);
    await adminPage.getByTestId("end-sessions-editor@claimdesk.test").getByRole("button", { name: "Log out everywhere" }).click();
    await adminPage.getByTestId("end-sessions-editor@claimdesk.test").getByRole("status").waitFor();
    const editorPage = editor.context.pages()[0]!;
    await editorPage.goto(`${baseUrl}/admin`);
    expect(new URL(editorPage.url()).pathname).toBe("/login");
    // The admin's own session is untouched.
    await adminPage.goto(`${baseUrl}/admin`);
    await adminPage.getByTestId("desk-user").waitFor();
    await Promise.all([laptop.context, phone.context, editor.context, admin.context].map((context) => context.close()));
  });
});
