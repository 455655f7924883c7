import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_GROUPS, parseSearchQuery, toFts5Match, toTsQuery } from "@/lib/search/query";
import { searchWords } from "@/lib/search/tokens";

const groups = (q: string) => parseSearchQuery(q).groups.map((group) => `${group.words.join(" ")}${group.prefix ? "*" : ""}`);

describe("searchWords", () => {
  it("folds case and accents and keeps letters and digits of every script", () => {
    expect(searchWords("Zelenskyy’s GENÈVE Київ 19 points, 28-point")).toEqual(["zelenskyy", "s", "geneve", "киів", "19", "points", "28", "point"]);
  });

  it("drops emoji and symbols", () => {
    expect(searchWords("🙂 * - ( ) \" % _ \\")).toEqual([]);
  });
});

describe("parseSearchQuery", () => {
  it("requires every word, matching the last one as a prefix while it is being typed", () => {
    expect(groups("leaked transcr")).toEqual(["leaked", "transcr*"]);
    expect(groups("leaked transcript ")).toEqual(["leaked", "transcript"]);
  });

  it("keeps quoted words together as a phrase, with straight or curly quotes", () => {
    expect(groups('"peace plan" russia')).toEqual(["peace plan", "russia*"]);
    expect(groups("“peace plan”")).toEqual(["peace plan"]);
  });

  it("reads a word the tokenizer splits as a phrase (U.S., Putin's)", () => {
    expect(groups("U.S. envoy")).toEqual(["u s", "envoy*"]);
  });

  it("treats an unbalanced quote as punctuation", () => {
    expect(groups('"peace plan')).toEqual(["peace", "plan*"]);
  });

  it("searches operators and wildcards as plain words", () => {
    expect(groups("NEAR AND OR NOT -x * ^ :")).toEqual(["near", "and", "or", "not", "x"]);
  });

  it("does not prefix-match a single letter (it would match a large share of the vocabulary)", () => {
    expect(groups("plan a")).toEqual(["plan", "a"]);
  });

  it("has no groups for a query with nothing searchable", () => {
    expect(groups("🙂 ***")).toEqual([]);
  });

  it("bounds the number of groups and drops repeats", () => {
    expect(groups("a a a")).toEqual(["a"]);
    expect(parseSearchQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(" ")).groups).toHaveLength(MAX_GROUPS);
  });
});

describe("engine syntax", () => {
  it("quotes every FTS5 group, so keywords and punctuation are never operators", () => {
    expect(toFts5Match(parseSearchQuery('NEAR "peace plan" transcr'))).toBe('"near" "peace plan" "transcr"*');
  });

  it("joins tsquery phrase words with <-> and groups with &", () => {
    expect(toTsQuery(parseSearchQuery('NEAR "peace plan" transcr'))).toBe("near & (peace <-> plan) & transcr:*");
  });

  it("produces only letters, digits, spaces and its own operators, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (input) => {
        const parsed = parseSearchQuery(input);
        expect(toFts5Match(parsed)).toMatch(/^("[\p{L}\p{N} ]+"\*? ?)*$/u);
        expect(toTsQuery(parsed)).toMatch(/^[\p{L}\p{N} &<>():*-]*$/u);
      }),
    );
  });
});
