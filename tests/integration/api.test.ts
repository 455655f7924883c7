import { beforeAll, describe, expect, it } from "vitest";
import { GET as getClaim } from "@/app/api/v1/claims/[slug]/route";
import { GET as listClaims } from "@/app/api/v1/claims/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getSpeaker } from "@/app/api/v1/speakers/[slug]/route";
import { GET as listSpeakers } from "@/app/api/v1/speakers/route";
import { ZApiClaimDetail, ZApiClaimList, ZApiError, ZApiSpeakerDetail, ZApiSpeakerList } from "@/lib/api/v1/schemas";
import { SEED_CLAIMS } from "@/seed/data/claims";
import { db } from "@/lib/db";
import { seedTestDatabase } from "../helpers/fixtures";
import { TEST_ENGINE } from "../helpers/test-database";

const BASE = "http://claimdesk.test";
const published = SEED_CLAIMS.filter((claim) => claim.workflow === "PUBLISHED");
const params = (slug: string) => ({ params: Promise.resolve({ slug }) });

beforeAll(async () => {
  await seedTestDatabase();
});

describe(`GET /api/v1/claims (${TEST_ENGINE})`, () => {
  it("pages through the published claims with a total and a next-page link", async () => {
    const response = await listClaims(new Request(`${BASE}/api/v1/claims?pageSize=10&verification=ON_RECORD`));
    expect(response.status).toBe(200);
    const body = ZApiClaimList.parse(await response.json());
    const onRecord = published.filter((claim) => claim.verification === "ON_RECORD").length;
    expect(body.total).toBe(onRecord);
    expect(body.items).toHaveLength(10);
    expect(body.items.every((item) => item.verification === "ON_RECORD")).toBe(true);
    expect(body.links.next).toBe(`${BASE}/api/v1/claims?verification=ON_RECORD&page=2&pageSize=10`);
    expect(body.links.prev).toBeNull();

    const last = ZApiClaimList.parse(await (await listClaims(new Request(`${BASE}/api/v1/claims?pageSize=10&page=${body.pageCount}&verification=ON_RECORD`))).json());
    expect(last.links.next).toBeNull();
  });

  it("searches like /claims does", async () => {
    const body = ZApiClaimList.parse(await (await listClaims(new Request(`${BASE}/api/v1/claims?q=transcript&verification=UNVERIFIED`))).json());
    expect(body.items.map((item) => item.slug).sort()).toEqual([
      "witkoff-advised-ushakov-to-congratulate-trump-on-gaza",
      "witkoff-coached-ushakov-on-trump-pitch",
    ]);
  });

  it.each([
    ["verification=PROBABLY", ["verification"]],
    ["pageSize=1000", ["pageSize"]],
    ["page=abc", ["page"]],
    ["from=yesterday", ["from"]],
    ["sort=random&rating=AWFUL", ["sort", "rating"]],
    ["verfication=UNVERIFIED", ["verfication"]],
    ["speaker=nobody-at-all", ["speaker"]],
    ["q=" + "x".repeat(300), ["q"]],
  ])("answers 400 naming the offending fields for %s", async (query, fields) => {
    const response = await listClaims(new Request(`${BASE}/api/v1/claims?${query}`));
    expect(response.status).toBe(400);
    const body = ZApiError.parse(await response.json());
    expect(body.error).toBe("invalid_query");
    expect(body.problems!.map((problem) => problem.field).sort()).toEqual([...fields].sort());
  });
});

