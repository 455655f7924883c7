// Issue 9, item 1: an editor changing only "Where" on the 19-points claim must not wipe the
// passage ("Where it was reported") from the public page, nor the API's passage.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { launchChromium } from "../helpers/browser";
import { loggedInPage } from "../helpers/desk";
import { startSeededServer, type SeededServer } from "../helpers/seeded-server";

const artifacts = path.resolve("tests/artifacts");
const NINETEEN = "peace-plan-now-stands-at-19-points";
const VENUE = "Bevz's interview with the AP, from Kyiv";
let browser: Browser;
// This test changes data, so it gets a server and database of its own.
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

describe("saving a claim keeps its passage anchor (next start, real Chromium)", () => {
  it("keeps “Where it was reported” on the public page when an editor changes only “Where”", async () => {
    const db = createPrismaClient(resolveDatabaseTarget(desk.database.url));
    let target: { id: string; anchorExact: string | null };
    try {
      target = await db.claim.findUniqueOrThrow({ where: { slug: NINETEEN }, select: { id: true, anchorExact: true } });
    } finally {
      await db.$disconnect();
    }
    expect(target.anchorExact).toBe("it now stands at 19 points");

    const readerContext = await browser.newContext();
    const reader = await readerContext.newPage();
    await reader.goto(`${baseUrl}/claims/${NINETEEN}`);
    await reader.getByRole("heading", { name: "Where it was reported" }).waitFor();
    const passageBefore = await reader.getByTestId("passage").textContent();
    expect(passageBefore).toContain("it now stands at 19 points");
    const apiBefore = (await (await reader.request.get(`${baseUrl}/api/v1/claims/${NINETEEN}`)).json()) as { passage: unknown };
    expect(apiBefore.passage).not.toBeNull();

    const editor = await loggedInPage(browser, baseUrl, "editor@claimdesk.test");
    await editor.goto(`${baseUrl}/admin/claims/${target.id}`);
    const form = editor.getByTestId("claim-form");
    await form.getByLabel("Where", { exact: true }).fill(VENUE);
    await form.getByRole("button", { name: "Save claim" }).click();
    // Before saving, the editor sees exactly what will change: "Where", old → new.
    const review = editor.getByTestId("change-review");
    expect(await review.locator("dt").allTextContents()).toEqual(["Where"]);
    expect(await review.locator("ins").textContent()).toBe(VENUE);
    await review.getByRole("button", { name: "Save these changes" }).click();
    expect(await form.getByRole("status").textContent({ timeout: 30_000 })).toBe("Saved.");
    await editor.context().close();

    await reader.goto(`${baseUrl}/claims/${NINETEEN}`);
    expect(await reader.getByText(VENUE).count()).toBeGreaterThan(0);
    await reader.getByRole("heading", { name: "Where it was reported" }).waitFor({ timeout: 5_000 });
    expect(await reader.getByTestId("passage").textContent()).toBe(passageBefore);
    await reader.screenshot({ path: path.join(artifacts, "claim-anchor-after-save.png"), fullPage: true });

    const apiAfter = (await (await reader.request.get(`${baseUrl}/api/v1/claims/${NINETEEN}`)).json()) as { passage: unknown; venue: string };
    expect(apiAfter.venue).toBe(VENUE);
    expect(apiAfter.passage).toEqual(apiBefore.passage);
    await readerContext.close();
  });
});
