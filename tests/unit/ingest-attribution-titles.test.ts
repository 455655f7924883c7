import { describe, expect, it } from "vitest";
import { extractCandidates } from "@/lib/ingest/extract";

/** The quotes found in `text`, as [text, speaker, role]. */
function speakers(text: string) {
  return extractCandidates(text)
    .filter((candidate) => candidate.kind === "quote")
    .map((candidate) => [candidate.text, candidate.speaker, candidate.speakerRole]);
}

describe("titles with a body in them", () => {
  it("splits `Title of Body First Last` into the role and the name", () => {
    expect(speakers("“The border stays shut,” Minister of the Interior Halvard Brenne said on Friday.")).toEqual([
      ["The border stays shut,", "Halvard Brenne", "Minister of the Interior"],
    ]);
    expect(speakers("“We are ready,” said Chief of Staff Orla Finnegan-Rowe.")).toEqual([["We are ready,", "Orla Finnegan-Rowe", "Chief of Staff"]]);
    expect(speakers("Deputy Minister for Coastal Affairs Jean-Paul Ambert said the port would reopen “within days”.")).toEqual([
      ["within days", "Jean-Paul Ambert", "Deputy Minister for Coastal Affairs"],
    ]);
  });

  it("keeps a title's body whole when no name follows it", () => {
    expect(speakers("The talks resumed.\n\n“No deal yet,” the Ministry of Foreign Affairs said.")).toEqual([["No deal yet,", "Ministry of Foreign Affairs", null]]);
  });
});

describe("pronouns after a paragraph naming two people", () => {
  it("gives `he said` to the one who spoke, not to someone named in what he said", () => {
    const text = [
      "Headline",
      "Speaking in Lisbon, the premier, Marta Ruiz, said the result was a mandate.",
      "“We have chosen stability,” she said.",
      "On Sunday night Berg's rival, Tomas Berg, said his party was now the opposition and that Ruiz would not be able to govern without it.",
      "“Today the voters broke the system,” he told a rally in Porto.",
    ].join("\n\n");
    expect(speakers(text).map(([quote, speaker]) => [quote, speaker])).toEqual([
      ["We have chosen stability,", "Marta Ruiz"],
      ["Today the voters broke the system,", "Tomas Berg"],
    ]);
  });

  it("looks past a group (`Prosecutors opened …`) for the person `she` means", () => {
    const text = [
      "Headline",
      "Fire chief Dana Holt said investigators were looking into the cause. Prosecutors opened an inquiry after witnesses reported several fires.",
      "“Those responsible will face the law,” she said.",
    ].join("\n\n");
    expect(speakers(text)).toEqual([["Those responsible will face the law,", "Dana Holt", "Fire chief"]]);
  });
});

describe("a person of a body", () => {
  it("gives `Judge X of the Y Court wrote` to the judge, not the court", () => {
    const text = "Ruling\n\nIn a 40-page opinion, Judge Ilse Varga of the U.S. District Court for the District of Oregon wrote that the county had shown “no rational basis” for the rule.";
    expect(speakers(text)).toEqual([["no rational basis", "Ilse Varga", "Judge"]]);
  });
});

describe("a person's office", () => {
  it("gives `his office said` and `the governor's office said` to the person, never to a bare noun", () => {
    const text = [
      "Headline",
      "The president, Henrique Matos, will meet party leaders. In a brief statement, his office said he would act “with the speed the country needs”.",
      "Governor Lena Park faces a recall. The governor's office said the petition was “riddled with errors”.",
      "Attorney General Pam Rowe's office said the charges were “without merit”.",
    ].join("\n\n");
    expect(speakers(text).map(([quote, speaker]) => [quote, speaker])).toEqual([
      ["with the speed the country needs", "Henrique Matos"],
      ["riddled with errors", "Lena Park"],
      ["without merit", "Pam Rowe"],
    ]);
  });
});

describe("acronyms that spell a common word", () => {
  it("reads `The WHO said` as the organisation speaking, not a relative `who`", () => {
    const text = [
      "Headline",
      "“We are thrilled,” Dr. Ama Owusu told CNN.",
      "The WHO said in a statement that its advisers would review the data “as soon as it becomes available,” and that it welcomed “every new tool that can save lives.”",
    ].join("\n\n");
    expect(speakers(text).map(([quote, speaker]) => [quote, speaker])).toEqual([
      ["We are thrilled,", "Ama Owusu"],
      ["as soon as it becomes available,", "WHO"],
      ["every new tool that can save lives.", "WHO"],
    ]);
  });
});

