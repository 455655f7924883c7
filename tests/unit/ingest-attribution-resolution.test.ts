import { describe, expect, it } from "vitest";
import { extractCandidates } from "@/lib/ingest/extract";
import { genderOfPhrase } from "@/lib/ingest/gender";

/** The quotes found in `text`, as [text, speaker]. */
function speakers(text: string) {
  return extractCandidates(text)
    .filter((candidate) => candidate.kind === "quote")
    .map((candidate) => [candidate.text, candidate.speaker]);
}

describe("the sex a role marks", () => {
  it("reads the head noun of a role, not a word after its preposition or a pronoun", () => {
    expect(genderOfPhrase("works council chairwoman")).toBe("f");
    expect(genderOfPhrase("mother of two")).toBe("f");
    expect(genderOfPhrase("the mayor's husband")).toBe("m");
    expect(genderOfPhrase("a friend of the mother")).toBeUndefined();
    expect(genderOfPhrase("a lawyer for his family")).toBeUndefined();
  });
});

describe("pronouns agree in sex with the person they stand for", () => {
  it("takes a person's sex from a pronoun of theirs and skips one introduced as her relation", () => {
    const text = [
      "Marta Okoye won the women's title in record time.",
      "Okoye, 29, made her break on the final climb. Her pacing partner, Tomas Reiter, came fourth in the open race.",
      "“I never looked at my watch,” she said.",
    ].join("\n\n");
    expect(speakers(text)).toEqual([["I never looked at my watch,", "Marta Okoye"]]);
  });

  it("takes a person's sex from a relation noun (“Her husband, Piet,”)", () => {
    const text = [
      "Anneke Visser, 41, runs the bakery alone now. Her husband, Piet, a mechanic, left for the city, she said.",
      "“It was the right thing for both of us,” she said.",
    ].join("\n\n");
    expect(speakers(text)).toEqual([["It was the right thing for both of us,", "Anneke Visser"]]);
  });

  it("skips a Mr. for “she” and a Ms. for “he”", () => {
    const text = [
      "Ms. Carla Dunn questioned the witness for an hour.",
      "Mr. Omar Feld, the defence lawyer, objected twice. “This is speculation,” she said.",
    ].join("\n\n");
    expect(speakers(text)).toEqual([["This is speculation,", "Carla Dunn"]]);
  });

  it("skips a person introduced as a named woman's relation (“Ms. Platt's clerk, John Ives”)", () => {
    const text = [
      "“Is this legal?” Judge Amy Platt asked the prosecutor.",
      "Ms. Platt's clerk, John Ives, read out the charges. “We will take a short recess,” she said.",
    ].join("\n\n");
    expect(speakers(text)).toEqual([
      ["Is this legal?", "Amy Platt"],
      ["We will take a short recess,", "Amy Platt"],
    ]);
  });

  it("takes no sex from a pronoun inside what someone said about another person", () => {
    const text = [
      "Governor Mark Toll visited the ward.",
      "Dr. Sam Reed, who treated the patient, said her condition was stable. “She is a fighter,” Reed said.",
      "“We are hopeful,” he added.",
    ].join("\n\n");
    expect(speakers(text)).toEqual([
      ["She is a fighter,", "Sam Reed"],
      ["We are hopeful,", "Sam Reed"],
    ]);
  });

  it("reads sex from gendered role words (chairwoman, spokesman)", () => {
    const text = [
      "Board chairwoman Ines Marr opened the meeting. Spokesman Leo Brandt handed out the figures.",
      "“We will not sell the site,” she said.",
    ].join("\n\n");
    expect(speakers(text)).toEqual([["We will not sell the site,", "Ines Marr"]]);
  });
});

describe("question and answer", () => {
  it("gives the answer to the person asked, and drops an unnamed reporter's question", () => {
    const text = [
      "Senator Ruth Akande said she would study the bill.",
      "“Will you vote for it?” a reporter asked Akande outside the chamber.",
      "“Ask me next week,” she replied.",
    ].join("\n\n");
    expect(speakers(text)).toEqual([["Ask me next week,", "Ruth Akande"]]);
  });

  it("gives the answer to the person asked in narration", () => {
    const text = [
      "Coach Pavel Nemec named his squad on Monday. Defender Ana Lisboa was left out.",
      "A reporter asked Nemec whether she could return. “The door is not closed,” he said.",
    ].join("\n\n");
    expect(speakers(text)).toEqual([["The door is not closed,", "Pavel Nemec"]]);
  });

  it("keeps a named person's question", () => {
    const text = "“Where was the money going?” Judge Hanna Roth asked the defendant.";
    expect(speakers(text)).toEqual([["Where was the money going?", "Hanna Roth"]]);
  });
});

