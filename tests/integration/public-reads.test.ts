import { beforeAll, describe, expect, it } from "vitest";
import { parseClaimListQuery } from "@/lib/claims/list-query";
import { getPublicClaim } from "@/lib/claims/public-claim";
import { listPublicClaims } from "@/lib/claims/public-list";
import { feedEntries, recentlyPublished, recentStatusChanges } from "@/lib/claims/recent";
import { db } from "@/lib/db";
import { atomFeed } from "@/lib/feed/atom";
import { resolveSitemap } from "next/dist/build/webpack/loaders/metadata/resolve-route-data";
import { siteConfig } from "@/lib/site-config";
import { sitemapFileEntries, sitemapFileIds, sitemapIndexXml, URLS_PER_SITEMAP } from "@/lib/sitemap";
import { getPublicSource, pagePublicSources } from "@/lib/sources/public-sources";
import { getPublicSpeaker, listPublicSpeakers, pagePublicSpeakers } from "@/lib/speakers/public-speakers";
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
    // Seeded: its one public event is its publication (its first status is not a change).
    expect(claim!.statusChanges.map((c) => `${c.field}:${c.toValue}`)).toEqual(["WORKFLOW:PUBLISHED"]);
    expect(claim!.sourcing).toBe("Reported by Bloomberg News; not independently verified by The Associated Press");
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

  it("pages the list of speakers by name", async () => {
    const all = await listPublicSpeakers();
    const pages = await Promise.all([1, 2, 3, 4, 5].map((page) => pagePublicSpeakers({ page, pageSize: 5 })));
    expect(pages[0]).toMatchObject({ total: all.length, pageCount: Math.ceil(all.length / 5) });
    expect(pages.flatMap((page) => page.items.map((speaker) => speaker.slug))).toEqual(all.map((speaker) => speaker.slug).slice(0, 25));
    expect((await pagePublicSpeakers({ page: 99, pageSize: 5 })).items).toEqual([]);
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
    expect(witkoff!.claims).toEqual({ items: [], total: 0 });
    expect(witkoff!.relayed.items.map((claim) => claim.slug)).toEqual(["witkoff-advised-ushakov-to-congratulate-trump-on-gaza"]);
    expect(witkoff!.relayed.total).toBe(1);
  });

  it("lists everyone in a published claim in any role, Witkoff included, with counts by role", async () => {
    const speakers = await listPublicSpeakers();
    const bySlug = new Map(speakers.map((speaker) => [speaker.slug, speaker]));
    // Witkoff made no claim: he is relayed by one and the leaked-call claims are about him.
    expect(bySlug.get("steve-witkoff")).toMatchObject({ publishedClaims: 0, relayedClaims: 1 });
    expect(bySlug.get("steve-witkoff")!.aboutClaims).toBeGreaterThanOrEqual(4);
    // Ushakov, the other party to the call, and Driscoll, sent to Kyiv, have pages too.
    expect(bySlug.get("yuri-ushakov")).toMatchObject({ publishedClaims: 0, relayedClaims: 0 });
    expect(bySlug.get("yuri-ushakov")!.aboutClaims).toBeGreaterThan(0);
    expect(bySlug.has("dan-driscoll")).toBe(true);
    // Dmitriev is only in a draft: no page.
    expect(bySlug.has("kirill-dmitriev")).toBe(false);
    expect(await getPublicSpeaker("kirill-dmitriev")).toBeNull();
    expect((await pagePublicSpeakers({ page: 1, pageSize: 100 })).items.map((speaker) => speaker.slug)).toContain("steve-witkoff");
  });

  it("shows on Witkoff's page the leaked call he is party to, each claim labelled with his role", async () => {
    const witkoff = await getPublicSpeaker("steve-witkoff");
    expect(witkoff!.scorecard.total).toBe(0);
    const about = witkoff!.about.items;
    expect(about.map((claim) => claim.slug)).toContain("witkoff-coached-ushakov-on-trump-pitch");
    expect(about.map((claim) => claim.slug)).toContain("bacon-witkoff-cannot-be-trusted");
    expect(about.every((claim) => claim.role === "ABOUT")).toBe(true);
    expect(about.find((claim) => claim.slug === "witkoff-coached-ushakov-on-trump-pitch")!.claimant).toEqual({ slug: "bloomberg-news", name: "Bloomberg News" });
    expect(witkoff!.about.total).toBe(about.length);
    // The Gaza claim relays him and is about the call he is party to: listed once, as relayed.
    expect(witkoff!.relayed.items.map((claim) => [claim.slug, claim.role])).toEqual([["witkoff-advised-ushakov-to-congratulate-trump-on-gaza", "RELAYED"]]);
    expect(about.map((claim) => claim.slug)).not.toContain("witkoff-advised-ushakov-to-congratulate-trump-on-gaza");
    // The draft about his St. Petersburg talks is not shown.
    expect(about.map((claim) => claim.slug)).not.toContain("witkoff-and-dmitriev-met-in-st-petersburg");
    const trump = await getPublicSpeaker("donald-trump");
    expect(trump!.claims.items.every((claim) => claim.role === "SAID")).toBe(true);
    expect(trump!.about).toEqual({ items: [], total: 0 });
  });

  it("pages the index of sources by title, each with how many published claims cite it", async () => {
    const first = await pagePublicSources({ page: 1, pageSize: 100 });
    const sources = await db.source.findMany({ select: { slug: true } });
    const publicSlugs = (await Promise.all(sources.map((source) => getPublicSource(source.slug)))).filter(Boolean).map((page) => page!.source.slug);
    expect(first.total).toBe(publicSlugs.length);
    expect(first.items.map((source) => source.slug).sort()).toEqual([...publicSlugs].sort());
    const titles = first.items.map((source) => source.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const transcript = first.items.find((source) => source.slug === "witkoff-ushakov-call-transcript")!;
    expect(transcript).toMatchObject({ kind: "TRANSCRIPT", verification: "UNVERIFIED", firstAppearances: 0, citations: 2 });
    const pages = await Promise.all([1, 2, 3, 4].map((page) => pagePublicSources({ page, pageSize: 5 })));
    expect(pages.flatMap((page) => page.items.map((source) => source.slug))).toEqual(first.items.map((source) => source.slug).slice(0, 20));
    expect(pages[0]).toMatchObject({ total: first.total, pageCount: Math.ceil(first.total / 5) });
    expect((await pagePublicSources({ page: 99, pageSize: 5 })).items).toEqual([]);
  });

  it("shows a source with its own status and the claims that cite it", async () => {
    const transcript = await getPublicSource("witkoff-ushakov-call-transcript");
    expect(transcript!.source.verification).toBe("UNVERIFIED");
    const citing = [...transcript!.firstAppearances.items, ...transcript!.evidence.items].map((claim) => claim.slug);
    expect(citing.sort()).toEqual(["witkoff-advised-ushakov-to-congratulate-trump-on-gaza", "witkoff-coached-ushakov-on-trump-pitch"]);
    expect(transcript!.total).toBe(2);
    expect(await getPublicSource("no-such-source")).toBeNull();
  });
});

