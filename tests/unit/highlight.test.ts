import { describe, expect, it } from "vitest";
import { highlightMatches } from "@/lib/search/highlight";
import { parseSearchQuery } from "@/lib/search/query";

const marked = (text: string, q: string) =>
  highlightMatches(text, parseSearchQuery(q))
    .filter((segment) => segment.match)
    .map((segment) => segment.text);

describe("highlightMatches", () => {
  it("marks whole words, folded as the index folds them", () => {
    expect(marked("Talks in Genève resumed; GENEVA next.", "geneve")).toEqual(["Genève"]);
    expect(marked("The Plan, the plan and planning", "plan ")).toEqual(["Plan", "plan"]);
  });

  it("marks the last word as a prefix, as the search matches it", () => {
    expect(marked("A leaked transcript of the call", "transcr")).toEqual(["transcript"]);
    expect(marked("A leaked transcript of the call", "leaked transcr")).toEqual(["leaked", "transcript"]);
  });

  it("marks a phrase's words and keeps the text exactly as written", () => {
    const text = "It’s “very premature” — the 28-point peace plan.";
    const segments = highlightMatches(text, parseSearchQuery('"peace plan"'));
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
    expect(segments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(["peace", "plan"]);
  });

  it("marks nothing for an empty search or text without matches, and treats markup as text", () => {
    expect(highlightMatches("Nothing here", parseSearchQuery(""))).toEqual([{ text: "Nothing here", match: false }]);
    expect(marked("<b>bold</b> claim", "b")).toEqual(["b", "b"]);
    expect(marked("no match", "xylophone")).toEqual([]);
  });
});
