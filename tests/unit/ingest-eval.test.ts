import { describe, expect, it } from "vitest";
import type { Candidate } from "@/lib/ingest/candidate";
import {
  addCounts,
  bodiesMatch,
  checkTargets,
  figureFound,
  labelProblems,
  looksLikePersonName,
  metricsOf,
  normaliseQuoteText,
  numbersIn,
  scoreArticle,
  speakersMatch,
  surname,
  type TArticleLabels,
} from "@/lib/ingest/evaluate";

function candidate(fields: Partial<Candidate> & Pick<Candidate, "text" | "paragraph">): Candidate {
  return { kind: "quote", speaker: null, speakerRole: null, partial: false, confidence: 0.9, start: 0, end: 0, ...fields };
}

function labels(fields: Partial<TArticleLabels>): TArticleLabels {
  return { about: "test", quotes: [], figures: [], ...fields };
}

describe("normaliseQuoteText", () => {
  it("drops trailing , . ; : and whitespace, repeatedly, and trims", () => {
    expect(normaliseQuoteText("  That was not a plan — it was a concept,  ")).toBe("That was not a plan — it was a concept");
    expect(normaliseQuoteText("work in progress. ;\n")).toBe("work in progress");
    expect(normaliseQuoteText("Is it over?")).toBe("Is it over?");
  });

  it("treats curly and straight quotation marks and apostrophes alike", () => {
    expect(normaliseQuoteText("It’s ‘fine’, he said “twice”")).toBe(normaliseQuoteText("It's 'fine', he said \"twice\""));
  });

  it("collapses runs of whitespace inside to one space", () => {
    expect(normaliseQuoteText("one\n  two\t three")).toBe("one two three");
  });
});

describe("speakers", () => {
  it("compares people by surname, titles dropped, case and accents aside", () => {
    expect(speakersMatch("Oleksandr Bevz", "Bevz")).toBe(true);
    expect(speakersMatch("Oleksandr Bevz", "Ukrainian delegate Oleksandr Bevz")).toBe(true);
    expect(speakersMatch("Hélène Dufresne", "HELENE DUFRESNE")).toBe(true);
    expect(speakersMatch("Tomás Herrera", "Mr. Herrera")).toBe(true);
    expect(speakersMatch("Oleksandr Bevz", "Oleksandr Umerov")).toBe(false);
    expect(surname("Martin Luther King Jr.")).toBe("king");
    expect(surname("Rep. Don Bacon (R-NE)")).toBe("bacon");
    expect(surname("Dr. Nora Feld")).toBe("feld");
    expect(speakersMatch("Jean-Baptiste Morel", "Captain Jean-Baptiste Morel of the Gard fire service")).toBe(true);
    expect(speakersMatch("Oleksandr Bevz", "Bevz, the Ukrainian delegate")).toBe(true);
  });

  it("matches a missing speaker only with a missing speaker", () => {
    expect(speakersMatch(null, null)).toBe(true);
    expect(speakersMatch(null, "Carla Reyes")).toBe(false);
    expect(speakersMatch("Carla Reyes", null)).toBe(false);
  });

  it("tells people from bodies", () => {
    expect(looksLikePersonName("Jean-Baptiste Morel")).toBe(true);
    expect(looksLikePersonName("Madeleine de Vries")).toBe(true);
    expect(looksLikePersonName("President Donald Trump")).toBe(true);
    expect(looksLikePersonName("Ukraine's air force")).toBe(false);
    expect(looksLikePersonName("Public Service Association")).toBe(false);
    expect(looksLikePersonName("Russia")).toBe(false);
    expect(looksLikePersonName("the league")).toBe(false);
  });

  it("does not let bodies match by their last word alone", () => {
    expect(speakersMatch("Ukraine's air force", "Russia's air force")).toBe(false);
    expect(speakersMatch("Energy Ministry", "Health Ministry")).toBe(false);
    expect(speakersMatch("Ukraine's air force", "Ukraine’s Air Force")).toBe(true);
  });

  it("matches bodies by their words, an acronym, or a distinctive run covering half of them or ending them", () => {
    expect(bodiesMatch("the Kremlin", "Kremlin")).toBe(true);
    expect(bodiesMatch("Public Service Association", "PSA")).toBe(true);
    expect(bodiesMatch("U.S. Geological Survey", "USGS")).toBe(true);
    expect(bodiesMatch("Institute for the Study of War", "ISW")).toBe(true);
    expect(bodiesMatch("Bloomberg News", "Bloomberg")).toBe(true);
    expect(bodiesMatch("Peru's Health Ministry", "Health Ministry")).toBe(true);
    expect(bodiesMatch("Peru's Health Ministry", "Peru")).toBe(false);
    expect(bodiesMatch("Texas Department of State Health Services", "Texas")).toBe(false);
    expect(bodiesMatch("Meridian", "Ratings agency Meridian")).toBe(true);
    expect(bodiesMatch("Energy Ministry", "the ministry")).toBe(false);
    expect(bodiesMatch("Energy Ministry", "Ministry")).toBe(false);
  });
});

