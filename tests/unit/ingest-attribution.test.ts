import { describe, expect, it } from "vitest";
import { extractCandidates } from "@/lib/ingest/extract";

/** The quotes found in `text`, as [text, speaker, role]. */
function speakers(text: string) {
  return extractCandidates(text)
    .filter((candidate) => candidate.kind === "quote")
    .map((candidate) => [candidate.text, candidate.speaker, candidate.speakerRole]);
}

describe("attribution after the quote", () => {
  it('reads `"…," X said.`', () => {
    expect(speakers("“The ceasefire is holding,” Hamas official Basem Naim said on Sunday.")).toEqual([
      ["The ceasefire is holding,", "Basem Naim", "Hamas official"],
    ]);
  });

  it('reads `"…," said X, the Y.`', () => {
    expect(speakers('"Prices will keep rising through the winter," said Maria Lopez, the chief economist at ING.')).toEqual([
      ["Prices will keep rising through the winter,", "Maria Lopez", "chief economist at ING"],
    ]);
  });

  it("reads a party-and-state tag between commas (AP style)", () => {
    const text = 'The pardon drew criticism. "Joe Biden has lied to the American people," Rep. James Comer, R-Ky., said in a post on X.';
    expect(speakers(text)).toEqual([["Joe Biden has lied to the American people,", "James Comer", "Rep."]]);
  });

  it('reads `"…," X, the Y, said.`', () => {
    expect(speakers("“We removed duplicates,” Oleksandr Bevz, the deputy head of the delegation, said.")).toEqual([
      ["We removed duplicates,", "Oleksandr Bevz", "deputy head of the delegation"],
    ]);
  });

  it("reads told reporters / told Reuters / told the AP / wrote on social media / said in a statement", () => {
    const text = [
      "“We are not afraid,” Zelenskyy told reporters in Kyiv.",
      "“The door is open,” Dmitry Peskov told Reuters.",
      "“This is a good day,” Mark Rutte wrote on X.",
      "“The strikes will continue,” Israeli Prime Minister Benjamin Netanyahu said in a statement.",
      "“I am not resigning,” Governor Kathy Hochul told CNN in an interview.",
      "“Nothing has changed,” Maria Zakharova wrote on Telegram.",
    ].join("\n\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual([
      "Zelenskyy",
      "Dmitry Peskov",
      "Mark Rutte",
      "Benjamin Netanyahu",
      "Kathy Hochul",
      "Maria Zakharova",
    ]);
  });

  it("reads a question's speaker after the mark, where the sentence seems to end", () => {
    const text = "Justice Neil Gorsuch pressed the lawyer. “What would stop a president from imposing a 50% tariff on everything?” Gorsuch asked.";
    expect(speakers(text)).toEqual([["What would stop a president from imposing a 50% tariff on everything?", "Neil Gorsuch", "Justice"]]);
  });

  it("reads according to X", () => {
    expect(speakers("“The death toll will rise,” according to Mayor Vitalii Klitschko.")).toEqual([
      ["The death toll will rise,", "Vitalii Klitschko", "Mayor"],
    ]);
  });
});

describe("attribution after the quote, less common forms", () => {
  it("reads a headline quote followed by a colon and its speaker", () => {
    expect(speakers("‘We are not afraid’: Zelensky vows to fight on\n\nKYIV — The president spoke.")).toEqual([["We are not afraid", "Zelensky", null]]);
  });

  it('reads `"…" — X` and `"…," said one resident, X`', () => {
    const text = ["“Nobody warned us.” — Maria Lopez, a shop owner", "“We had nothing left,” said one resident, Tom Weller, 54."].join("\n\n");
    expect(speakers(text)).toEqual([
      ["Nobody warned us.", "Maria Lopez", "shop owner"],
      ["We had nothing left,", "Tom Weller", "resident"],
    ]);
  });

  it("reads `was quoted as saying` after and before the quote, and joint statements", () => {
    const text = [
      "“We are not going anywhere,” Peskov was quoted as saying by RIA Novosti.",
      "Lavrov was quoted by RIA Novosti as saying: “The West has run out of ideas.”",
      "“We stand together,” Macron and Scholz said in a joint statement.",
    ].join("\n\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Peskov", "Lavrov", "Macron"]);
  });

  it("gives `the statement said` to whoever the article last had speak", () => {
    const text = "The Kremlin said it would respond.\n\n“Any attack will be met with force,” the statement said.";
    expect(speakers(text)).toEqual([["Any attack will be met with force,", "Kremlin", null]]);
  });
});