describe("headline quotes lifted from the story", () => {
  it("gives a headline's single-quoted words to whoever says them in the body, whatever the headline's form", () => {
    const text = [
      "Sailor rescued after 9 days adrift, brother says ‘we never gave up hope’",
      "A yachtsman missing in the Atlantic was found alive on Friday.",
      "“He is weak but he is joking already. We never gave up hope,” his brother Tom Ashby said.",
    ].join("\n\n");
    expect(speakers(text).map(([quote, speaker]) => [quote, speaker])).toEqual([
      ["we never gave up hope", "Tom Ashby"],
      ["He is weak but he is joking already. We never gave up hope,", "Tom Ashby"],
    ]);
  });

  it("prefers the body's speaker to a country the headline names, and keeps a lone word only when the body attributes it", () => {
    const text = [
      "Norway says fishing deal 'within reach' in 'tough' talks",
      "Norway's fisheries minister, Ingrid Solberg-Haug, said on Monday that an agreement was \"within reach\".",
    ].join("\n\n");
    expect(speakers(text).map(([quote, speaker]) => [quote, speaker])).toEqual([
      ["within reach", "Ingrid Solberg-Haug"],
      ["within reach", "Ingrid Solberg-Haug"],
    ]);
  });
});

describe("a body described by its nationality", () => {
  it("reads `the Dutch club` as the club the sentence named, and `the Danish carrier` as the carrier named before", () => {
    const text = [
      "Headline",
      "Feyenoord on Tuesday completed the signing of Ghanaian winger Kofi Mensah, in a move the Dutch club called \"transformational\".",
      "Danish carrier Skyfjord cut 300 jobs. \"We had no other option,\" the Danish carrier said.",
    ].join("\n\n");
    expect(speakers(text).map(([quote, speaker]) => [quote, speaker])).toEqual([
      ["transformational", "Feyenoord"],
      ["We had no other option,", "Skyfjord"],
    ]);
  });
});

describe("a role qualified by a body", () => {
  it("is the person given that role with that body, else an unnamed one, never the last holder of the bare title", () => {
    const text = [
      "Headline",
      "The president, Henrique Matos, will consult party leaders. Lena Roth, the Central Bank governor, spoke first.",
      "The European Commission president wrote on X that the country remained “a pillar of a united Europe”.",
      "Later the Central Bank governor said rates were “not going anywhere”.",
    ].join("\n\n");
    expect(speakers(text).map(([quote, speaker]) => [quote, speaker])).toEqual([
      ["a pillar of a united Europe", "European Commission president"],
      ["not going anywhere", "Lena Roth"],
    ]);
  });
});

describe("the nearest speech verb", () => {
  it("wins over an earlier one when its `that` relates to a noun after a comma", () => {
    const text = "Headline\n\nThe drug cut relapses by half, its maker Velora Pharma said on Monday, results that doctors called “a turning point” for patients.";
    expect(speakers(text)).toEqual([["a turning point", null, null]]);
  });

  it("still gives words in a verb's own `that` clause to the first speaker", () => {
    const text = "Headline\n\nMayor Ruth Okafor said that the council had called the plan “a reckless gamble”.";
    expect(speakers(text)).toEqual([["a reckless gamble", "Ruth Okafor", "Mayor"]]);
  });
});

describe("an unnamed source with a modifier and a relative clause", () => {
  it("keeps `A senior official familiar with X, who asked not to be named, said …` as an unnamed source's words", () => {
    const text = "Headline\n\nA senior diplomat close to the talks, who asked not to be named because they were private, said tariffs were \"the final sticking point\".";
    expect(speakers(text)).toEqual([["the final sticking point", null, null]]);
  });
});

describe("`the company` before any company is named", () => {
  it("is the company the story is about, not a firm it cites once later", () => {
    const text = [
      "Regulators Sue Over Cloud Lock-In",
      "Lawyers portrayed the software giant as a gatekeeper. The company called the suit \"a solution in search of a problem.\"",
      "Brightcloud, which is based in Austin, controls 40 percent of the market, according to the research firm Gartwell.",
      "Brightcloud denies wrongdoing. Brightcloud plans to appeal.",
    ].join("\n\n");
    expect(speakers(text).map(([quote, speaker]) => [quote, speaker])).toEqual([["a solution in search of a problem.", "Brightcloud"]]);
  });
});

describe("a lede's unnamed title named in the next paragraphs", () => {
  it("gives `A federal judge …, ruling that … “…”` to the judge named next", () => {
    const text = [
      "Judge Blocks Voter ID Rule",
      "A federal judge in Denver on Friday blocked a Colorado rule on voter IDs, ruling that it placed an “undue burden” on rural voters.",
      "In a 30-page opinion, Judge Tomas Okafor wrote that the state had no evidence of fraud.",
    ].join("\n\n");
    expect(speakers(text)).toEqual([["undue burden", "Tomas Okafor", "Judge"]]);
  });

  it("leaves an anonymous source unnamed", () => {
    const text = ["Headline", "A senior official said the deal was “all but done”.", "Finance Minister Aya Kane, an official since 2019, declined to comment."].join("\n\n");
    expect(speakers(text)).toEqual([["all but done", null, null]]);
  });
});

