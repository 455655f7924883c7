import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium (installed by .ci/run); never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Every console error and uncaught page error on any page of a browser launched here, until the
 * end of the current test (tests/e2e/console-setup.ts fails the test if there were any). A test
 * that visits an error page on purpose says which errors it expects, with expectConsoleErrors.
 */
const seen: string[] = [];
let expected: RegExp[] = [];

function watchPage(page: Page) {
  page.on("console", (message) => {
    if (message.type() === "error") seen.push(`${page.url()} console.error: ${message.text()}`);
  });
  page.on("pageerror", (error) => seen.push(`${page.url()} uncaught: ${error.message}`));
}

function watchContext(context: BrowserContext) {
  context.pages().forEach(watchPage);
  context.on("page", watchPage);
}

/** Errors the current test causes on purpose (a 404 page logs "Failed to load resource … 404"). */
export function expectConsoleErrors(...patterns: RegExp[]) {
  expected.push(...patterns);
}

/** The unexpected errors since the last call, and a fresh start for the next test. */
export function takeConsoleErrors(): string[] {
  const unexpected = seen.filter((line) => !expected.some((pattern) => pattern.test(line)));
  seen.length = 0;
  expected = [];
  return unexpected;
}

export const NOT_FOUND_RESOURCE = /Failed to load resource: the server responded with a status of 404/;

export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      // Without these Chromium keeps calling home, and this network refuses every call.
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  // Every context (browser.newPage makes one through newContext too) is watched.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser["newContext"]>) => {
    const context = await newContext(...args);
    watchContext(context);
    return context;
  };
  return browser;
}
