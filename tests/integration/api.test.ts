import { beforeAll, describe, expect, it } from "vitest";
import { GET as getClaim } from "@/app/api/v1/claims/[slug]/route";
import { GET as listClaims } from "@/app/api/v1/claims/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getSpeaker } from "@/app/api/v1/speakers/[slug]/route";
import { GET as listSpeakers } from "@/app/api/v1/speakers/route";
import { ZApiClaimDetail, ZApiClaimList, ZApiError, ZApiSpeakerDetail, ZApiSpeakerList } from "@/lib/api/v1/schemas";
import { SEED_CLAIMS } from "@/seed/data/claims";
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
    expect(body.timeline[0]).toMatchObject({ field: "VERIFICATION", to: "UNVERIFIED" });
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
    const body = ZApiSpeakerDetail.parse(await (await getSpeaker(new Request(`${BASE}/x`), params("donald-trump"))).json());
    expect(body.scorecard.byRating.find((row) => row.rating === "MISLEADING")?.count).toBe(1);
    expect(body.claims.length).toBe(body.scorecard.total);
    expect((await getSpeaker(new Request(`${BASE}/x`), params("nobody"))).status).toBe(404);
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
  });
});