describe(`GET /api/v1/claims/{slug} (${TEST_ENGINE})`, () => {
  it("gives the claim with speaker, evidence, links, notes and timeline", async () => {
    const response = await getClaim(new Request(`${BASE}/x`), params("witkoff-coached-ushakov-on-trump-pitch"));
    expect(response.status).toBe(200);
    const body = ZApiClaimDetail.parse(await response.json());
    expect(body.verificationLabel).toBe("Reported, not independently verified");
    expect(body.sourcing).toBe("Reported by Bloomberg News; not independently verified by The Associated Press");
    expect(body.claimant.name).toBe("Bloomberg News");
    expect(body.evidence.map((item) => item.source.slug)).toContain("witkoff-ushakov-call-transcript");
    expect(body.links.map((link) => link.label)).toEqual(expect.arrayContaining(["Supported by", "Includes"]));
    expect(body.timeline).toEqual([expect.objectContaining({ field: "WORKFLOW", from: "DRAFT", to: "PUBLISHED" })]);
    expect(body.evidence.every((item) => item.attributedTo === null)).toBe(true);
  });

  it("names who disputes the 19-point figure, in the line and on the evidence", async () => {
    const response = await getClaim(new Request(`${BASE}/x`), params("peace-plan-now-stands-at-19-points"));
    const body = ZApiClaimDetail.parse(await response.json());
    expect(body.sourcing).toBe("Disputed by Oleksandr Bevz");
    expect(body.evidence.find((item) => item.stance === "DISPUTES")).toMatchObject({
      attributedTo: { slug: "oleksandr-bevz", name: "Oleksandr Bevz" },
      source: { publisher: "The Associated Press" },
    });
  });

  it("answers 404 for drafts, unknown slugs and anything that cannot be a slug, never 500", async () => {
    const draft = SEED_CLAIMS.find((claim) => claim.workflow === "DRAFT")!;
    for (const slug of [draft.slug, "no-such-claim", "../../etc/passwd", "%00", "A".repeat(500), "'; DROP TABLE \"Claim\"; --"]) {
      const response = await getClaim(new Request(`${BASE}/x`), params(slug));
      expect(response.status, slug).toBe(404);
      expect(ZApiError.parse(await response.json()).error).toBe("not_found");
    }
  });
});

describe(`GET /api/v1/speakers (${TEST_ENGINE})`, () => {
  it("lists speakers with their published-claim counts", async () => {
    const body = ZApiSpeakerList.parse(await (await listSpeakers(new Request(`${BASE}/api/v1/speakers`))).json());
    expect(body.total).toBe(body.items.length);
    expect(body.items.find((item) => item.slug === "oleksandr-bevz")?.publishedClaims).toBe(
      published.filter((claim) => claim.claimant === "oleksandr-bevz").length,
    );
  });

  it("refuses parameters it does not take", async () => {
    const response = await listSpeakers(new Request(`${BASE}/api/v1/speakers?page=2`));
    expect(response.status).toBe(400);
  });

  it("gives a speaker's scorecard and claims, 404 for unknown", async () => {
    const body = ZApiSpeakerDetail.parse(await (await getSpeaker(new Request(`${BASE}/api/v1/speakers/donald-trump`), params("donald-trump"))).json());
    expect(body.scorecard.byRating.find((row) => row.rating === "MISLEADING")?.count).toBe(1);
    expect(body.claims.length).toBe(body.scorecard.total);
    expect(body).toMatchObject({ total: body.scorecard.total, relayedTotal: 0, page: 1, pageSize: 20, pageCount: 1 });
    expect(body.links).toEqual({ self: `${BASE}/api/v1/speakers/donald-trump`, next: null, prev: null });
    expect((await getSpeaker(new Request(`${BASE}/x`), params("nobody"))).status).toBe(404);
  });
});

