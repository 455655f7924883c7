import { describe, expect, it } from "vitest";
import { anchorPassage, AnchorError, resolvePassage, splitParagraphs } from "@/lib/sources/anchor";

const TEXT = [
  "Headline",
  "",
  "First paragraph says the plan is a concept.",
  "Second paragraph: “That was not a plan — it was a concept,” Trump said.",
  "",
  "Third paragraph repeats: a concept.",
].join("\n");

describe("splitParagraphs", () => {
  it("treats every non-empty line as a paragraph, with its offset", () => {
    const paragraphs = splitParagraphs(TEXT);
    expect(paragraphs.map((p) => p.text)).toHaveLength(4);
    expect(TEXT.slice(paragraphs[2]!.start, paragraphs[2]!.start + 6)).toBe("Second");
  });
});

describe("anchorPassage", () => {
  it("records the exact words, some context either side, and the paragraph", () => {
    const anchor = anchorPassage(TEXT, "That was not a plan — it was a concept");
    expect(anchor.paragraph).toBe(2);
    expect(anchor.prefix.endsWith("Second paragraph: “")).toBe(true);
    expect(anchor.suffix.startsWith(",” Trump said.")).toBe(true);
    expect(anchor.prefix.length).toBeLessThanOrEqual(32);
  });

  it("refuses a passage that is not in the text", () => {
    expect(() => anchorPassage(TEXT, "It was a plan")).toThrow(AnchorError);
  });

  it("refuses an ambiguous passage unless told which occurrence", () => {
    expect(() => anchorPassage(TEXT, "a concept")).toThrow(/occurs 3 times/);
    expect(anchorPassage(TEXT, "a concept", 2).paragraph).toBe(3);
  });
});

describe("resolvePassage", () => {
  it("splits the paragraph around the anchored words for highlighting", () => {
    const anchor = anchorPassage(TEXT, "That was not a plan — it was a concept");
    const resolved = resolvePassage(TEXT, anchor);
    expect(resolved).toEqual({
      before: "Second paragraph: “",
      exact: "That was not a plan — it was a concept",
      after: ",” Trump said.",
      paragraph: 2,
    });
  });

  it("finds the right occurrence by its context after the text around it changed", () => {
    const anchor = anchorPassage(TEXT, "a concept", 1);
    const edited = `New first line.\n${TEXT}`;
    expect(resolvePassage(edited, anchor)?.paragraph).toBe(3);
  });

  it("returns null when the words are gone", () => {
    const anchor = anchorPassage(TEXT, "Third paragraph");
    expect(resolvePassage("Entirely different text.", anchor)).toBeNull();
  });
});
