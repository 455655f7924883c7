import { describe, expect, it } from "vitest";
import { articleTextHash, looksBinary, normaliseArticleText } from "@/lib/ingest/article-text";
import { anchoredWords, claimWords, cutAtWord, draftQuote, draftStatement, passageSegments } from "@/lib/ingest/draft-claim";
import { splitArticleParagraphs } from "@/lib/ingest/extract";

describe("normaliseArticleText and its hash", () => {
  it("makes one text of the same article pasted from different places", () => {
    const text = "Headline\n\n“Yes,” Smith said.";
    for (const pasted of ["\uFEFFHeadline\r\n\r\n“Yes,” Smith said.\r\n", "\n\nHeadline  \n \n“Yes,” Smith said.\t\n\n", "Headline\r\rYes".replace("Yes", "“Yes,” Smith said.")]) {
      expect(normaliseArticleText(pasted)).toBe(text);
      expect(articleTextHash(normaliseArticleText(pasted))).toBe(articleTextHash(text));
    }
    // Composed and decomposed accents are one text.
    expect(normaliseArticleText("Zelenskyy said “café”")).toBe(normaliseArticleText("Zelenskyy said “cafe\u0301”"));
    expect(articleTextHash("a")).not.toBe(articleTextHash("b"));
  });

  it("tells a binary file from text with a stray character", () => {
    expect(looksBinary("PK\u0003\u0004 word/document.xml")).toBe(true);
    expect(looksBinary(`\uFFFD\uFFFDJFIF\u0000`)).toBe(true);
    expect(looksBinary("a".repeat(50) + "\uFFFD".repeat(2))).toBe(true);
    expect(looksBinary(`${"An ordinary article, copied from a page. ".repeat(10)}\uFFFD`)).toBe(false);
    expect(looksBinary("Tabs\tand\nnew lines\r\nand a form feed\f are text.")).toBe(false);
  });
});

describe("a draft's words", () => {
  it("drops the reporter's punctuation, and a partial quote's period", () => {
    expect(claimWords({ text: "That was not a plan — it was a concept,", partial: false })).toBe("That was not a plan — it was a concept");
    expect(claimWords({ text: "Glass rained down on me.", partial: false })).toBe("Glass rained down on me.");
    expect(claimWords({ text: "work in progress.", partial: true })).toBe("work in progress");
  });

  it("states a short quote with its speaker and cuts a long one at a word, within the limits", () => {
    expect(draftStatement({ text: "workable", partial: true }, "Volodymyr Zelenskyy")).toBe("Volodymyr Zelenskyy: “workable”");
    expect(draftStatement({ text: "We removed duplicates\nand points unrelated to Ukraine,", partial: false }, "X")).toBe(
      "We removed duplicates and points unrelated to Ukraine",
    );
    const long = draftStatement({ text: "word ".repeat(200), partial: false }, "X");
    expect(long.length).toBeLessThanOrEqual(500);
    expect(long).toMatch(/word…$/);
    expect(draftQuote({ kind: "figure", text: "Russia launched 464 drones.", partial: false })).toBeNull();
    expect(draftQuote({ kind: "quote", text: "x".repeat(2_500), partial: false })).toHaveLength(2_000);
  });

  it("cuts at the last space before the limit, or inside an enormous word", () => {
    expect(cutAtWord("one two three", 100)).toBe("one two three");
    expect(cutAtWord("one two, three", 10)).toBe("one two…");
    expect(cutAtWord("https://example.org/a-very-long-address", 12)).toBe("https://exa…");
  });

  it("anchors a quote that runs on into the next paragraph at its first paragraph's words", () => {
    const text = "Head\n\n“First part of it.\n\n“Second part,” she said.";
    const start = text.indexOf("First");
    expect(anchoredWords(text, { start, end: text.indexOf("”"), text: "First part of it. Second part,", partial: false })).toBe("First part of it.");
  });

  it("splits each paragraph a candidate covers around its words", () => {
    const text = "Head\n\nShe said “one\n\n“two” and left.";
    const start = text.indexOf("one");
    const segments = passageSegments(splitArticleParagraphs(text), { start, end: text.indexOf("” and") });
    expect(segments).toEqual([
      { paragraph: 1, before: "She said “", marked: "one", after: "" },
      { paragraph: 2, before: "", marked: "“two", after: "” and left." },
    ]);
  });
});
