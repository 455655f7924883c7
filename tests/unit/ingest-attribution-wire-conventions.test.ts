import { describe, expect, it } from "vitest";
import { extractCandidates } from "@/lib/ingest/extract";

/** The quotes found in `text`, as [text, speaker]. */
function speakers(text: string) {
  return extractCandidates(text)
    .filter((candidate) => candidate.kind === "quote")
    .map((candidate) => [candidate.text, candidate.speaker]);
}

describe("descriptions and names in apposition", () => {
  it("credits the named body after a description opening the clause, not a body named in its appositive", () => {
    const text =
      "Ferry sinks\n\nThe owner, Baltic Coastal Lines, a partnership between Harbor Holdings and port authority Portex, said it was “doing everything possible” for the families.";
    expect(speakers(text)).toEqual([["doing everything possible", "Baltic Coastal Lines"]]);
  });

  it("reads a place joined to a lowercase word as a modifier: an anonymous source stays unnamed", () => {
    const text = '"The bank has no room left," said a Lisbon-based bond trader who asked not to be named.';
    expect(speakers(text)).toEqual([["The bank has no room left,", null]]);
  });

  it("keeps the name after a hyphenated modifier", () => {
    expect(speakers('"We earned it," said the Porto-born winger Rui Sousa.')).toEqual([["We earned it,", "Rui Sousa"]]);
  });
});

describe("a description of a body", () => {
  it('reads "the company said" as the body its own sentence opened with, not the outlet in the dateline', () => {
    const text =
      "Hack hits clinics\n\nBy Jane Doe, CNN\n\n(CNN) — Clinics in Ohio were hit.\n\nNorthgate Health, which runs four clinics, took its systems offline \"out of an abundance of caution,\" the company said in a statement.\n\nCNN reported earlier that patients were moved. CNN has asked for comment.";
    expect(speakers(text)).toEqual([["out of an abundance of caution,", "Northgate Health"]]);
  });
});

describe("a paragraph introducing the next one's quote", () => {
  it('credits the possessor of "Her answer was …:" with the quote filling the next paragraph', () => {
    const text =
      'Clinic hit\n\nChief Executive Dr. Karen Webb said the system was working.\n\nShe was asked twice whether it would pay. Her answer was the same both times:\n\n"I will not discuss the criminals who did this. Our focus is on patients."\n\nThe mayor, Tom Hill, was asked about it. His reply was short:\n\n"We will rebuild."';
    expect(speakers(text)).toEqual([
      ["I will not discuss the criminals who did this. Our focus is on patients.", "Karen Webb"],
      ["We will rebuild.", "Tom Hill"],
    ]);
  });
});

describe("a question put just before its quote", () => {
  it("is the asker's, not the answerer's named after it; an unnamed reporter's question is dropped", () => {
    const text =
      'Clinic hit\n\nChief Executive Dr. Karen Webb spoke on Monday.\n\nWhen a reporter asked, "Is patient data already online?" Webb said the inquiry was continuing.\n\nSenator Ana Ruiz asked, "Where is the money?" Webb did not reply.';
    expect(speakers(text)).toEqual([["Where is the money?", "Ana Ruiz"]]);
  });
});

describe("a term quoted after a verb of declining", () => {
  it('credits "declined to comment on “…”" to the decliner, while an unattributed two-word term stays dropped', () => {
    const text =
      "Chip shares jump\n\nA Nortel spokesperson, Ana Hale, declined to comment on “market rumors.” Traders spoke of “short squeezes” all day.";
    expect(speakers(text)).toEqual([["market rumors.", "Ana Hale"]]);
  });
});

describe("a described ministry", () => {
  it("keeps to a body of its own country and its own kind", () => {
    const text =
      'Border truce\n\nTajikistan\'s foreign ministry said the truce held.\n\n"We call on our allies to show restraint," the Russian foreign ministry said.\n\nRussia\'s defence ministry said troops were ready. "We are prepared," the Russian defence ministry said.';
    expect(speakers(text)).toEqual([
      ["We call on our allies to show restraint,", "Russian foreign ministry"],
      ["We are prepared,", "Russia's defence ministry"],
    ]);
  });
});