describe("numbersIn", () => {
  it("reads digit groups, thousands separators and hyphenated compounds", () => {
    expect(numbersIn("Russia launched 464 drones and 1,200 shells at a 28-point plan")).toEqual(["464", "1200", "28"]);
    expect(numbersIn("a deficit of NZ$12.9 billion, 3:12 a.m.")).toEqual(["12.9", "3", "12"]);
  });

  it("reads number words up to ninety, not scale words or ordinals", () => {
    expect(numbersIn("killing at least seven people and twenty-five others")).toEqual(["7", "20", "5"]);
    expect(numbersIn("a third of a million, the first time")).toEqual([]);
  });
});

describe("figureFound", () => {
  const label = { paragraph: 20, text: "Kyiv's mayor said seven people were killed and 20 injured.", speaker: "Vitalii Klitschko" };

  it("needs a figure candidate in the same paragraph holding every number of the label", () => {
    expect(figureFound(label, candidate({ kind: "figure", paragraph: 20, text: "killing at least seven people and injuring 20 others" }))).toBe(true);
    expect(figureFound(label, candidate({ kind: "figure", paragraph: 20, text: "killing at least seven people" }))).toBe(false);
    expect(figureFound(label, candidate({ kind: "figure", paragraph: 21, text: "killing at least seven people and injuring 20 others" }))).toBe(false);
    expect(figureFound(label, candidate({ kind: "quote", paragraph: 20, text: "seven people and 20 injured" }))).toBe(false);
  });

  it("counts a number as often as the label states it", () => {
    const twice = { paragraph: 1, text: "It rose from 20 to 20.5 and then to 20 again.", speaker: null };
    expect(figureFound(twice, candidate({ kind: "figure", paragraph: 1, text: "from 20 to 20.5" }))).toBe(false);
    expect(figureFound(twice, candidate({ kind: "figure", paragraph: 1, text: "from 20 to 20.5 and back to 20" }))).toBe(true);
  });

  it("finds reported speech without numbers by containment either way, not by a fragment", () => {
    const reported = { paragraph: 3, text: "Bloomberg said it had reviewed a recording of the call.", speaker: "Bloomberg News" };
    expect(figureFound(reported, candidate({ kind: "figure", paragraph: 3, text: "Bloomberg said it had reviewed a recording of the call" }))).toBe(true);
    expect(figureFound(reported, candidate({ kind: "figure", paragraph: 3, text: "it had reviewed a recording of the call" }))).toBe(true);
    expect(figureFound(reported, candidate({ kind: "figure", paragraph: 3, text: "Earlier, Bloomberg said it had reviewed a recording of the call." }))).toBe(true);
    expect(figureFound(reported, candidate({ kind: "figure", paragraph: 3, text: "the call" }))).toBe(false);
  });
});