describe("attribution before the quote", () => {
  it('reads `X said: "…"` and `X said "…"` and `X said that "…"`', () => {
    expect(speakers("Senator Lindsey Graham said: “This deal is dead on arrival.”")).toEqual([
      ["This deal is dead on arrival.", "Lindsey Graham", "Senator"],
    ]);
    expect(speakers('Chancellor Friedrich Merz said "Europe must stand on its own feet."')[0]?.[1]).toBe("Friedrich Merz");
    expect(speakers("Kremlin spokesman Dmitry Peskov said that “contacts are continuing at the working level.”")).toEqual([
      ["contacts are continuing at the working level.", "Dmitry Peskov", "Kremlin spokesman"],
    ]);
  });

  it("takes the quote of a paragraph filled by a quote from the paragraph ending with a colon", () => {
    const text = [
      "A nine-story building caught fire, displacing residents like 90-year-old Liubov Petrivna, who told AP:",
      "“Absolutely everything was shattered. Glass rained down on me.”",
    ].join("\n\n");
    expect(speakers(text)).toEqual([["Absolutely everything was shattered. Glass rained down on me.", "Liubov Petrivna", null]]);
    const intro = ["The foreign ministry said in a statement:", "“Russia will respond to any provocation.”"].join("\n\n");
    expect(speakers(intro)[0]?.[1]).toBe("foreign ministry");
  });
});

describe("continuations", () => {
  it("gives a second quote in the same paragraph the first one's speaker", () => {
    expect(speakers("“We removed duplicates and points unrelated to Ukraine,” Bevz said. “This document is evolving.”").map(([, s]) => s)).toEqual(["Bevz", "Bevz"]);
  });

  it("gives a paragraph that is only a quote the previous quote's speaker", () => {
    const text = ["“The situation is catastrophic,” said Dr. Amira Haddad, who runs the hospital.", "“We have no fuel and no insulin.”"].join("\n\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Amira Haddad", "Amira Haddad"]);
  });

  it("does not carry a speaker further than the next paragraph onto a short label", () => {
    const text = ["“We are ready,” Anna Kovac said.", "The talks moved on.", "Nobody mentioned the “plan” again."].join("\n\n");
    expect(speakers(text)).toHaveLength(1);
  });
});

