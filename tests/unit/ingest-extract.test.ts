import { describe, expect, it } from "vitest";
import { extractCandidates, splitArticleParagraphs } from "@/lib/ingest/extract";

function quotes(text: string) {
  return extractCandidates(text).filter((candidate) => candidate.kind === "quote");
}

describe("splitArticleParagraphs", () => {
  it("splits on blank lines, numbers from 0 and keeps each block's offsets", () => {
    const text = "Headline\n\nFirst line\nsame paragraph\n  \n\nSecond paragraph";
    const paragraphs = splitArticleParagraphs(text);
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(text.split(/\n\s*\n/));
    for (const paragraph of paragraphs) expect(text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    expect(paragraphs[2]).toMatchObject({ index: 2, text: "Second paragraph" });
  });
});

describe("extractCandidates", () => {
  it("finds a wire quote, its speaker, its paragraph and its offsets", () => {
    const text = "Talks resume\n\n“We are ready to talk,” Smith said on Monday.";
    const [quote] = quotes(text);
    expect(quote).toMatchObject({ kind: "quote", text: "We are ready to talk,", speaker: "Smith", paragraph: 1, partial: false });
    expect(text.slice(quote!.start, quote!.end)).toBe("We are ready to talk,");
  });

  it("returns candidates sorted by their place in the text", () => {
    const text = '"First," Jane Doe said.\n\n"Second," John Roe said. "Third," he added.';
    const found = extractCandidates(text);
    expect(found.map((candidate) => candidate.start)).toEqual([...found.map((candidate) => candidate.start)].sort((a, b) => a - b));
    expect(quotes(text).map((quote) => quote.speaker)).toEqual(["Jane Doe", "John Roe", "John Roe"]);
  });

  it("reads the seed article's quotes with their speakers", () => {
    const seedQuote = 'Still, Ukrainian delegate Oleksandr Bevz urged caution.\n\n“It’s very premature to say that something is agreed upon,” Bevz told the AP in an interview from Kyiv.';
    expect(quotes(seedQuote)[0]).toMatchObject({ speaker: "Oleksandr Bevz", speakerRole: "Ukrainian delegate", paragraph: 1 });
  });

  it("finds nothing in a text without quotes or attributions", () => {
    expect(extractCandidates("A quiet day.\n\nNothing happened in the city.")).toEqual([]);
    expect(extractCandidates("")).toEqual([]);
  });
});
