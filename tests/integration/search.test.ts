import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/create-claim";
import { searchPublishedClaims } from "@/lib/claims/search";
import { db } from "@/lib/db";
import { createTestActor, seedTestDatabase } from "../helpers/fixtures";
import { TEST_ENGINE } from "../helpers/test-database";

const slugsFor = async (query: string) => (await searchPublishedClaims(query)).map((claim) => claim.slug).sort();

beforeAll(async () => {
  await seedTestDatabase();
});

// The same assertions run on SQLite and on PostgreSQL: search has one behaviour on both.
describe(`searchPublishedClaims (${TEST_ENGINE})`, () => {
  it("finds the leaked-call claims by a word of their context, in any case", async () => {
    const lower = await slugsFor("transcript");
    expect(lower).toContain("witkoff-coached-ushakov-on-trump-pitch");
    expect(lower).toContain("ap-has-not-verified-leaked-transcript");
    expect(await slugsFor("TRANSCRIPT")).toEqual(lower);
  });

  it("requires every word to match", async () => {
    const both = await slugsFor("Witkoff Gaza");
    expect(both).toEqual(["witkoff-advised-ushakov-to-congratulate-trump-on-gaza"]);
  });

  it("finds claims by the speaker's name", async () => {
    expect(await slugsFor("klitschko")).toEqual(["kyiv-attack-killed-at-least-seven"]);
  });

  it("treats curly and straight apostrophes alike", async () => {
    expect(await slugsFor("putin’s adviser")).toEqual(await slugsFor("putin's adviser"));
    expect(await slugsFor("putin’s adviser")).toContain("witkoff-coached-ushakov-on-trump-pitch");
  });

  it("ignores accents on both sides", async () => {
    const editor = await createTestActor("EDITOR");
    const speaker = await db.speaker.findUniqueOrThrow({ where: { slug: "emmanuel-macron" } });
    const created = await createClaim(editor, { statement: "Macron spoke after the talks in Genève.", claimantId: speaker.id });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await slugsFor("geneve")).toEqual([]); // still a draft: readers cannot find it
    await db.claim.update({ where: { id: created.claim.id }, data: { workflow: "PUBLISHED" } });
    expect(await slugsFor("geneve")).toEqual([created.claim.slug]);
    expect(await slugsFor("GENÈVE")).toEqual([created.claim.slug]);
  });

  it("takes % and _ literally, never as wildcards", async () => {
    expect(await slugsFor("%")).toEqual([]);
    expect(await slugsFor("_")).toEqual([]);
  });

  it("returns nothing for an empty query, and never a draft", async () => {
    expect(await slugsFor("   ")).toEqual([]);
    expect(await slugsFor("St. Petersburg")).toEqual([]);
  });
});