describe("pronouns, roles and names", () => {
  it("resolves he/she to the nearest earlier named person", () => {
    const text = "Finnish President Alexander Stubb met Zelenskyy in Kyiv on Monday. “Finland stands with Ukraine,” he said.";
    expect(speakers(text)).toEqual([["Finland stands with Ukraine,", "Alexander Stubb", "Finnish President"]]);
  });

  it("skips a person whose Mr./Ms. does not fit the pronoun", () => {
    expect(speakers("Ms. Anna Berg met Mr. Tom Weller in Oslo on Monday.\n\nMr. Weller left early. “We made progress,” she said.")[0]?.[1]).toBe("Anna Berg");
  });

  it("resolves a role noun to the earlier person holding that role", () => {
    const text = [
      "Foreign Minister Annalena Baerbock arrived in Kyiv on Tuesday, where she met Mayor Vitalii Klitschko.",
      "“Germany will not look away,” the minister said.",
    ].join("\n\n");
    expect(speakers(text)[0]?.[1]).toBe("Annalena Baerbock");
  });

  it("resolves honorifics and surnames to the full name given earlier", () => {
    const text = [
      "Ukraine’s delegate, Oleksandr Bevz, spoke after the talks.",
      "“It is very premature to say that something is agreed,” Mr. Bevz said.",
      "“We are working,” Bevz added.",
    ].join("\n\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Oleksandr Bevz", "Oleksandr Bevz"]);
  });

  it("tells two people of one surname apart by Mr./Ms. and by who was named last", () => {
    const text = [
      "Sarah Cohen, a parent, thought the vote would be the end of it. Within weeks, her husband, David Cohen, was running for the board.",
      "“I never wanted to be a politician,” Mr. Cohen said.",
      "Ms. Cohen, 41, a nurse, said the family had received threats. “People stopped talking to me,” she said.",
    ].join("\n\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["David Cohen", "Sarah Cohen"]);
  });

  it("reads a quote after a dateline as opening its sentence, and titles after a body's name", () => {
    const [quote] = extractCandidates('LONDON (Reuters) - "We are ready to move," said Bank of England Governor Andrew Bailey on Tuesday.');
    expect(quote).toMatchObject({ text: "We are ready to move,", partial: false, speaker: "Andrew Bailey", speakerRole: "Bank of England Governor" });
  });

  it("splits titles before a name into the role", () => {
    const text = [
      "French President Emmanuel Macron said the moment was “crucial” for Europe.",
      "Rep. Don Bacon (R-NE) said: “He cannot be trusted to lead these negotiations.”",
    ].join("\n\n");
    expect(speakers(text)).toEqual([
      ["crucial", "Emmanuel Macron", "French President"],
      ["He cannot be trusted to lead these negotiations.", "Don Bacon", "Rep."],
    ]);
  });

  it("names bodies as speakers", () => {
    const text = [
      "“The enemy attacked with 464 drones,” Ukraine’s air force said.",
      "“Talks are possible,” the Kremlin said.",
      "“No decision has been taken,” the ministry said in a statement.",
    ].join("\n\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Ukraine’s air force", "Kremlin", "ministry"]);
  });
});

describe("subjects past appositives, places and titles", () => {
  it("takes a name given in apposition to a description", () => {
    const text = [
      "“The jury saw through every excuse,” the United States attorney for the Eastern District of Pennsylvania, Carla Reyes, said.",
      "The opposition housing spokesman, Oliver Grant, said the plans would “concrete over the countryside.”",
    ].join("\n\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Carla Reyes", "Oliver Grant"]);
  });

  it("looks past ages, hometowns, places and relative clauses to the subject", () => {
    const text = [
      "Gloria Mendez, 81, of Allentown, said the clinic was “a place where nobody ever checked anything.”",
      "Gas station owner Raj Patel in Tempe, Arizona, said he lost about $4,000.",
      "“I’ve got bills to pay too,” he said.",
      "Jordan Pike, a portfolio manager at Crestline Capital, which owns about 3% of the shares, asked whether the company had considered “doing fewer things better.”",
    ].join("\n\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Gloria Mendez", "Raj Patel", "Jordan Pike"]);
  });

  it("skips a prepositional phrase after the speaker's name", () => {
    expect(speakers("“I have never seen the river rise this fast,” Captain Jean-Baptiste Morel of the Gard fire service told AFP.")).toEqual([
      ["I have never seen the river rise this fast,", "Jean-Baptiste Morel", "Captain"],
    ]);
  });
});

