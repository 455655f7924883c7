// Issue 11: ingesting into the SEEDED desk: the article's speakers are the seeded ones (no second
// Trump, Bevz or Macron), its source is the seeded article's, passages the seed already anchors are
// not drafted again, and an editor's correction of a speaker is remembered for the next article.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createIngestDrafts, previewIngest, type IngestPreview } from "@/lib/ingest/ingest-article";
import { normaliseName } from "@/lib/ingest/speaker-names";
import { mergeSpeakers } from "@/lib/speakers/speakers";
import { SEED_ARTICLE, readSeedArticle } from "@/seed/article";
import { SEED_SPEAKERS } from "@/seed/data/speakers";
import { createTestActor, seedTestDatabase } from "../helpers/fixtures";
import { countEveryTable, keepEveryCandidateWithASpeaker, surname } from "../helpers/ingest";

const ARTICLE = readSeedArticle();
const DETAILS = { title: "Trump sends envoys (pasted again)", outlet: "Newslooks", published: "2025-11-26" };

let editor: Actor;
beforeAll(async () => {
  await seedTestDatabase();
  editor = await createTestActor("EDITOR");
});

async function preview(input: object): Promise<IngestPreview> {
  const result = await previewIngest(editor, input);
  if (!result.ok) throw new Error(`preview refused: ${result.message}`);
  return result.preview;
}

describe("ingesting the seed article into the seeded desk", () => {
  it("matches every seeded speaker it names, creates no duplicate, and adds to the seeded article's source", async () => {
    const seededSpeakers = await db.speaker.findMany({ select: { id: true, name: true, kind: true } });
    const seededSource = await db.source.findUniqueOrThrow({ where: { slug: SEED_ARTICLE.slug }, select: { id: true, textHash: true } });
    expect(seededSource.textHash).toBeNull();

    const found = await preview({ text: ARTICLE, ...DETAILS });
    expect(found.source?.id).toBe(seededSource.id);
    const named = found.candidates.flatMap((candidate) => (candidate.match ? [candidate.match] : []));
    // Whoever the article names that the seed has is matched to the seeded speaker.
    for (const seeded of SEED_SPEAKERS.filter((speaker) => speaker.kind === "PERSON")) {
      for (const match of named.filter((match) => surname(match.article.name) === surname(seeded.name))) {
        expect(match.speaker?.name, match.article.name).toBe(seeded.name);
      }
    }
    for (const person of ["Donald Trump", "Oleksandr Bevz", "Emmanuel Macron", "Keir Starmer", "Volodymyr Zelenskyy", "Sergey Lavrov"]) {
      expect(named.some((match) => match.speaker?.name === person), person).toBe(true);
    }
    // The seed anchors most quotes already: those are shown as drafted, and kept by no default.
    const alreadyDrafted = found.candidates.filter((candidate) => candidate.alreadyDrafted);
    expect(alreadyDrafted.length).toBeGreaterThanOrEqual(10);

    const before = await countEveryTable();
    const result = await createIngestDrafts(editor, { text: ARTICLE, ...DETAILS, drafts: keepEveryCandidateWithASpeaker(found) });
    if (!result.ok) throw new Error(result.message);
    expect(result.source).toMatchObject({ id: seededSource.id, created: false });
    expect(result.skipped).toBe(alreadyDrafted.filter((candidate) => candidate.match).length);
    expect(result.claimIds.length + result.skipped).toBe(keepEveryCandidateWithASpeaker(found).length);

    // New speakers only for whoever the seed does not have; none shares a seeded person's surname or a body's name.
    const created = await db.speaker.findMany({ where: { id: { notIn: seededSpeakers.map((speaker) => speaker.id) } }, select: { name: true } });
    expect(created).toHaveLength(result.speakersCreated);
    for (const { name } of created) {
      expect(seededSpeakers.filter((speaker) => speaker.kind === "PERSON").map((speaker) => surname(speaker.name)), name).not.toContain(surname(name));
      expect(seededSpeakers.map((speaker) => normaliseName(speaker.name)), name).not.toContain(normaliseName(name));
    }
    const after = await countEveryTable();
    expect(after).toMatchObject({ sources: before.sources, speakers: before.speakers + result.speakersCreated, claims: before.claims + result.claimIds.length });
    // The seeded source got its hash on the way, so the next paste finds it at once.
    expect((await db.source.findUniqueOrThrow({ where: { id: seededSource.id } })).textHash).toMatch(/^[0-9a-f]{64}$/);

    const again = await createIngestDrafts(editor, { text: ARTICLE, ...DETAILS, drafts: keepEveryCandidateWithASpeaker(await preview({ text: ARTICLE, ...DETAILS })) });
    expect(again).toMatchObject({ ok: true, claimIds: [], speakersCreated: 0 });
    expect(await countEveryTable()).toEqual(after);
  });
});

