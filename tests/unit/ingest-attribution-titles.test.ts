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