describe("which verb speaks", () => {
  it("gives a quote in a participle clause to that clause's subject", () => {
    const text =
      "Ms. Natarajan acknowledged that she had received a reduced sentence, a point Mr. Asher returned to repeatedly, calling her “a witness who would say anything to stay out of prison.”";
    expect(speakers(text)[0]?.[1]).toBe("Asher");
  });

  it("keeps a reported quote with the main clause's speaker", () => {
    const text = "UK Prime Minister Keir Starmer echoed Macron’s optimism, saying that Zelenskyy had indicated that “the majority of the text can be accepted.”";
    expect(speakers(text)[0]?.[1]).toBe("Keir Starmer");
  });

  it("gives a second verb of the same subject its speaker", () => {
    const text = "Herrera, whose team had led for most of the half, called the decision “the worst I have seen” and said he would ask the league for “a proper explanation, not a press release.”";
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Herrera", "Herrera"]);
  });

  it("reads a colon after a clause about someone, and a headline's name and colon", () => {
    const text = ["Housing Minister Priya Kaur spoke last.", "Asked whether the government would miss its target, the minister was blunt: “Not if I can help it.”", "Tamihana: 'We will protect the front line'"].join(
      "\n\n",
    );
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Priya Kaur", "Tamihana"]);
  });
});

describe("speakers named after the quote", () => {
  it("takes the person named in the next sentence when nothing attributes the quote", () => {
    const text = [
      "A year after banning phones, one school district says students are talking again",
      "“The first week was awful. By the third week, the cafeteria was loud again.”",
      "That is how Monica Alvarez, principal of Ridgeview High School, remembers the start of the ban.",
      "“We lost everything in twenty minutes.” Sylvie Roux, a baker whose shop was flooded, stood in the mud outside.",
    ].join("\n\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Monica Alvarez", "Sylvie Roux"]);
  });

  it("gives an unattributed quote the person its paragraph was about", () => {
    expect(speakers("Zelenskyy spoke in Kyiv on Tuesday after meeting Macron. “We will never surrender to this pressure.”")[0]?.[1]).toBe("Zelenskyy");
  });

  it("carries a quote's speaker into a following quote-only paragraph that runs on", () => {
    const text = [
      "Dr. Alan Mercer, the county health authority, described the outbreak as the worst in 30 years. He spoke without notes.",
      "“Measles is one of the most contagious diseases we know of.",
      "“What worries me most is the vaccination rate.”",
    ].join("\n\n");
    expect(speakers(text)).toEqual([["Measles is one of the most contagious diseases we know of. What worries me most is the vaccination rate.", "Alan Mercer", "county health authority"]]);
  });
});

describe("bodies and unnamed sources", () => {
  it("keeps an unnamed source unnamed when the article refers back to it", () => {
    const text = "Prime Minister Keir Starmer met the envoy. A senior official said talks were hard.\n\n“Nothing is agreed,” the official said. “We keep going,” the source added.";
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual([null, null]);
  });

  it("resolves the company, the airline, the confederation to the body named before", () => {
    const text = [
      "Pilots at Scandinavian carrier Nordair will strike for three days.",
      "The Confederation of Swedish Enterprise, a business lobby, warned of losses.",
      "“We remain ready to return to the table,” the airline said.",
      "“A strike in the ski season hits hotels hardest,” the confederation said.",
    ].join("\n\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Nordair", "Confederation of Swedish Enterprise"]);
  });

  it("names a body by its name, not its description", () => {
    expect(speakers("Ratings agency Meridian warned that further deficits “would put pressure on the rating.”")[0]?.[1]).toBe("Meridian");
    expect(speakers("In a statement, the Ministry of Infrastructure said: “The government expects both parties to find a solution.”")[0]?.[1]).toBe("Ministry of Infrastructure");
  });

  it("gives groups and people the article does not name no speaker, and keeps pronouns from skipping past them", () => {
    const text = [
      "“I had a lot of questions,” Rachel Dunn said.",
      "Another parent, who asked not to be named, said she would keep her children home. “I don't trust what they're telling us,” she said.",
      "The trial laid bare what prosecutors described as “a billing machine built on invented patients.”",
    ].join("\n\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Rachel Dunn", null, null]);
  });
});
