import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/create-claim";
import { parseClaimListQuery } from "@/lib/claims/list-query";
import { listPublicClaims } from "@/lib/claims/public-list";
import { db } from "@/lib/db";
import { createTestActor, seedTestDatabase } from "../helpers/fixtures";
import { TEST_ENGINE } from "../helpers/test-database";
import { SEED_CLAIMS } from "@/seed/data/claims";

/** Slugs of the published claims a reader's search finds (the same search /claims and the API run). */
async function searchSlugs(q: string) {
  const { items } = await listPublicClaims(parseClaimListQuery({ q, pageSize: "100" }).query);
  return items.map((claim) => claim.slug).sort();
}


const slugsFor = (query: string) => searchSlugs(query);

beforeAll(async () => {
  await seedTestDatabase();
});

// The same assertions run on SQLite and on PostgreSQL: search has one behaviour on both.
describe(`searching published claims (${TEST_ENGINE})`, () => {
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

  it("never passes % or _ to SQL as wildcards: they are folded away like other punctuation", async () => {
    const everything = await slugsFor("");
    expect(await slugsFor("%")).toEqual(everything);
    expect(await slugsFor("_")).toEqual(everything);
    expect(await slugsFor("transcript%")).toEqual(await slugsFor("transcript"));
  });

  it("filters nothing for an empty query, and never finds a draft", async () => {
    const all = await slugsFor("   ");
    expect(all.length).toBeGreaterThanOrEqual(SEED_CLAIMS.filter((claim) => claim.workflow === "PUBLISHED").length);
    expect(all).not.toContain(SEED_CLAIMS.find((claim) => claim.workflow === "DRAFT")!.slug);
    expect(await slugsFor("St. Petersburg")).toEqual([]);
  });
});
