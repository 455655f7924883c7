import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { claimListSearchParams, parseClaimListQuery, withoutEmptyParameters, ZClaimListQuery } from "@/lib/claims/list-query";

describe("parseClaimListQuery", () => {
  it("reads every filter from the URL", () => {
    const { query, problems } = parseClaimListQuery(
      new URLSearchParams("q=leaked+call&verification=UNVERIFIED&rating=FALSE&speaker=donald-trump&topic=donbas&source=isw&from=2025-11-01&to=2025-11-30&sort=updated&page=2&pageSize=5"),
    );
    expect(problems).toEqual([]);
    expect(query).toEqual({
      q: "leaked call",
      verification: "UNVERIFIED",
      rating: "FALSE",
      speaker: "donald-trump",
      topic: "donbas",
      source: "isw",
      from: "2025-11-01",
      to: "2025-11-30",
      sort: "updated",
      page: 2,
      pageSize: 5,
    });
  });

  it("drops each bad value on its own, keeping the rest, and says why", () => {
    const { query, problems } = parseClaimListQuery({ verification: "PROBABLY", page: "-3", q: "drones", speaker: "Not A Slug!" });
    expect(query).toMatchObject({ q: "drones", page: 1 });
    expect(query.sort).toBeUndefined(); // the list chooses: best match for a search, newest otherwise
    expect(query.verification).toBeUndefined();
    expect(problems.map((problem) => problem.field).sort()).toEqual(["page", "speaker", "verification"]);
    expect(problems.find((problem) => problem.field === "verification")?.message).toBe("Unknown verification status");
  });

  it("treats blank values as unset and rejects a range that ends before it starts", () => {
    expect(parseClaimListQuery({ verification: "", rating: "" }).problems).toEqual([]);
    const { query, problems } = parseClaimListQuery({ from: "2025-11-30", to: "2025-11-01" });
    expect(query.to).toBeUndefined();
    expect(problems).toEqual([{ field: "to", value: "2025-11-01", message: "Ends before the start date" }]);
  });

  it("reports unknown and repeated parameters when asked to (the API)", () => {
    const lenient = parseClaimListQuery(new URLSearchParams("utm_source=x&page=1&page=2"));
    expect(lenient.problems.map((problem) => problem.field)).toEqual(["page"]);
    const strict = parseClaimListQuery(new URLSearchParams("verfication=UNVERIFIED"), { rejectUnknownParameters: true });
    expect(strict.problems).toEqual([{ field: "verfication", value: "UNVERIFIED", message: "Unknown parameter" }]);
  });

  it("caps the page size", () => {
    expect(parseClaimListQuery({ pageSize: "1000" }).problems[0]).toMatchObject({ field: "pageSize", message: "At most 100" });
  });
});

describe("claimListSearchParams", () => {
  it("writes a query back to the URL without its defaults, and round-trips", () => {
    const { query } = parseClaimListQuery({ q: "transcript", verification: "UNVERIFIED" });
    const params = claimListSearchParams(query);
    expect(params.toString()).toBe("q=transcript&verification=UNVERIFIED");
    expect(parseClaimListQuery(params).query).toEqual(query);
  });
});

describe("the cached, unfiltered /claims", () => {
  it("is served only when the address has none of the list's parameters (next.config.js knows them all)", async () => {
    type Rewrites = { beforeFiles: { source: string; missing?: { key: string }[] }[] };
    const nextConfig = createRequire(import.meta.url)("../../next.config.js") as { rewrites: () => Promise<Rewrites> };
    const rule = (await nextConfig.rewrites()).beforeFiles.find((rewrite) => rewrite.source === "/claims");
    expect(rule?.missing?.map((condition) => condition.key).sort()).toEqual(Object.keys(ZClaimListQuery.shape).sort());
  });
});

describe("withoutEmptyParameters", () => {
  it("drops the empty fields a plain GET form sends and keeps the rest as they are", () => {
    expect(withoutEmptyParameters({ q: "drones", verification: "", rating: " ", speaker: undefined })).toBe("q=drones");
    expect(withoutEmptyParameters({ q: "", sort: "" })).toBe("");
    expect(withoutEmptyParameters({ topic: ["a", ""], bogus: "x" })).toBe("topic=a&bogus=x");
  });

  it("says there is nothing to clean when every field has a value", () => {
    expect(withoutEmptyParameters({ q: "drones", page: "2" })).toBeNull();
    expect(withoutEmptyParameters({})).toBeNull();
  });
});
