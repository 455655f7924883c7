import { describe, expect, it } from "vitest";
import { linkLabel } from "@/lib/claims/link-labels";
import { sortEvidence, sourcingSummary } from "@/lib/claims/sourcing";
import { changeSentence, describeChange, isPublicChange } from "@/lib/claims/timeline";
import { highlightQuote } from "@/lib/sources/anchor";

const source = (publisher: string | null, title = "A source") => ({ title, publisher });

describe("sourcingSummary", () => {
  it("reads the attribution chain naturally", () => {
    expect(
      sourcingSummary([
        { stance: "REPORTS", source: source("Bloomberg News", "Bloomberg report") },
        { stance: "REPORTS", source: source("Bloomberg News", "Leaked transcript") },
        { stance: "COULD_NOT_VERIFY", source: source("The Associated Press") },
      ]),
    ).toBe("Reported by Bloomberg News; not independently verified by The Associated Press");
  });

  it("lists several names and falls back to the source title", () => {
    expect(
      sourcingSummary([
        { stance: "DISPUTES", source: source(null, "Bevz interview") },
        { stance: "CONTRADICTS", source: source("ISW") },
        { stance: "CONTRADICTS", source: source("AP") },
        { stance: "CONTRADICTS", source: source("Reuters") },
      ]),
    ).toBe("Disputed by Bevz interview; contradicted by ISW, AP and Reuters");
    expect(sourcingSummary([{ stance: "CONTEXT", source: source("X") }])).toBeNull();
  });

  it("names who takes the stance, not the outlet that only carried it", () => {
    const bevz = { slug: "oleksandr-bevz", name: "Oleksandr Bevz" };
    const interview = source("The Associated Press", "Bevz interview");
    expect(
      sourcingSummary([
        { stance: "DISPUTES", attributedTo: bevz, source: interview },
        { stance: "CONTEXT", source: source("Newslooks") },
      ]),
    ).toBe("Disputed by Oleksandr Bevz");
    expect(sourcingSummary([{ stance: "SUPPORTS", attributedTo: bevz, source: interview }])).toBe("Supported by Oleksandr Bevz");
  });

  it("reads the claimant's own words as stated, and who carried them as reporting", () => {
    const trump = { slug: "donald-trump", name: "Donald Trump" };
    const evidence = [
      { stance: "REPORTS" as const, attributedTo: trump, source: source(null, "Remarks aboard Air Force One") },
      { stance: "REPORTS" as const, source: source("Newslooks") },
    ];
    expect(sourcingSummary(evidence, { slug: "donald-trump" })).toBe("Stated by Donald Trump; reported by Newslooks");
    // Relayed by someone else, the same words are reported by them.
    expect(sourcingSummary(evidence, { slug: "keir-starmer" })).toBe("Reported by Donald Trump and Newslooks");
  });
});

describe("sortEvidence", () => {
  it("puts reports first and context last, whatever order the database returned", () => {
    const sorted = sortEvidence([
      { stance: "CONTEXT" as const },
      { stance: "COULD_NOT_VERIFY" as const },
      { stance: "REPORTS" as const },
      { stance: "CONTRADICTS" as const },
    ]);
    expect(sorted.map((item) => item.stance)).toEqual(["REPORTS", "COULD_NOT_VERIFY", "CONTRADICTS", "CONTEXT"]);
  });
});

describe("linkLabel", () => {
  it("reads a link from each end", () => {
    expect(linkLabel("CONTRADICTS", "incoming")).toBe("Contradicted by");
    expect(linkLabel("CONTRADICTS", "outgoing")).toBe("Contradicts");
    expect(linkLabel("PART_OF", "incoming")).toBe("Includes");
  });
});

describe("the public timeline", () => {
  it("shows verification and rating changes and publication, not internal review moves", () => {
    expect(isPublicChange({ field: "VERIFICATION", fromValue: null, toValue: "UNVERIFIED" })).toBe(true);
    expect(isPublicChange({ field: "WORKFLOW", fromValue: "DRAFT", toValue: "PUBLISHED" })).toBe(true);
    expect(isPublicChange({ field: "WORKFLOW", fromValue: "DRAFT", toValue: "IN_REVIEW" })).toBe(false);
  });

  it("puts values in plain words", () => {
    expect(describeChange({ field: "VERIFICATION", fromValue: null, toValue: "UNVERIFIED" })).toEqual({
      field: "Verification",
      from: "none",
      to: "Reported, not independently verified",
    });
    expect(describeChange({ field: "RATING", fromValue: "UNPROVEN", toValue: "FALSE" })).toEqual({
      field: "Rating",
      from: "Unproven",
      to: "False",
    });
  });
});

describe("highlightQuote", () => {
  it("narrows the highlight to the quote inside a wider passage", () => {
    const passage = { before: "A ", exact: "painting him as a “man of peace.”", after: " B", paragraph: 3 };
    expect(highlightQuote(passage, "man of peace")).toEqual({
      before: "A painting him as a “",
      exact: "man of peace",
      after: ".” B",
      paragraph: 3,
    });
    expect(highlightQuote(passage, null)).toBe(passage);
    expect(highlightQuote(passage, "not there")).toBe(passage);
  });
});

describe("changeSentence", () => {
  it("reads a publication as such, and a first value without a 'none →'", () => {
    expect(changeSentence({ field: "WORKFLOW", fromValue: "DRAFT", toValue: "PUBLISHED" })).toBe("Published");
    expect(changeSentence({ field: "RATING", fromValue: null, toValue: "FALSE" })).toBe("Rating: False");
    expect(changeSentence({ field: "VERIFICATION", fromValue: "UNVERIFIED", toValue: "DISPUTED" })).toBe(
      "Verification: Reported, not independently verified → Disputed",
    );
  });
});
