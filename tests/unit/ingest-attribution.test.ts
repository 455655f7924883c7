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

  it("reads according to X", () => {
    expect(speakers("“The death toll will rise,” according to Mayor Vitalii Klitschko.")).toEqual([
      ["The death toll will rise,", "Vitalii Klitschko", "Mayor"],
    ]);
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