describe("news outlets as recipients", () => {
  it("never makes the outlet in `told CNN`, `in an interview with the BBC`, `speaking to the FT` the speaker", () => {
    const text = [
      "Headline",
      "“We need more data,” Dr. Lina Haddad told CNN in an interview.",
      "“It is too early,” she told Reuters on Tuesday.",
      "In an interview with the BBC, Foreign Minister Pieter de Vries said the talks were “constructive”.",
      "Speaking to the Financial Times, Chancellor Ruth Adler said the budget was “fully funded”.",
      "“That's ridiculous,” said Michael Cohen, a former aide to the mayor, in an interview with MSNBC.",
    ].join("\n\n");
    expect(speakers(text).map(([quote, speaker]) => [quote, speaker])).toEqual([
      ["We need more data,", "Lina Haddad"],
      ["It is too early,", "Lina Haddad"],
      ["constructive", "Pieter de Vries"],
      ["fully funded", "Ruth Adler"],
      ["That's ridiculous,", "Michael Cohen"],
    ]);
  });
});

describe("a title-case headline's own `Says`", () => {
  it("gives the quoted words to the headline's subject as the story names it, abbreviation and all", () => {
    const text = [
      "In Fraud Case, Commerce Dept. Says Lumen Hid a 'Second Ledger' From Auditors",
      "The Commerce Department filed its complaint on Monday. Lumen denies wrongdoing.",
    ].join("\n\n");
    expect(speakers(text)).toEqual([["Second Ledger", "Commerce Department", null]]);
  });
});

describe("two people in a paragraph", () => {
  it("gives `X said Y had been “…”, and added: “…”` both quotes to X", () => {
    const text = "Headline\n\nOrtiz said Cole had been “too quick to judge”, and added: “We need calm.”";
    expect(speakers(text).map(([quote, speaker]) => [quote, speaker])).toEqual([
      ["too quick to judge", "Ortiz"],
      ["We need calm.", "Ortiz"],
    ]);
  });

  it("keeps a capitalised first name that is also a name particle (`Ben`, `Al`)", () => {
    expect(speakers("“We warned them,” union leader Ben Cole said.")).toEqual([["We warned them,", "Ben Cole", "union leader"]]);
    expect(speakers("“It is late,” Vice President Al Moreno said.")).toEqual([["It is late,", "Al Moreno", "Vice President"]]);
  });
});

describe("roles read from appositives", () => {
  it("takes no clause (`…, the outbreak is …`) for a role", () => {
    const text = "Headline\n\nAccording to a statement from the Ministry of Health, the outbreak is “under control”.";
    expect(speakers(text)).toEqual([["under control", "Ministry of Health", null]]);
  });
});

describe("a standfirst's quote and a role given before the name", () => {
  it("gives `Education secretary says offer is ‘fair and final’` to the secretary the story names `The education secretary, Priya Marsh,`", () => {
    const text = [
      "Teachers threaten strike over pay",
      "Education secretary says offer is ‘fair and final’ as union prepares ballot",
      "Kay Dunn, the union's general secretary, said the offer was “a real-terms cut”.",
      "The education secretary, Priya Marsh, said: “This is a fair and final offer.”",
    ].join("\n\n");
    expect(speakers(text)).toEqual([
      ["fair and final", "Priya Marsh", "education secretary"],
      ["a real-terms cut", "Kay Dunn", "union's general secretary"],
      ["This is a fair and final offer.", "Priya Marsh", "education secretary"],
    ]);
  });
});

describe("an unnamed spokesperson", () => {
  it("speaks for the body that qualifies them, and for no one when none does", () => {
    const text = [
      "Headline",
      "A Department for Transport spokesperson said: “Fares will be frozen.”",
      "“We do not comment on rumours,” a Kremlin spokesman said.",
      "“No decision has been made,” a spokesperson said.",
    ].join("\n\n");
    expect(speakers(text).map(([quote, speaker]) => [quote, speaker])).toEqual([
      ["Fares will be frozen.", "Department for Transport"],
      ["We do not comment on rumours,", "Kremlin"],
      ["No decision has been made,", null],
    ]);
  });
});

describe("a body described in apposition", () => {
  it("reads `X Energy, the region's utility,` as a body that `the utility` later stands for", () => {
    const text = "Headline\n\nCrews from Gulfline Power, the region's utility, worked overnight. The utility said in a statement that most homes would have power “within 72 hours.”";
    expect(speakers(text)).toEqual([["within 72 hours.", "Gulfline Power", null]]);
  });
});
