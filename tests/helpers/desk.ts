import type { Browser, Page } from "playwright-core";

export const DEMO_PASSWORD = "claimdesk-demo";

/** A fresh browser context logged in to the desk as the given demo user. */
export async function loggedInPage(browser: Browser, baseUrl: string, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await logIn(page, baseUrl, email);
  return page;
}

export async function logIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/login?callbackUrl=/admin`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByTestId("desk-user").waitFor({ timeout: 30_000 });
}
