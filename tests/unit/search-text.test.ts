import { describe, expect, it } from "vitest";
import { claimSearchText } from "@/lib/text/search-text";

describe("claimSearchText", () => {
  it("covers the statement, quote, context and speaker names, skipping what is missing, as folded words", () => {
    const text = claimSearchText({ statement: "A claim", quote: null, context: "Some “context”", speakerNames: ["Keir Starmer", null] });
    expect(text).toBe("a claim some context keir starmer");
  });

  it("folds accents and case and splits at punctuation, so both engines index the same words", () => {
    expect(claimSearchText({ statement: "Macron à GENÈVE said “Putin’s” 28-point plan; U.S.", speakerNames: [] })).toBe(
      "macron a geneve said putin s 28 point plan u s",
    );
  });
});