/** Every URL in the sitemap, file by file, with `perFile` URLs at most in each. */
async function sitemapFiles(perFile?: number) {
  const ids = await sitemapFileIds({ perFile });
  const files = await Promise.all(ids.map(async (id) => ({ id, urls: (await sitemapFileEntries(id, { perFile }))!.map((entry) => entry.url) })));
  return { ids, files, urls: files.flatMap((file) => file.urls) };
}

/** Every public address the database holds now, worked out row by row the slow way. */
async function publicAddresses() {
  const site = siteConfig().siteUrl;
  const [claims, speakers, sources] = await Promise.all([
    db.claim.findMany({
      where: { workflow: "PUBLISHED" },
      select: { slug: true, claimantId: true, relayedFromId: true, firstAppearanceId: true, evidence: { select: { sourceId: true } }, subjects: { select: { speakerId: true } } },
    }),
    db.speaker.findMany({ select: { id: true, slug: true } }),
    db.source.findMany({ select: { id: true, slug: true } }),
  ]);
  const speakerIds = new Set(claims.flatMap((claim) => [claim.claimantId, claim.relayedFromId, ...claim.subjects.map((subject) => subject.speakerId)]));
  const sourceIds = new Set(claims.flatMap((claim) => [claim.firstAppearanceId, ...claim.evidence.map((item) => item.sourceId)]));
  return [
    ...["/", "/claims", "/speakers", "/sources"].map((path) => `${site}${path}`),
    ...claims.map((claim) => `${site}/claims/${claim.slug}`),
    ...speakers.filter((speaker) => speakerIds.has(speaker.id)).map((speaker) => `${site}/speakers/${speaker.slug}`),
    ...sources.filter((source) => sourceIds.has(source.id)).map((source) => `${site}/sources/${source.slug}`),
  ].sort();
}

