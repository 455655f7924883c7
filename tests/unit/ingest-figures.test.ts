import { describe, expect, it } from "vitest";
import { extractCandidates } from "@/lib/ingest/extract";

/** The figures found in `text`, as [sentence, speaker]. */
function figures(text: string) {
  return extractCandidates(text)
    .filter((candidate) => candidate.kind === "figure")
    .map((candidate) => [candidate.text, candidate.speaker]);
}

describe("attributed figures", () => {
  it("takes a sentence stating numbers on a body's or a person's word", () => {
    expect(figures("Ukraine's air force said Russia launched 464 drones and 22 missiles overnight.")).toEqual([
      ["Ukraine's air force said Russia launched 464 drones and 22 missiles overnight.", "Ukraine's air force"],
    ]);
    expect(figures("President Volodymyr Zelenskyy confirmed that 22 missiles and over 460 drones were fired.")[0]?.[1]).toBe("Volodymyr Zelenskyy");
  });

  it("reads according to X and a trailing attribution", () => {
    const text = [
      "Russian strikes on Kyiv killed at least seven people and injured 20 others, according to Mayor Vitalii Klitschko.",
      "Schools in the three worst-hit provinces will stay closed for the rest of the week, the Education Ministry said.",
      "According to figures released by the district in June, disciplinary referrals fell 31%.",
    ].join("\n\n");
    expect(figures(text).map(([, speaker]) => speaker)).toEqual(["Vitalii Klitschko", "Education Ministry", "district"]);
  });

  it("counts number words, not dates, years or clock times", () => {
    const [counted, dated] = extractCandidates(
      "The mayor, Anna Kovac, said seven bridges had collapsed.\n\nThe ministry said the meeting would take place on Nov. 20, 2025 at 10:30.",
    );
    // The second is kept as reported speech only, less surely than a figure.
    expect(counted!.confidence).toBeGreaterThan(dated!.confidence);
  });

  it("takes reported speech without quotation marks, less surely than a figure", () => {
    const found = extractCandidates(
      "Ukrainian adviser Rustem Umerov said via social media that Zelenskyy hopes to finalize a deal before the end of November.\n\nThe Treasury said tax revenue fell by 4.2 billion dollars.",
    ).filter((candidate) => candidate.kind === "figure");
    expect(found.map((candidate) => candidate.speaker)).toEqual(["Rustem Umerov", "Treasury"]);
    expect(found[0]!.confidence).toBeLessThan(found[1]!.confidence);
  });

  it("names the source of data, figures and polls", () => {
    const text = [
      "The yen fell 0.4% to 151.2 per dollar, according to LSEG data.",
      "Inflation slowed to 2.1% in November, Eurostat figures showed on Friday.",
      "Exports rose 4% in October, according to the government's own figures.",
      "According to a poll by Elabe published on Wednesday, 61 percent of French people want early elections.",
    ].join("\n\n");
    expect(figures(text).map(([, speaker]) => speaker)).toEqual(["LSEG", "Eurostat", "government", "Elabe"]);
  });

  it("keeps a figure from an unnamed source, without a speaker", () => {
    expect(figures("Two people familiar with the matter told Reuters the company had held talks about refinancing $2 billion of debt.")).toEqual([
      ["Two people familiar with the matter told Reuters the company had held talks about refinancing $2 billion of debt.", null],
    ]);
    expect(figures("Official figures published last week showed that 172,000 new homes were completed.")).toEqual([
      ["Official figures published last week showed that 172,000 new homes were completed.", null],
    ]);
  });

  it("leaves out a direct quote's sentence unless a number stands outside the quote", () => {
    expect(figures("“We lost 300 homes in one night,” Mayor Anna Kovac said.")).toEqual([]);
    expect(figures("Mayor Anna Kovac said 300 homes were lost and called it “a catastrophe for the whole valley.”")).toHaveLength(1);
  });

  it("ignores what nobody is said to have stated, and what someone did not say", () => {
    expect(figures("Russia launched 464 drones overnight.")).toEqual([]);
    expect(figures("The grant expires in 2026, and the City Council has not said how it would fill the gap.")).toEqual([]);
  });
});
