import { describe, expect, it } from "vitest";
import { anchorOnSave } from "@/lib/claims/passage-anchor";
import { anchorPassage, reanchorPassage } from "@/lib/sources/anchor";

const TEXT = [
  "Headline",
  "",
  "Bevz said the plan was trimmed, but it is inaccurate to report that it now stands at 19 points.",
  "Later, a concept; and again a concept.",
].join("\n");
const SOURCE = { id: "article", title: "The article", text: TEXT };
const WIDE = anchorPassage(TEXT, "it is inaccurate to report that it now stands at 19 points");

describe("reanchorPassage", () => {
  it("finds an anchor's words again with fresh context, in this text or another", () => {
    expect(reanchorPassage(TEXT, WIDE)).toEqual(WIDE);
    const elsewhere = `Intro.\n${WIDE.exact}`;
    expect(reanchorPassage(elsewhere, WIDE)).toEqual({ exact: WIDE.exact, prefix: "Intro.\n", suffix: "", paragraph: 1 });
    expect(reanchorPassage("Nothing here.", WIDE)).toBeNull();
  });

  it("takes a context-free anchor as a hint: first in its paragraph, else first", () => {
    const text = "One: a concept.\nTwo: a concept, and a concept.";
    expect(reanchorPassage(text, { exact: "a concept", prefix: "", suffix: "", paragraph: 1 })).toMatchObject({ paragraph: 1, prefix: "One: a concept.\nTwo: ", suffix: ", and a concept." });
    expect(reanchorPassage(text, { exact: "a concept", prefix: "", suffix: "", paragraph: -1 })).toMatchObject({ paragraph: 0, prefix: "One: " });
  });
});

describe("anchorOnSave", () => {
  const before = { quote: null, firstAppearanceId: "article", anchor: WIDE };

  it("leaves the anchor alone when neither the quote nor the source changed", () => {
    expect(anchorOnSave({ before, quote: null, source: SOURCE })).toEqual({ recomputed: false, anchor: WIDE, notice: null });
    // Even when it could not be found any more: a save of other fields is not the place to lose it.
    expect(anchorOnSave({ before, quote: null, source: { ...SOURCE, text: "Edited." } })).toMatchObject({ recomputed: false, anchor: WIDE });
  });

  it("keeps a wider passage that still holds the new quote, silently", () => {
    expect(anchorOnSave({ before, quote: "now stands at 19 points", source: SOURCE })).toEqual({ recomputed: true, anchor: WIDE, notice: null });
  });

  it("moves to a new quote found in the text, and says where", () => {
    const result = anchorOnSave({ before, quote: "Bevz said the plan was trimmed", source: SOURCE });
    expect(result.anchor).toMatchObject({ exact: "Bevz said the plan was trimmed", paragraph: 1 });
    expect(result.notice).toBe("The passage anchor now points at paragraph 2 of “The article”.");
  });

  it("removes the anchor only with a reason the editor is told", () => {
    const notFound = anchorOnSave({ before, quote: "nineteen points", source: SOURCE });
    expect(notFound).toMatchObject({ recomputed: true, anchor: null });
    expect(notFound.notice).toBe(
      "The passage anchor was removed: the quote is not found word for word in “The article”, so readers no longer see where it was reported.",
    );
    expect(anchorOnSave({ before, quote: null, source: null }).notice).toMatch(/removed: no first appearance is recorded/);
    expect(anchorOnSave({ before, quote: null, source: { id: "radio", title: "Radio", text: null } }).notice).toMatch(/removed: “Radio” has no text stored/);
    expect(anchorOnSave({ before, quote: null, source: { id: "other", title: "Other", text: "Unrelated." } }).notice).toMatch(
      /removed: the anchored passage is not found in “Other”/,
    );
  });

  it("says when a new quote could not be anchored on a claim that had none", () => {
    const unanchored = { quote: null, firstAppearanceId: "article", anchor: null };
    expect(anchorOnSave({ before: unanchored, quote: "nineteen points", source: SOURCE })).toEqual({
      recomputed: true,
      anchor: null,
      notice: "No passage is anchored: the quote is not found word for word in “The article”.",
    });
  });
});