describe(`the sitemap (${TEST_ENGINE})`, () => {
  it("maps every public page once and nothing else, across its files", async () => {
    const { ids, urls } = await sitemapFiles();
    expect(ids).toEqual(["pages", "claims-0", "speakers-0", "sources-0"]);
    expect([...urls].sort()).toEqual(await publicAddresses());
    expect(urls.filter((url) => url.includes("/claims/"))).toHaveLength(published.length);
    expect(urls.some((url) => url.endsWith(`/claims/${draft.slug}`))).toBe(false);
    expect(urls.some((url) => url.endsWith("/speakers/donald-trump"))).toBe(true);
    // Relayed and subject only, but the page exists: mapped; so is Ushakov, only a subject, and
    // the index of sources. Putin has no public page: not mapped.
    expect(urls.some((url) => url.endsWith("/speakers/steve-witkoff"))).toBe(true);
    expect(urls.some((url) => url.endsWith("/speakers/yuri-ushakov"))).toBe(true);
    expect(urls.some((url) => url.endsWith("/sources"))).toBe(true);
    expect(urls.some((url) => url.endsWith("/speakers/vladimir-putin"))).toBe(false);
  });

  it("never puts more than its cap of URLs in one file, and still maps everything", async () => {
    for (const perFile of [1, 2, 3, 7]) {
      const { ids, files, urls } = await sitemapFiles(perFile);
      // "pages" holds the four lists, whatever the cap; every other file holds at most `perFile`.
      expect(files[0]).toMatchObject({ id: "pages", urls: expect.any(Array) });
      expect(files[0]!.urls).toHaveLength(4);
      for (const file of files.slice(1)) expect(file.urls.length, `${file.id} with ${perFile} per file`).toBeLessThanOrEqual(perFile);
      expect([...urls].sort(), `${perFile} per file`).toEqual(await publicAddresses());
      expect(ids.filter((id) => id.startsWith("claims-"))).toHaveLength(Math.ceil((await db.claim.count()) / perFile));
    }
  });

  it("answers null for a file that does not exist", async () => {
    for (const id of ["claims-99", "claims-01", "people-0", "claims--1", "../claims-0", ""]) {
      expect(await sitemapFileEntries(id), id).toBeNull();
    }
  });

  it("lists each file in an index at /sitemap/<id>.xml", async () => {
    const ids = await sitemapFileIds();
    const xml = sitemapIndexXml(ids, { ...siteConfig(), siteUrl: "https://news.example/fact-check" });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    expect(xml.match(/<loc>[^<]+<\/loc>/g)).toEqual(ids.map((id) => `<loc>https://news.example/fact-check/sitemap/${id}.xml</loc>`));
  });

  it("keeps a full file under 1 MB with the longest addresses allowed", async () => {
    // Next writes the file (resolveSitemap); the longest site URL the cap is sized for, and slugs of 120 characters.
    const site = `https://${"n".repeat(100 - "https://".length)}`;
    const entries = Array.from({ length: URLS_PER_SITEMAP }, (_, i) => ({
      url: `${site}/speakers/${String(i).padStart(120, "x")}`,
      lastModified: new Date(),
    }));
    const bytes = Buffer.byteLength(resolveSitemap(entries));
    expect(bytes).toBeLessThanOrEqual(1_000_000);
    console.info(`largest possible sitemap file: ${bytes} bytes for ${URLS_PER_SITEMAP} URLs`);
  });
});

describe(`what changed lately and the feed (${TEST_ENGINE})`, () => {
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
    // One entry per real event: the seed's only events are the publications of its published claims.
    expect(entries.length).toBe(published.length);
    expect(xml).not.toContain(draft.statement);
    expect(xml).toContain("/claims/");
  });

  it("still fills the feed when the newest changes are all on claims readers cannot see", async () => {
    const hidden = await db.claim.findUniqueOrThrow({ where: { slug: inReview.slug } });
    const soon = Date.now() + 60_000;
    await db.statusChange.createMany({
      data: Array.from({ length: 450 }, (_, i) => ({
        claimId: hidden.id,
        field: "VERIFICATION" as const,
        toValue: "DISPUTED",
        reason: `Desk work ${i}`,
        createdAt: new Date(soon + i),
      })),
    });
    const entries = await feedEntries({ take: 50 });
    expect(entries).toHaveLength(published.length);
    expect(entries.every((entry) => entry.claim.slug !== inReview.slug)).toBe(true);
    expect((await recentStatusChanges({ take: 5 })).map((change) => change.claim.slug)).not.toContain(inReview.slug);
  });
});

