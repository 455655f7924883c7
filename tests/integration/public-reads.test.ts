import { beforeAll, describe, expect, it } from "vitest";
import { parseClaimListQuery } from "@/lib/claims/list-query";
import { getPublicClaim } from "@/lib/claims/public-claim";
import { listPublicClaims } from "@/lib/claims/public-list";
import { recentlyPublished, recentStatusChanges } from "@/lib/claims/recent";
import { db } from "@/lib/db";
import { atomFeed } from "@/lib/feed/atom";
import { getPublicSource } from "@/lib/sources/public-sources";
import { getPublicSpeaker, listPublicSpeakers } from "@/lib/speakers/public-speakers";
import { sitemapEntries } from "@/lib/sitemap";
import { SEED_CLAIMS } from "@/seed/data/claims";
import { createTestActor, seedTestDatabase } from "../helpers/fixtures";
import { TEST_ENGINE } from "../helpers/test-database";

const published = SEED_CLAIMS.filter((claim) => claim.workflow === "PUBLISHED");
const draft = SEED_CLAIMS.find((claim) => claim.workflow === "DRAFT")!;
const inReview = SEED_CLAIMS.find((claim) => claim.workflow === "IN_REVIEW")!;
const list = (params: Record<string, string>) => listPublicClaims(parseClaimListQuery(params).query);
const slugs = async (params: Record<string, string>) => (await list({ pageSize: "100", ...params })).items.map((c) => c.slug).sort();

beforeAll(async () => {
  await seedTestDatabase();
});

describe(`listPublicClaims (${TEST_ENGINE})`, () => {
  it("lists published claims only, a page at a time, with the total", async () => {
    const first = await list({ pageSize: "10" });
    expect(first.total).toBe(published.length);
    expect(first.items).toHaveLength(10);
    const pageCount = Math.ceil(published.length / 10);
    expect(first.pageCount).toBe(pageCount);
    expect(first.hasNextPage).toBe(true);
    const last = await list({ pageSize: "10", page: String(pageCount) });
    expect(last.items).toHaveLength(published.length - 10 * (pageCount - 1));
    expect(last.hasNextPage).toBe(false);
    expect(await slugs({})).not.toContain(draft.slug);
    expect(await slugs({})).not.toContain(inReview.slug);
  });

  it("filters by verification, rating, topic and source", async () => {
    expect(await slugs({ verification: "UNVERIFIED" })).toEqual(
      published.filter((c) => c.verification === "UNVERIFIED").map((c) => c.slug).sort(),
    );
    expect(await slugs({ rating: "MISLEADING" })).toEqual(["trump-donbas-might-be-gotten-by-russia-anyway"]);
    expect(await slugs({ topic: "donbas" })).toEqual([
      "isw-russia-needs-several-years-to-conquer-donbas",
      "trump-donbas-might-be-gotten-by-russia-anyway",
    ]);
    expect(await slugs({ source: "witkoff-ushakov-call-transcript" })).toEqual([
      "witkoff-advised-ushakov-to-congratulate-trump-on-gaza",
      "witkoff-coached-ushakov-on-trump-pitch",
    ]);
  });

  it("filters by speaker, counting claims that relay them", async () => {
    const zelenskyy = await slugs({ speaker: "volodymyr-zelenskyy" });
    expect(zelenskyy).toContain("zelenskyy-says-plan-could-be-workable");
    expect(zelenskyy).toContain("starmer-zelenskyy-majority-of-text-acceptable");
  });

  it("filters by the day the claim was made", async () => {
    const tuesday = await slugs({ from: "2025-11-25", to: "2025-11-25" });
    expect(tuesday).toEqual(published.filter((c) => c.saidOn === "Tuesday").map((c) => c.slug).sort());
    expect(await slugs({ from: "2025-11-26" })).toEqual([]);
  });

  it("combines free text with filters", async () => {
    expect(await slugs({ q: "transcript", verification: "ON_RECORD" })).toEqual([
      "ap-has-not-verified-leaked-transcript",
      "bacon-witkoff-cannot-be-trusted",
      "bloomberg-reviewed-recording-of-call",
      "trump-calls-coaching-standard-negotiation",
    ]);
    expect(await slugs({ q: "transcript fired", verification: "ON_RECORD" })).toEqual(["bacon-witkoff-cannot-be-trusted"]);
  });

  it("sorts by the latest update", async () => {
    const target = "bevz-premature-to-say-anything-agreed";
    await db.claim.update({ where: { slug: target }, data: { context: "Updated by the desk." } });
    expect((await list({ sort: "updated" })).items[0]?.slug).toBe(target);
  });

  it("reports a filter naming nothing, and ignores it", async () => {
    const result = await list({ speaker: "nobody-at-all" });
    expect(result.problems).toEqual([{ field: "speaker", value: "nobody-at-all", message: "No such speaker" }]);
    expect(result.total).toBe(published.length);
  });
});

