import { describe, expect, it } from "vitest";
import { groupArticleSpeakers, matchArticleSpeakers, needsReview, type KnownSpeaker } from "@/lib/ingest/speaker-match";
import { SEED_SPEAKERS } from "@/seed/data/speakers";

/** The seeded desk's speakers, as the service loads them. */
const SEEDED: KnownSpeaker[] = SEED_SPEAKERS.map((speaker) => ({
  id: speaker.slug,
  name: speaker.name,
  kind: speaker.kind,
  title: "title" in speaker ? (speaker.title ?? null) : null,
  affiliation: "affiliation" in speaker ? (speaker.affiliation ?? null) : null,
  aliases: [],
}));

const mention = (speaker: string, speakerRole: string | null = null) => ({ speaker, speakerRole });

function matchOne(name: string, role: string | null = null, known = SEEDED) {
  const match = matchArticleSpeakers([mention(name, role)], known).get(name);
  if (!match) throw new Error(`no match entry for ${name}`);
  return match;
}

describe("groupArticleSpeakers: one person per article, however named", () => {
  it("joins a surname to the full name it can only be, keeping the role the article gave", () => {
    const groups = groupArticleSpeakers([mention("Bevz"), mention("Oleksandr Bevz", "Ukrainian delegate"), mention("Donald Trump"), mention("Trump")]);
    expect(groups).toEqual([
      { name: "Oleksandr Bevz", role: "Ukrainian delegate", kind: "PERSON", names: ["Oleksandr Bevz", "Bevz"] },
      { name: "Donald Trump", role: null, kind: "PERSON", names: ["Donald Trump", "Trump"] },
    ]);
  });

  it("keeps apart people who share a surname, and does not guess which one a bare surname is", () => {
    const groups = groupArticleSpeakers([mention("Donald Trump"), mention("Melania Trump"), mention("Trump")]);
    expect(groups.map((group) => group.names)).toEqual([["Donald Trump"], ["Melania Trump"], ["Trump"]]);
  });

  it("joins an initial to the name it abbreviates, and bodies by their name", () => {
    const groups = groupArticleSpeakers([mention("J. Mansour"), mention("Jamal Mansour"), mention("the Kremlin"), mention("Kremlin")]);
    expect(groups.map((group) => [group.kind, group.names])).toEqual([
      ["PERSON", ["Jamal Mansour", "J. Mansour"]],
      ["ORGANIZATION", ["the Kremlin", "Kremlin"]],
    ]);
  });

  it("tells bodies from people", () => {
    const kinds = groupArticleSpeakers(
      ["Ukraine's air force", "Institute for the Study of War", "ISW", "Russian authorities", "Ursula von der Leyen", "Keir Starmer"].map((name) => mention(name)),
    ).map((group) => [group.name, group.kind]);
    expect(kinds).toEqual([
      ["Ukraine's air force", "ORGANIZATION"],
      ["Institute for the Study of War", "ORGANIZATION"],
      ["ISW", "ORGANIZATION"],
      ["Russian authorities", "ORGANIZATION"],
      ["Ursula von der Leyen", "PERSON"],
      ["Keir Starmer", "PERSON"],
    ]);
  });
});

describe("matchArticleSpeakers against the desk's speakers", () => {
  it("matches an exact name whatever its case and accents", () => {
    expect(matchOne("Volodymyr Zelenskyy")).toMatchObject({ status: "exact", speaker: { id: "volodymyr-zelenskyy" } });
    expect(matchOne("EMMANUEL MACRÓN")).toMatchObject({ status: "exact", speaker: { id: "emmanuel-macron" } });
    expect(matchOne("the Associated Press")).toMatchObject({ status: "exact", speaker: { id: "associated-press" } });
  });

  it("matches a remembered alias", () => {
    const known = SEEDED.map((speaker) => (speaker.id === "institute-for-the-study-of-war" ? { ...speaker, aliases: ["isw"] } : speaker));
    expect(matchOne("ISW", null, known)).toMatchObject({ status: "alias", speaker: { id: "institute-for-the-study-of-war" } });
  });

  it("matches a surname that is unique among the speakers, or whose role agrees", () => {
    expect(matchOne("Bevz")).toMatchObject({ status: "surname", speaker: { id: "oleksandr-bevz" } });
    expect(matchOne("Donald J. Trump")).toMatchObject({ status: "surname", speaker: { id: "donald-trump" } });
    const twoTrumps: KnownSpeaker[] = [
      ...SEEDED,
      { id: "melania-trump", name: "Melania Trump", kind: "PERSON", title: "First Lady of the United States", affiliation: null, aliases: [] },
    ];
    expect(matchOne("Trump", "President", twoTrumps)).toMatchObject({ status: "surname", speaker: { id: "donald-trump" } });
    // Two Trumps and no role to tell them apart: not guessed.
    expect(matchOne("Trump", null, twoTrumps).status).toBe("new");
  });

  it("never matches a different first name, even with the same surname", () => {
    const match = matchOne("Eric Trump");
    expect(match).toMatchObject({ status: "new", speaker: null, article: { name: "Eric Trump", kind: "PERSON" } });
    expect(matchOne("Don Driscoll").status).toBe("new");
    expect(matchOne("Dan Driscoll").status).toBe("exact");
  });

  it("matches a body by its short name when one organisation's name starts with it", () => {
    expect(matchOne("Bloomberg")).toMatchObject({ status: "short", speaker: { id: "bloomberg-news" } });
    expect(matchOne("Russia").status).toBe("new");
  });

  it("matches a close spelling, flagged for review", () => {
    for (const name of ["Zelensky", "Volodymyr Zelensky", "Zelenskiy", "Kirill Dmitryev", "Institute for the Study of the War"]) {
      const match = matchOne(name);
      expect(match.status, name).toBe("close");
      expect(needsReview(match)).toBe(true);
    }
    expect(matchOne("Zelensky").speaker?.id).toBe("volodymyr-zelenskyy");
  });

  it("does not stretch a close spelling to short or different names", () => {
    // One letter in four is another name; and a close surname never excuses a different first name.
    expect(matchOne("Bevc").status).toBe("new");
    expect(matchOne("Oleksii Zelenskyy").status).toBe("new");
    expect(matchOne("Donald Tusk").status).toBe("new");
  });

  it("gives one match to every name of one person in the article", () => {
    const matches = matchArticleSpeakers([mention("Oleksandr Bevz", "Ukrainian delegate"), mention("Bevz")], SEEDED);
    expect(matches.get("Bevz")).toBe(matches.get("Oleksandr Bevz"));
    expect(matches.get("Bevz")).toMatchObject({ status: "exact", speaker: { id: "oleksandr-bevz" } });
  });

  it("offers an unknown person or body as a new speaker with the article's role and a kind", () => {
    expect(matchOne("Ukraine's air force")).toMatchObject({ status: "new", article: { kind: "ORGANIZATION", role: null } });
    expect(matchOne("Andrii Yermak", "head of the presidential office")).toMatchObject({
      status: "new",
      article: { name: "Andrii Yermak", role: "head of the presidential office", kind: "PERSON" },
    });
  });
});