/** A speaker with `made` published claims (and a draft), and `relaying` published claims relaying them, all dated. */
async function speakerWithClaims(label: string, made: number, relaying: number) {
  const [speaker, other, source] = await Promise.all([
    db.speaker.create({ data: { slug: `prolific-${label}`, name: `Prolific ${label}` } }),
    db.speaker.create({ data: { slug: `relayer-${label}`, name: `Relayer ${label}` } }),
    db.source.create({ data: { slug: `wire-${label}`, kind: "NEWS_ARTICLE", title: `Wire ${label}` } }),
  ]);
  const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 86_400_000);
  await db.claim.createMany({
    data: [
      ...Array.from({ length: made }, (_, i) => ({
        slug: `${label}-made-${String(i).padStart(3, "0")}`,
        statement: `Claim ${i} by ${label}`,
        claimantId: speaker.id,
        // Two share a day, one has none: the order must still be total (day, then slug; undated last).
        saidAt: i === 0 ? null : day(Math.min(i, made - 2)),
        workflow: "PUBLISHED" as const,
        firstAppearanceId: source.id,
      })),
      { slug: `${label}-draft`, statement: `A draft by ${label}`, claimantId: speaker.id, saidAt: day(999), workflow: "DRAFT" as const, firstAppearanceId: source.id },
      ...Array.from({ length: relaying }, (_, i) => ({
        slug: `${label}-relaying-${i}`,
        statement: `Someone relays ${label} ${i}`,
        claimantId: other.id,
        relayedFromId: speaker.id,
        saidAt: day(i),
        workflow: "PUBLISHED" as const,
      })),
    ],
  });
  // The relaying claims cite the wire as evidence; one of the speaker's own claims does too (shown once).
  const citing = await db.claim.findMany({ where: { OR: [{ relayedFromId: speaker.id }, { slug: `${label}-made-005` }] }, select: { id: true } });
  await db.evidence.createMany({ data: citing.map((claim) => ({ claimId: claim.id, sourceId: source.id, stance: "REPORTS" as const, strength: "SECONDARY" as const })) });
  return { speaker: speaker.slug, source: source.slug };
}

describe(`speaker and source pages, a page at a time (${TEST_ENGINE})`, () => {
  let made: { speaker: string; source: string };
  beforeAll(async () => {
    made = await speakerWithClaims("paged", 45, 3);
  });

  it("pages a speaker's claims 20 at a time, newest first, with totals from the whole list", async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => getPublicSpeaker(made.speaker, { page, pageSize: 20 })));
    expect(pages.map((page) => page!.claims.items.length)).toEqual([20, 20, 5]);
    for (const page of pages) {
      expect(page).toMatchObject({ pageCount: 3, pageSize: 20, claims: { total: 45 }, relayed: { total: 3 } });
      expect(page!.scorecard.total).toBe(45);
    }
    const slugs = pages.flatMap((page) => page!.claims.items.map((claim) => claim.slug));
    expect(new Set(slugs).size).toBe(45);
    expect(slugs).not.toContain("paged-draft");
    // Newest first; the two claims of the same day by slug; the undated one last.
    expect(slugs.slice(0, 3)).toEqual(["paged-made-043", "paged-made-044", "paged-made-042"]);
    expect(slugs.at(-1)).toBe("paged-made-000");
    // The relaying claims are on page 1 only.
    expect(pages.map((page) => page!.relayed.items.length)).toEqual([3, 0, 0]);
    expect(pages[0]!.relayed.items[0]!.claimant).toEqual({ slug: "relayer-paged", name: "Relayer paged" });
  });

  it("gives empty lists past the last page, still saying how many pages there are", async () => {
    const past = await getPublicSpeaker(made.speaker, { page: 9, pageSize: 20 });
    expect(past).toMatchObject({ page: 9, pageCount: 3, claims: { items: [], total: 45 }, relayed: { items: [], total: 3 } });
    const whole = await getPublicSpeaker(made.speaker, { page: 1, pageSize: 100 });
    expect(whole!.claims.items).toHaveLength(45);
    expect(whole!.pageCount).toBe(1);
  });

  it("pages a source's claims the same way, each claim once", async () => {
    const [first, second, third] = await Promise.all([1, 2, 3].map((page) => getPublicSource(made.source, { page, pageSize: 20 })));
    // 45 published claims first appeared in it (the draft does not count); the 3 relaying ones cite it as evidence.
    expect(first).toMatchObject({ total: 48, pageCount: 3, firstAppearances: { total: 45 }, evidence: { total: 3 } });
    expect([first, second, third].map((page) => page!.firstAppearances.items.length)).toEqual([20, 20, 5]);
    expect([first, second, third].map((page) => page!.evidence.items.length)).toEqual([3, 0, 0]);
    const all = [first, second, third].flatMap((page) => [...page!.firstAppearances.items, ...page!.evidence.items].map((claim) => claim.slug));
    expect(new Set(all).size).toBe(48);
    // A claim that first appeared in it and also cites it is listed with its evidence, among the first appearances.
    const both = all.indexOf("paged-made-005");
    expect(both).toBeGreaterThanOrEqual(0);
    const withEvidence = [first, second, third].flatMap((page) => page!.firstAppearances.items).find((claim) => claim.slug === "paged-made-005");
    expect(withEvidence!.evidence).toEqual([{ stance: "REPORTS", strength: "SECONDARY", note: null }]);
    expect(first!.evidence.items[0]!.evidence).toEqual([{ stance: "REPORTS", strength: "SECONDARY", note: null }]);
  });
});