describe("places and nationalities are not speakers", () => {
  it("a pronoun skips a word after a preposition of place", () => {
    const text = [
      "Mara Lindqvist, a hydrologist at Uppsala University, has studied the glacier for a decade.",
      "She said the snow line had risen sharply in parts of Jotunheim, leaving slopes “bare by June”.",
    ].join("\n\n");
    expect(speakers(text)).toEqual([["bare by June", "Mara Lindqvist"]]);
  });

  it("a pronoun skips a street that is a sentence's subject", () => {
    const text = "Officer Dana Pruett said the tip came when a camera on East 12th Street caught the van. “That was the turn,” he said.";
    expect(speakers(text)).toEqual([["That was the turn,", "Dana Pruett"]]);
  });

  it("a party label after an article is a description (“Hale, a Nevada Democrat,”), a surname without one is a name", () => {
    const text = [
      "Senate leader Patricia Hale opposed the bill.",
      "Hale, a Nevada Democrat, dismissed the plan. “This is a stunt,” she said.",
      "“It is a fair bill,” Judith French said.",
    ].join("\n\n");
    expect(speakers(text)).toEqual([
      ["This is a stunt,", "Patricia Hale"],
      ["It is a fair bill,", "Judith French"],
    ]);
  });

  it("a nationality is a description; the copula names the person", () => {
    const text = "The best Canadian was Owen Gallant of Halifax, who finished ninth and said he was “tired but happy” with the result.";
    expect(speakers(text)).toEqual([["tired but happy", "Owen Gallant"]]);
  });
});

describe("roles, bodies and frames", () => {
  it("reads a lower-case compound role before a name and a possessive body as a subject", () => {
    const text = [
      "Kellmann's works council, which speaks for the plant's staff, called the cuts “a betrayal” of the workforce.",
      "“Nobody here will accept this,” works council head Anja Roth said.",
    ].join("\n\n");
    expect(speakers(text)).toEqual([
      ["a betrayal", "Kellmann's works council"],
      ["Nobody here will accept this,", "Anja Roth"],
    ]);
  });

  it("hangs a participle on the speaker, not on the pronoun inside what they said", () => {
    const text = "Analysts at Norberg Capital said in a note they expected the margin to shrink, calling the plan “bold but overdue”.";
    expect(speakers(text)).toEqual([["bold but overdue", "Norberg Capital"]]);
  });

  it("keeps a participle on a person named in full just before it", () => {
    const text = "Ms. Ilse Brand admitted she had lied, a point Mr. Tomas Wendt stressed in his closing, calling her “a witness for hire.”";
    expect(speakers(text)).toEqual([["a witness for hire.", "Tomas Wendt"]]);
  });

  it("reads `a document quotes X telling …: “…”`", () => {
    const text = "Gray told officers the van was his. The complaint quotes Ferris telling a deputy: “I only kept watch.”";
    expect(speakers(text)).toEqual([["I only kept watch.", "Ferris"]]);
  });

  it("finds the subject past a relative clause without a comma", () => {
    const text = [
      "Ms. Ada Quinn opened for the defence.",
      "Dr. Rhea Vance, a chemist at the state laboratory who ran the tests, told jurors the levels were high, a result she called “far above normal.”",
    ].join("\n\n");
    expect(speakers(text)).toEqual([["far above normal.", "Rhea Vance"]]);
  });
});

describe("unnamed sources, months and documents", () => {
  it("a pronoun after a source the article does not name has no speaker", () => {
    const text = [
      "Kovax said it would close the line.",
      "One engineer at the site, who asked not to be named because he was not allowed to talk to the press, said the news was no surprise. “We saw it coming for months,” he said.",
    ].join("\n\n");
    expect(speakers(text)).toEqual([["We saw it coming for months,", null]]);
  });

  it("a month is never the person “she” means", () => {
    const text = [
      "The agency's spokeswoman, Rosa Ibarra, said the spell was unusual and that August and September were likely to be dry.",
      "“We have not seen this before,” she said.",
    ].join("\n\n");
    expect(speakers(text)).toEqual([["We have not seen this before,", "Rosa Ibarra"]]);
  });

  it("a post “reads” its author's words: `“…,” the post read`", () => {
    const text = [
      "Officer Lyle Gage thanked neighbours for their tips.",
      "The Brookfield Police Department announced the arrest on its Facebook page. “Great work, team!” the post read.",
    ].join("\n\n");
    expect(speakers(text)).toEqual([["Great work, team!", "Brookfield Police Department"]]);
  });

  it("`“…,” read a post` after a body posted", () => {
    const text = "The Linn County Health Department has posted daily updates online. “Stay home if you have a fever,” read a post on Monday.";
    expect(speakers(text)).toEqual([["Stay home if you have a fever,", "Linn County Health Department"]]);
  });
});

