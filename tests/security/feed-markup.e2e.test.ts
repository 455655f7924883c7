// Issue 10, point 6: claim text in the Atom feed is text, never markup, in a real feed reader's
// hands (Chromium's XML parser, then its HTML parser, as a web feed reader renders an entry).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { launchChromium } from "../helpers/browser";
import { startSeededServer, type SeededServer } from "../helpers/seeded-server";

const HOSTILE = `<b>bold</b> <img src=x onerror="alert(1)"> ]]></title></entry> & done`;
let browser: Browser;
let desk: SeededServer;

beforeAll(async () => {
  desk = await startSeededServer("sqlite");
  browser = await launchChromium();
  const db = createPrismaClient(resolveDatabaseTarget(desk.database.url));
  try {
    const speaker = await db.speaker.findFirstOrThrow();
    const claim = await db.claim.create({
      data: { slug: "markup-in-a-claim", statement: HOSTILE, claimantId: speaker.id, workflow: "PUBLISHED", searchText: "markup" },
    });
    await db.statusChange.create({ data: { claimId: claim.id, field: "WORKFLOW", fromValue: "DRAFT", toValue: "PUBLISHED", reason: HOSTILE } });
  } finally {
    await db.$disconnect();
  }
});

afterAll(async () => {
  await browser?.close();
  await desk?.stop();
});

describe("security: the Atom feed (issue 10, point 6)", () => {
  it("carries claim text as text: a feed reader shows <b> and <img> as written, never as markup", async () => {
    const page = await browser.newPage();
    // The server memoizes the feed for up to 3 s; the claim was written by another process.
    let xml = "";
    for (let attempt = 0; attempt < 20 && !xml.includes("markup-in-a-claim"); attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 250));
      xml = await (await fetch(`${desk.server.url}/feed.xml`)).text();
    }
    expect(xml).toContain("markup-in-a-claim");
    await page.goto(desk.server.url);
    const rendered = await page.evaluate((feed) => {
      const doc = new DOMParser().parseFromString(feed, "application/xml");
      if (doc.querySelector("parsererror")) return { wellFormed: false, entries: [] };
      const entries = [...doc.querySelectorAll("entry")]
        .filter((entry) => entry.querySelector("link")?.getAttribute("href")?.endsWith("/claims/markup-in-a-claim"))
        .map((entry) =>
          ["title", "summary", "content"].map((name) => {
            const element = entry.querySelector(name)!;
            // What a reader does with type="html": parse it as HTML and show it.
            const shown = document.createElement("div");
            shown.innerHTML = element.textContent ?? "";
            return { type: element.getAttribute("type"), elements: shown.querySelectorAll("*").length, text: shown.textContent };
          }),
        );
      return { wellFormed: true, entries };
    }, xml);
    expect(rendered.wellFormed).toBe(true);
    expect(rendered.entries).toHaveLength(1);
    for (const part of rendered.entries[0]!) {
      expect(part.elements).toBe(0);
      expect(part.text).toContain(HOSTILE);
    }
    await page.close();
  });
});
