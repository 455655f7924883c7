import { describe, expect, it } from "vitest";
import { extractCandidates } from "@/lib/ingest/extract";

/** The quotes found in `text`, as [text, paragraph, partial]. */
function found(text: string) {
  return extractCandidates(text)
    .filter((candidate) => candidate.kind === "quote")
    .map((candidate) => [candidate.text, candidate.paragraph, candidate.partial]);
}

describe("quotation marks", () => {
  it("treats straight and curly double marks alike", () => {
    expect(found('"We will rebuild," the mayor, Anna Kovac, said.')).toEqual([["We will rebuild,", 0, false]]);
    expect(found("“We will rebuild,” Anna Kovac said.")).toEqual([["We will rebuild,", 0, false]]);
  });

  it("reads German and French marks", () => {
    expect(found("„Wir sind bereit“, sagte er. Anna Kovac said „we are ready to sign the deal today“.")[0]?.[0]).toBe("we are ready to sign the deal today");
    expect(found("Macron told reporters: « Nous sommes prêts à signer. »")).toEqual([["Nous sommes prêts à signer.", 0, false]]);
  });

  it("keeps the exact characters between the marks, inner punctuation and dashes included", () => {
    const [quote] = extractCandidates("“That was not a plan — it was a concept,” Trump told reporters.");
    expect(quote?.text).toBe("That was not a plan — it was a concept,");
  });

  it("splits a quote interrupted by its attribution into two", () => {
    expect(found('"That was not a plan," Trump said, "it was a concept."')).toEqual([
      ["That was not a plan,", 0, false],
      ["it was a concept.", 0, false],
    ]);
  });
});

describe("quotes over several paragraphs", () => {
  it("carries an unclosed quote into a paragraph that opens with a mark, as one candidate", () => {
    const text = [
      "The minister spoke for an hour.",
      "“We will not give up our land. We will not trade our people for a ceasefire.",
      "“Every family in this country has paid for this war,” Defence Minister Olena Marchenko said.",
    ].join("\n\n");
    const [quote] = extractCandidates(text);
    expect(quote).toMatchObject({
      text: "We will not give up our land. We will not trade our people for a ceasefire. Every family in this country has paid for this war,",
      paragraph: 1,
      speaker: "Olena Marchenko",
      speakerRole: "Defence Minister",
    });
    expect(text.slice(quote!.start, quote!.end)).toContain("ceasefire.\n\n“Every family");
  });

  it("ends an unclosed quote with its paragraph when the next one opens without a mark", () => {
    const text = [
      "UK Prime Minister Keir Starmer said Zelenskyy had indicated that “the majority of the text can be accepted.",
      "Still, Ukrainian delegate Oleksandr Bevz urged caution.",
    ].join("\n\n");
    expect(found(text)).toEqual([["the majority of the text can be accepted.", 0, true]]);
  });
});

describe("partial quotes and scare quotes", () => {
  it("keeps attributed partial quotes, marked partial", () => {
    expect(found("Trump dismissed the incident as “standard negotiation,” though lawmakers were not convinced.")).toEqual([
      ["standard negotiation,", 0, true],
    ]);
    expect(found("Trump insisted the plan is still a “work in progress.”")).toEqual([["work in progress.", 0, true]]);
    expect(found('The ministry said the strikes were "a grave violation of international law."')).toEqual([
      ["a grave violation of international law.", 0, true],
    ]);
  });

  it("drops scare quotes, titles and nicknames that nobody is said to have said", () => {
    expect(found("The so-called “coalition of the willing” met in Paris on Thursday.")).toEqual([]);
    expect(found("Residents call the district the “red zone” because of the shelling.")).toEqual([]);
    expect(found('He starred in the film "The Long Night" in 2019.')).toEqual([]);
    expect(found('The “peace dividend” never came, and prices kept rising across the region.')).toEqual([]);
    expect(found("The operation, code-named “Spiderweb,” destroyed aircraft far behind the front.")).toEqual([]);
  });
});

describe("headlines", () => {
  it("reads single marks in a headline, not apostrophes", () => {
    expect(found("Zelenskyy says plan ‘workable’ as Russia’s strikes go on\n\nKYIV (Reuters) — Talks went on.")).toEqual([["workable", 0, true]]);
    expect(found("Putin says he is 'ready to talk' about Ukraine's future\n\nMOSCOW — The Kremlin said.")).toEqual([["ready to talk", 0, true]]);
  });

  it("ignores apostrophes in headlines and single marks in body text", () => {
    expect(found("Russia's envoy says ’90s deal don’t matter now\n\nBody.")).toEqual([]);
    expect(found("It wasn't 'fine', the report's authors wrote in their long review of the case.")).toEqual([]);
  });
});

describe("pasted page furniture", () => {
  it("leaves out links to other stories", () => {
    const text = ["READ MORE: Trump says Putin 'not happy' with talks", 'Related: Zelensky says "we will fight on"', '"We will fight on," Zelensky said.'].join("\n\n");
    expect(extractCandidates(text).map((candidate) => [candidate.kind, candidate.paragraph])).toEqual([["quote", 2]]);
  });
});

describe("names given in quotation marks", () => {
  it("drops `called it “Bran”` but keeps `called the plan “a slap in the face”`", () => {
    const text = "In the lab, curator Lena Berg called the skull “Nessie”, after the loch. Union leader Ada Krol called the plan “a slap in the face”.";
    expect(extractCandidates(text).filter((candidate) => candidate.kind === "quote").map((candidate) => candidate.text)).toEqual(["a slap in the face"]);
  });
});