describe("a club described before its statement is quoted", () => {
  it("reads the description as the body the sentence opened with, later mentions alike, and the statement as that body's", () => {
    const text =
      'Striker signs\n\nFC Porto on Wednesday announced the signing of forward Rui Sousa from Benfica, in a deal the Portuguese club called "historic".\n\nSousa, who turns 18 in March, will stay in Lisbon until July, the club said in a statement. He has signed a contract until 2030.\n\n"FC Porto and Benfica have reached an agreement," the statement read.\n\n"We are delighted," the club added.';
    expect(speakers(text)).toEqual([
      ["historic", "FC Porto"],
      ["FC Porto and Benfica have reached an agreement,", "FC Porto"],
      ["We are delighted,", "FC Porto"],
    ]);
  });
});

describe("hard-wrapped copy", () => {
  const wrapped =
    "Port strike ends after nine days\n\nBy Jane Doe\nUpdated 5:47 PM, Monday\n\n" +
    "\u201cWe will not apologise for defending these jobs,\u201d Stéphane\nGanioz, the head of the dockers' union, told reporters\nin the port of Sète. \u201cThe deal holds.\u201d\n\n" +
    "Read more:\nDockers in Genoa vote to extend their own strike action\nShipping lines warn of further delays at Europe's ports";

  it("reads a paragraph broken at a column as one paragraph's sentences, offsets intact", () => {
    const quotes = extractCandidates(wrapped).filter((candidate) => candidate.kind === "quote");
    expect(quotes.map((quote) => [quote.text, quote.speaker, quote.speakerRole, quote.paragraph])).toEqual([
      ["We will not apologise for defending these jobs,", "Stéphane Ganioz", "head of the dockers' union", 2],
      ["The deal holds.", "Stéphane Ganioz", "head of the dockers' union", 2],
    ]);
    for (const quote of quotes) expect(wrapped.slice(quote.start, quote.end)).toContain(quote.text);
  });

  it("keeps the lines of a list of headlines apart", () => {
    const list = "Port strike ends\n\nRead more:\nGenoa dockers vote 300 to 12 for a strike of their own, union says\nShipping lines say 40 ships are waiting off Marseille for a berth";
    const figures = extractCandidates(list).filter((candidate) => candidate.kind === "figure");
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.filter((figure) => figure.text.includes("\n"))).toEqual([]);
  });
});

describe("two speakers of one statement", () => {
  it('credits the first of "X and Y said" before the quote, as after it', () => {
    const text =
      "Plan fails\n\nSenator Ana Ruiz and Representative Tom Hill said in a joint statement that the plan was “dead on arrival.”\n\n“We will fight it,” Ruiz and Hill said.";
    expect(speakers(text)).toEqual([
      ["dead on arrival.", "Ana Ruiz"],
      ["We will fight it,", "Ana Ruiz"],
    ]);
  });

  it("leaves a single speaker after a clause joined by and", () => {
    expect(speakers("Vote delayed\n\nPrices rose and Finance Minister Tom Hill said it was “a disaster.”")).toEqual([["a disaster.", "Tom Hill"]]);
  });
});

describe("a tag closing the sentence", () => {
  it("attributes a partial quote earlier in the sentence to the `…, X said.` that ends it", () => {
    const text =
      "Campus cleared\n\nOfficers entered the hall before dawn after protesters refused “multiple requests” to leave, university spokesperson Dana Kessler said in a statement.\n\nAnalysts warned of “short squeezes” as prices rose, and traders said volumes were thin.";
    expect(speakers(text)).toEqual([["multiple requests", "Dana Kessler"]]);
  });
});