describe("headlines and nested quotes", () => {
  it("a colon-form headline quote takes the speaker of the body quote with the same words", () => {
    const text = [
      "'I could not believe my eyes': Hiker finds Roman coins on Dartmoor",
      "A hiker has found a hoard of Roman coins on Dartmoor.",
      '"I could not believe my eyes. They were just lying there," Tom Eddery told the BBC.',
    ].join("\n\n");
    expect(speakers(text)).toEqual([
      ["I could not believe my eyes", "Tom Eddery"],
      ["I could not believe my eyes. They were just lying there,", "Tom Eddery"],
    ]);
  });

  it("links a headline quote after its description to the body quote it trims", () => {
    const text = [
      "Rail operator fined over cancellations: 'We failed passengers'",
      'Its chief executive, Nora Blythe, said: "We failed our passengers and we apologise."',
    ].join("\n\n");
    expect(speakers(text)).toEqual([
      ["We failed passengers", "Nora Blythe"],
      ["We failed our passengers and we apologise.", "Nora Blythe"],
    ]);
  });

  it("keeps a colon-form headline quote the body does not repeat, without a speaker", () => {
    const text = ["‘We were lucky’: Family escapes flood in Ahr valley", "Water rose a metre in an hour, said Jonas Keil, 44."].join("\n\n");
    expect(speakers(text)).toEqual([["We were lucky", null]]);
  });

  it("takes no colon-form quote from a related-story line further down", () => {
    const text = ["Floods hit the Ahr valley again", "“The water came fast,” said Jonas Keil.", "‘No way out’: Families flee the valley as rivers rise"].join("\n\n");
    expect(speakers(text)).toEqual([["The water came fast,", "Jonas Keil"]]);
  });

  it("takes no attribution from a quotation inside the quote", () => {
    const text = "Ana Pol won the race on Sunday.\n\n“Then Coach Dan Ruiz said, ‘Go now,’ and I went,” Pol said.";
    expect(speakers(text)).toEqual([["Then Coach Dan Ruiz said, ‘Go now,’ and I went,", "Ana Pol"]]);
  });

  it("a spokesperson named in apposition is not an unnamed source", () => {
    const text = "A Kovax spokesperson, Mara Hale, declined to comment. “We do not comment on rumours,” the spokesperson added.";
    expect(speakers(text)).toEqual([["We do not comment on rumours,", "Mara Hale"]]);
  });
});

describe("abbreviated titles", () => {
  it("“the governor” is the person titled “Gov.”", () => {
    const text = [
      "Gov. Dana Whitcombe's office said she had declared an emergency. The state police chief, Earl Motts, briefed reporters.",
      "“We will rebuild every home,” the governor said in a statement.",
    ].join("\n\n");
    expect(speakers(text)).toEqual([["We will rebuild every home,", "Dana Whitcombe"]]);
  });
});

describe("relative clauses of bodies", () => {
  it("`…, which said …` is the body's", () => {
    const text = "The operator admitted 12 breaches found by the Rail Safety Board, which said the faults had been “entirely foreseeable”.";
    expect(speakers(text)).toEqual([["entirely foreseeable", "Rail Safety Board"]]);
  });
});

describe("generic body nouns and relations after a conjunction", () => {
  it("“the agency” is the named body that just spoke", () => {
    const text = "The Coast Guard said it had rescued 14 people. “Conditions were brutal,” the agency wrote on Facebook.";
    expect(speakers(text)).toEqual([["Conditions were brutal,", "Coast Guard"]]);
  });

  it("“the ministry” after another body is still the ministry", () => {
    const text = "The Kremlin said it would respond.\n\n“No decision has been taken,” the ministry said.";
    expect(speakers(text)).toEqual([["No decision has been taken,", "ministry"]]);
  });

  it("reads the relation in `…, and her son, Eli Holt,`", () => {
    const text = "Jane Holt, 40, thanked the crews, and her son, Eli Holt, hugged a firefighter. “We are grateful,” she said.";
    expect(speakers(text)).toEqual([["We are grateful,", "Jane Holt"]]);
  });
});