describe(`getPublicClaim (${TEST_ENGINE})`, () => {
  it("gives the leaked-call claim with its quote in context, evidence and timeline", async () => {
    const claim = await getPublicClaim("witkoff-advised-ushakov-to-congratulate-trump-on-gaza");
    expect(claim).not.toBeNull();
    expect(claim!.verification).toBe("UNVERIFIED");
    expect(claim!.passage?.exact).toContain("man of peace");
    expect(claim!.passage?.before).toContain("Witkoff had coached");
    expect(claim!.evidence.map((e) => e.stance)).toEqual(["REPORTS", "REPORTS", "COULD_NOT_VERIFY"]);
    expect(claim!.statusChanges.map((c) => c.field)).toEqual(["VERIFICATION", "WORKFLOW"]);
    expect(claim!.links).toEqual([
      expect.objectContaining({ type: "PART_OF", direction: "outgoing", claim: expect.objectContaining({ slug: "witkoff-coached-ushakov-on-trump-pitch" }) }),
    ]);
    expect(claim!.firstAppearance).not.toHaveProperty("text");
  });

  it("shows Trump's Donbas claim as contradicted by ISW's estimate", async () => {
    const claim = await getPublicClaim("trump-donbas-might-be-gotten-by-russia-anyway");
    expect(claim!.links).toContainEqual(
      expect.objectContaining({ type: "CONTRADICTS", direction: "incoming", claim: expect.objectContaining({ slug: "isw-russia-needs-several-years-to-conquer-donbas" }) }),
    );
  });

  it("does not exist for drafts, claims in review or archived claims", async () => {
    expect(await getPublicClaim(draft.slug)).toBeNull();
    expect(await getPublicClaim(inReview.slug)).toBeNull();
    expect(await getPublicClaim("no-such-claim")).toBeNull();
    expect(await getPublicClaim("")).toBeNull();
  });

  it("shows public notes but never internal ones, and hides links to unpublished claims", async () => {
    const editor = await createTestActor("EDITOR");
    const slug = "bloomberg-reviewed-recording-of-call";
    const claim = await db.claim.findUniqueOrThrow({ where: { slug } });
    await db.annotation.createMany({
      data: [
        { claimId: claim.id, authorId: editor.id, visibility: "PUBLIC", body: "Public: we asked Bloomberg for the recording." },
        { claimId: claim.id, authorId: editor.id, visibility: "INTERNAL", body: "Internal: source says call was real." },
      ],
    });
    const hidden = await db.claim.findUniqueOrThrow({ where: { slug: inReview.slug } });
    await db.claimLink.create({ data: { fromClaimId: claim.id, toClaimId: hidden.id, type: "SUPPORTS" } });

    const page = await getPublicClaim(slug);
    expect(page!.annotations.map((note) => note.body)).toEqual(["Public: we asked Bloomberg for the recording."]);
    expect(page!.links.map((link) => link.claim.slug)).not.toContain(inReview.slug);
  });

  it("reflects a status change at the very next read", async () => {
    const slug = "russia-says-it-downed-249-drones";
    await db.claim.update({ where: { slug }, data: { verification: "DISPUTED" } });
    expect((await getPublicClaim(slug))!.verification).toBe("DISPUTED");
    await db.claim.update({ where: { slug }, data: { verification: "ON_RECORD" } });
    expect((await getPublicClaim(slug))!.verification).toBe("ON_RECORD");
  });
});

