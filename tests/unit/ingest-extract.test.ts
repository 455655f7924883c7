import fc from "fast-check";
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

describe("extractCandidates on any text", () => {
  const pieces = ["“", "”", '"', "‘", "’", "'", "„", "«", "»", " said", " Smith", " he", ",", ".", ":", "\n", "\n\n", " the ministry", " 42", " — ", "Mr.", " according to"];

  it("never throws, and every candidate points at its own text inside its paragraph", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        const paragraphs = splitArticleParagraphs(text);
        for (const candidate of extractCandidates(text)) {
          expect(candidate.start).toBeLessThan(candidate.end);
          const paragraph = paragraphs[candidate.paragraph]!;
          expect(candidate.start).toBeGreaterThanOrEqual(paragraph.start);
          expect(candidate.start).toBeLessThanOrEqual(paragraph.end);
          // A quote over several paragraphs joins its pieces with one space; any other candidate is its span.
          const span = text.slice(candidate.start, candidate.end);
          if (/\n\s*\n/.test(span)) expect(span.replace(/\s+/g, "")).toContain(candidate.text.split(" ")[0]!);
          else expect(span).toBe(candidate.text);
          expect(candidate.confidence).toBeGreaterThan(0);
          expect(candidate.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reads a long article quickly once warm", () => {
    const article = Array.from({ length: 40 }, (_, i) => `“We will rebuild the bridge number ${i},” Mayor Anna Kovac said on Monday. Officials said ${i + 3} homes were lost.`).join("\n\n");
    extractCandidates(article);
    const started = performance.now();
    const found = extractCandidates(article);
    expect(found.filter((candidate) => candidate.kind === "quote")).toHaveLength(40);
    // Generous: about 5 ms on an idle machine; the bound only catches a runaway (quadratic) rule.
    expect(performance.now() - started).toBeLessThan(400);
  });
});
