import { describe, expect, it } from "vitest";
import { claimSearchText, normalizeForSearch, searchTerms } from "@/lib/text/search-text";

describe("normalizeForSearch", () => {
  it("folds case, accents, curly quotes and whitespace", () => {
    expect(normalizeForSearch("  Macron à GENÈVE\n said “Putin’s”  ")).toBe(`macron a geneve said "putin's"`);
  });

  it("folds LIKE's wildcards and escape character to spaces", () => {
    expect(normalizeForSearch("50% of drone_strikes\\x")).toBe("50 of drone strikes x");
  });
});

describe("searchTerms", () => {
  it("splits a query into distinct normalised words, bounded in number and length", () => {
    expect(searchTerms("Leaked  TRANSCRIPT leaked")).toEqual(["leaked", "transcript"]);
    expect(searchTerms("   ")).toEqual([]);
    expect(searchTerms(Array.from({ length: 20 }, (_, i) => `w${i}`).join(" "))).toHaveLength(8);
    expect(searchTerms("x".repeat(500))[0]).toHaveLength(100);
  });
});

describe("claimSearchText", () => {
  it("covers the statement, quote, context and speaker names, skipping what is missing", () => {
    const text = claimSearchText({ statement: "A claim", quote: null, context: "Some context", speakerNames: ["Keir Starmer", null] });
    expect(text).toBe("a claim some context keir starmer");
  });
});