describe("scoreArticle", () => {
  const article = labels({
    quotes: [
      { paragraph: 9, text: "That was not a plan — it was a concept,", speaker: "Donald Trump" },
      { paragraph: 32, text: "We removed duplicates and points unrelated to Ukraine,", speaker: "Oleksandr Bevz" },
      { paragraph: 32, text: "This document is evolving.", speaker: "Oleksandr Bevz" },
    ],
  });

  it("matches on paragraph and normalised text, and checks the speaker of each match", () => {
    const score = scoreArticle(
      [
        candidate({ paragraph: 9, text: "That was not a plan — it was a concept", speaker: "Trump" }),
        candidate({ paragraph: 32, text: "We removed duplicates and points unrelated to Ukraine", speaker: "Lavrov" }),
        candidate({ paragraph: 33, text: "This document is evolving.", speaker: "Bevz" }),
        candidate({ kind: "figure", paragraph: 9, text: "That was not a plan — it was a concept", speaker: "Trump" }),
      ],
      article,
    );
    expect(score).toMatchObject({ quoteLabels: 3, quoteCandidates: 3, quotesMatched: 2, speakersRight: 1 });
    expect(score.missedQuotes.map((label) => label.text)).toEqual(["This document is evolving."]);
    expect(score.falseQuotes.map((c) => c.paragraph)).toEqual([33]);
    expect(score.wrongSpeakers).toHaveLength(1);
    expect(score.wrongSpeakers[0]!.candidate.speaker).toBe("Lavrov");
    expect(metricsOf(score)).toEqual({ precision: 2 / 3, recall: 2 / 3, speakerAccuracy: 1 / 2, endToEndF1: 2 / 6, figureRecall: null });
  });

  it("lets a candidate match one label only, and a duplicate candidate is a false positive", () => {
    const twice = labels({ quotes: [{ paragraph: 1, text: "yes", speaker: "Ann Lee" }] });
    const score = scoreArticle(
      [candidate({ paragraph: 1, text: "yes", speaker: "Lee" }), candidate({ paragraph: 1, text: "yes.", speaker: "Lee" })],
      twice,
    );
    expect(score).toMatchObject({ quotesMatched: 1, speakersRight: 1, quoteCandidates: 2 });
    expect(score.falseQuotes).toHaveLength(1);

    const sameWordsTwice = labels({
      quotes: [
        { paragraph: 1, text: "no", speaker: "Ann Lee" },
        { paragraph: 1, text: "no", speaker: "Bo Kim" },
      ],
    });
    expect(scoreArticle([candidate({ paragraph: 1, text: "no", speaker: "Kim" })], sameWordsTwice)).toMatchObject({ quotesMatched: 1, speakersRight: 1 });
  });

  it("pairs the candidate naming the right speaker first among equal texts", () => {
    const one = labels({ quotes: [{ paragraph: 2, text: "crucial", speaker: "Emmanuel Macron" }] });
    const score = scoreArticle(
      [candidate({ paragraph: 2, text: "crucial", speaker: "Starmer" }), candidate({ paragraph: 2, text: "crucial", speaker: "Macron" })],
      one,
    );
    expect(score).toMatchObject({ quotesMatched: 1, speakersRight: 1 });
    expect(score.falseQuotes[0]!.speaker).toBe("Starmer");
  });

  it("gives no precision without candidates, and counts figures one to one", () => {
    const withFigures = labels({
      quotes: [{ paragraph: 0, text: "hello", speaker: null }],
      figures: [
        { paragraph: 5, text: "Officials said 3 people died.", speaker: null },
        { paragraph: 5, text: "Police said 3 people were hurt.", speaker: null },
      ],
    });
    const score = scoreArticle([candidate({ kind: "figure", paragraph: 5, text: "3 people died and 3 were hurt" })], withFigures);
    expect(score.figuresFound).toBe(1);
    expect(score.missedFigures).toHaveLength(1);
    expect(metricsOf(score)).toMatchObject({ precision: null, recall: 0, speakerAccuracy: null, endToEndF1: 0, figureRecall: 0.5 });
  });

  it("gives nothing to measure on an article without labels or candidates", () => {
    expect(metricsOf(scoreArticle([], labels({})))).toEqual({ precision: null, recall: null, speakerAccuracy: null, endToEndF1: null, figureRecall: null });
  });
});

describe("addCounts and checkTargets", () => {
  it("micro-averages over all quotes, not per article", () => {
    const small = scoreArticle([candidate({ paragraph: 0, text: "a" })], labels({ quotes: [{ paragraph: 0, text: "a", speaker: null }] }));
    const large = scoreArticle([], labels({ quotes: [1, 2, 3].map((n) => ({ paragraph: n, text: `q${n}`, speaker: null })) }));
    expect(metricsOf(addCounts([small, large])).recall).toBe(1 / 4);
  });

  it("marks each target passed or failed", () => {
    const checks = checkTargets({ precision: 0.96, recall: 0.5, speakerAccuracy: null, endToEndF1: 0.85, figureRecall: 0.6 }, 20);
    expect(checks.map((check) => [check.name, check.pass])).toEqual([
      ["quote precision", true],
      ["quote recall", false],
      ["speaker accuracy", false],
      ["end-to-end F1", true],
      ["figure recall", true],
      ["ms per article", false],
    ]);
  });
});

describe("labelProblems", () => {
  const article = ["Headline", "“It is one quote,” she said.", "“It goes on", "“and ends here,” he said. Police said 4 died."].join("\n\n");

  it("accepts quotes found in their paragraph, running on into the next ones without the opening marks", () => {
    const fine = labels({
      quotes: [
        { paragraph: 1, text: "It is one quote,", speaker: "Ann Lee" },
        { paragraph: 2, text: "It goes on and ends here,", speaker: null },
      ],
      figures: [{ paragraph: 3, text: "Police said 4 died.", speaker: "police" }],
    });
    expect(labelProblems(article, fine)).toEqual([]);
  });

  it("names each label not in its paragraph", () => {
    const wrong = labels({
      quotes: [
        { paragraph: 2, text: "It is one quote", speaker: null },
        { paragraph: 9, text: "anything", speaker: null },
      ],
      figures: [{ paragraph: 2, text: "Police said 4 died.", speaker: null }],
    });
    expect(labelProblems(article, wrong)).toEqual([
      'quote in paragraph 2 ("It is one quote"): not found there',
      'quote in paragraph 9 ("anything"): the article has 4 paragraphs',
      'figure in paragraph 2 ("Police said 4 died."): not found there',
    ]);
  });
});