describe(`GET /api/v1/speakers/{slug}, a page at a time (${TEST_ENGINE})`, () => {
  const slug = "api-prolific";
  const speakerPage = async (query: string) => getSpeaker(new Request(`${BASE}/api/v1/speakers/${slug}${query}`), params(slug));

  beforeAll(async () => {
    const speaker = await db.speaker.create({ data: { slug, name: "API Prolific" } });
    await db.claim.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        slug: `api-prolific-${String(i).padStart(2, "0")}`,
        statement: `Claim ${i}`,
        claimantId: speaker.id,
        saidAt: new Date(Date.UTC(2025, 0, 1 + i)),
        workflow: "PUBLISHED" as const,
      })),
    });
  });

  it("pages the claims with a total and next/previous links that keep the page size", async () => {
    const first = ZApiSpeakerDetail.parse(await (await speakerPage("?pageSize=10")).json());
    expect(first).toMatchObject({ total: 25, relayedTotal: 0, page: 1, pageSize: 10, pageCount: 3 });
    expect(first.claims.map((claim) => claim.slug).slice(0, 2)).toEqual(["api-prolific-24", "api-prolific-23"]);
    expect(first.claims).toHaveLength(10);
    expect(first.scorecard.total).toBe(25);
    expect(first.links).toEqual({
      self: `${BASE}/api/v1/speakers/${slug}?pageSize=10`,
      next: `${BASE}/api/v1/speakers/${slug}?page=2&pageSize=10`,
      prev: null,
    });

    const next = ZApiSpeakerDetail.parse(await (await speakerPage("?page=2&pageSize=10")).json());
    expect(next.links.prev).toBe(`${BASE}/api/v1/speakers/${slug}?pageSize=10`);
    const last = ZApiSpeakerDetail.parse(await (await getSpeaker(new Request(next.links.next!), params(slug))).json());
    expect(last.claims.map((claim) => claim.slug)).toEqual(["api-prolific-04", "api-prolific-03", "api-prolific-02", "api-prolific-01", "api-prolific-00"]);
    expect(last.links.next).toBeNull();
    const seen = [first, next, last].flatMap((body) => body.claims.map((claim) => claim.slug));
    expect(new Set(seen).size).toBe(25);
  });

  it("answers an empty page past the end, its previous link pointing at the last page", async () => {
    const past = ZApiSpeakerDetail.parse(await (await speakerPage("?page=7")).json());
    expect(past).toMatchObject({ claims: [], relayed: [], total: 25, page: 7, pageCount: 2 });
    expect(past.links).toMatchObject({ next: null, prev: `${BASE}/api/v1/speakers/${slug}?page=2` });
  });

  it.each([
    ["page=0", ["page"]],
    ["page=abc", ["page"]],
    ["pageSize=101", ["pageSize"]],
    ["pageSize=0&page=-2", ["page", "pageSize"]],
    ["q=trump", ["q"]],
    ["page=1&page=2", ["page"]],
  ])("answers 400 naming the offending fields for %s", async (query, fields) => {
    const response = await speakerPage(`?${query}`);
    expect(response.status).toBe(400);
    const body = ZApiError.parse(await response.json());
    expect(body.problems!.map((problem) => problem.field).sort()).toEqual([...fields].sort());
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("documents every endpoint, its parameters and its response schemas", async () => {
    const doc = await getOpenApi().json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(["/claims", "/claims/{slug}", "/speakers", "/speakers/{slug}"]);
    const parameters = doc.paths["/claims"].get.parameters.map((parameter: { name: string }) => parameter.name);
    expect(parameters).toEqual(expect.arrayContaining(["q", "verification", "rating", "speaker", "topic", "source", "from", "to", "sort", "page", "pageSize"]));
    const verification = doc.paths["/claims"].get.parameters.find((parameter: { name: string }) => parameter.name === "verification");
    expect(verification.schema.enum).toContain("UNVERIFIED");
    expect(doc.components.schemas.ClaimDetail.properties.evidence.type).toBe("array");
    expect(doc.components.schemas.ClaimList.required).toEqual(expect.arrayContaining(["items", "total", "links"]));
    const speakerParameters = doc.paths["/speakers/{slug}"].get.parameters.map((parameter: { name: string }) => parameter.name);
    expect(speakerParameters).toEqual(["slug", "page", "pageSize"]);
    const pageSize = doc.paths["/speakers/{slug}"].get.parameters.find((parameter: { name: string }) => parameter.name === "pageSize");
    expect(pageSize.schema).toMatchObject({ maximum: 100, default: 20 });
    expect(doc.components.schemas.SpeakerDetail.required).toEqual(expect.arrayContaining(["claims", "relayed", "total", "relayedTotal", "page", "links"]));
  });
});