describe("an editor's correction of a speaker is remembered", () => {
  const article = (said: string) => `Kyiv talks\n\n“We will not trade our land for a pause,” ${said} said on Thursday.`;

  it("learns the article's name as the chosen speaker's alias, and matches it exactly the next time", async () => {
    const zelenskyy = await db.speaker.findUniqueOrThrow({ where: { slug: "volodymyr-zelenskyy" } });
    const found = await preview({ text: article("Volodymyr Zelenski"), ...DETAILS, title: "Kyiv talks" });
    const [quote] = found.candidates;
    // Two letters off in a nine-letter surname: not close enough to guess, so a new speaker is proposed.
    expect(quote?.match).toMatchObject({ status: "new", article: { name: "Volodymyr Zelenski" } });

    const result = await createIngestDrafts(editor, {
      text: article("Volodymyr Zelenski"),
      ...DETAILS,
      title: "Kyiv talks",
      drafts: [{ candidate: quote!.index, start: quote!.start, speaker: { kind: "existing", id: zelenskyy.id } }],
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.speakersCreated).toBe(0);
    expect(await db.claim.findUniqueOrThrow({ where: { id: result.claimIds[0] } })).toMatchObject({ claimantId: zelenskyy.id, workflow: "DRAFT" });
    expect(await db.speakerAlias.findUnique({ where: { alias: "volodymyr zelenski" } })).toMatchObject({ speakerId: zelenskyy.id });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "speaker.alias", entityId: zelenskyy.id } });
    expect(JSON.parse(audit.after!)).toMatchObject({ alias: "volodymyr zelenski", speakerId: zelenskyy.id });

    const next = await preview({ text: `${article("Volodymyr Zelenski")} He spoke for an hour.`, ...DETAILS, title: "Kyiv talks, again" });
    expect(next.candidates[0]?.match).toMatchObject({ status: "alias", speaker: { id: zelenskyy.id } });
  });

  it("keeps no alias when the editor accepts the proposed speaker, nor a bare surname of a person", async () => {
    const aliases = await db.speakerAlias.count();
    const bevz = await db.speaker.findUniqueOrThrow({ where: { slug: "oleksandr-bevz" } });
    const text = `Geneva\n\n“Nothing is agreed,” Oleksandr Bevz said.\n\n“Nothing at all,” Bevzz said later.`;
    const found = await preview({ text, ...DETAILS, title: "Geneva" });
    const drafts = found.candidates.filter((candidate) => candidate.kind === "quote").map((candidate) => ({ candidate: candidate.index, start: candidate.start, speaker: { kind: "existing", id: bevz.id } }));
    expect(drafts).toHaveLength(2);
    const result = await createIngestDrafts(editor, { text, ...DETAILS, title: "Geneva", drafts });
    expect(result.ok).toBe(true);
    expect(await db.speakerAlias.count()).toBe(aliases);
  });

  it("merging speakers moves the duplicate's aliases, and its name, to the kept one", async () => {
    const zelenskyy = await db.speaker.findUniqueOrThrow({ where: { slug: "volodymyr-zelenskyy" } });
    const duplicate = await db.speaker.create({ data: { slug: "v-zelensky", name: "V. Zelensky", aliases: { create: { alias: "president zelensky" } } } });
    const merged = await mergeSpeakers(editor, { keepId: zelenskyy.id, mergeId: duplicate.id });
    expect(merged.ok).toBe(true);
    expect(await db.speakerAlias.findMany({ where: { alias: { in: ["president zelensky", "v zelensky"] } }, select: { alias: true, speakerId: true }, orderBy: { alias: "asc" } })).toEqual([
      { alias: "president zelensky", speakerId: zelenskyy.id },
      { alias: "v zelensky", speakerId: zelenskyy.id },
    ]);
  });
});