describe(`speakers and sources (${TEST_ENGINE})`, () => {
  it("lists speakers with published claims and their counts", async () => {
    const speakers = await listPublicSpeakers();
    const trump = speakers.find((speaker) => speaker.slug === "donald-trump");
    expect(trump?.publishedClaims).toBe(published.filter((c) => c.claimant === "donald-trump").length);
    expect(speakers.map((speaker) => speaker.slug)).not.toContain("vladimir-putin");
  });

  it("builds a scorecard by verification status and rating, with a small-sample caveat", async () => {
    const trump = await getPublicSpeaker("donald-trump");
    const mine = published.filter((c) => c.claimant === "donald-trump");
    expect(trump!.scorecard.total).toBe(mine.length);
    expect(trump!.scorecard.byVerification.find((row) => row.status === "DISPUTED")?.count).toBe(1);
    expect(trump!.scorecard.byRating.find((row) => row.rating === "MISLEADING")?.count).toBe(1);
    expect(trump!.scorecard.unrated).toBe(mine.length - 1);
    expect(trump!.scorecard.smallSample).toBe(false);
    const isw = await getPublicSpeaker("institute-for-the-study-of-war");
    expect(isw!.scorecard).toMatchObject({ total: 1, smallSample: true });
    expect(await getPublicSpeaker("vladimir-putin")).toBeNull();
  });

  it("gives the relayed claims on the relayed speaker's page", async () => {
    const witkoff = await getPublicSpeaker("steve-witkoff");
    expect(witkoff!.claims).toEqual([]);
    expect(witkoff!.relayed.map((claim) => claim.slug)).toEqual(["witkoff-advised-ushakov-to-congratulate-trump-on-gaza"]);
  });

  it("shows a source with its own status and the claims that cite it", async () => {
    const transcript = await getPublicSource("witkoff-ushakov-call-transcript");
    expect(transcript!.source.verification).toBe("UNVERIFIED");
    expect(transcript!.claims.map((claim) => claim.slug).sort()).toEqual([
      "witkoff-advised-ushakov-to-congratulate-trump-on-gaza",
      "witkoff-coached-ushakov-on-trump-pitch",
    ]);
    expect(await getPublicSource("no-such-source")).toBeNull();
  });
});

describe(`what changed lately, the feed and the sitemap (${TEST_ENGINE})`, () => {
  it("lists recent verification and rating changes and publications of published claims only", async () => {
    const changes = await recentStatusChanges({ take: 100 });
    expect(changes.every((change) => change.field !== "WORKFLOW")).toBe(true);
    expect(changes.map((change) => change.claim.slug)).not.toContain(inReview.slug);
    const newly = await recentlyPublished({ take: 100 });
    expect(newly).toHaveLength(published.length);
  });

  it("writes an Atom feed of those changes", async () => {
    const xml = await atomFeed();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    const entries = xml.match(/<entry>/g) ?? [];
    expect(entries.length).toBe(50);
    expect(xml).not.toContain(draft.statement);
    expect(xml).toContain("/claims/");
  });

  it("maps every public page and nothing else", async () => {
    const urls = (await sitemapEntries()).map((entry) => entry.url);
    expect(urls.filter((url) => url.includes("/claims/"))).toHaveLength(published.length);
    expect(urls.some((url) => url.endsWith(`/claims/${draft.slug}`))).toBe(false);
    expect(urls.some((url) => url.endsWith("/speakers/donald-trump"))).toBe(true);
  });
});
