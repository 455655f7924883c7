// Issue 11: article ingestion into an EMPTY migrated database (no seed): the seed article's
// drafts match the seeded claims' quotes and speakers, a second run creates nothing, roles are
// checked, bad input writes nothing, and `npm run ingest` on both modes.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createPrismaClient, db } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { PRINTED_FIELDS } from "@/lib/ingest/candidate";
import { extractCandidates } from "@/lib/ingest/extract";
import { createIngestDrafts, NO_CANDIDATES_MESSAGE, previewIngest, type IngestPreview } from "@/lib/ingest/ingest-article";
import { MAX_ARTICLE_CHARS } from "@/lib/ingest/limits";
import { resolvePassage } from "@/lib/sources/anchor";
import { storedAnchor } from "@/lib/claims/passage-anchor";
import { SEED_ARTICLE, SEED_ARTICLE_FILE, readSeedArticle } from "@/seed/article";
import { SEED_CLAIMS } from "@/seed/data/claims";
import { SEED_SPEAKERS } from "@/seed/data/speakers";
import { createTestActor } from "../helpers/fixtures";
import { countEveryTable, keepEveryCandidateWithASpeaker, surname } from "../helpers/ingest";
import { createTestDatabase, unreachableDatabaseUrl, type TestDatabase } from "../helpers/test-database";

const ARTICLE = readSeedArticle();
const DETAILS = { title: SEED_ARTICLE.title, outlet: "Newslooks", url: "https://newslooks.com/trump-sends-envoys/", published: "2025-11-26" };

let contributor: Actor;
beforeAll(async () => {
  contributor = await createTestActor("CONTRIBUTOR");
});

async function preview(actor: Actor | null, input: object): Promise<IngestPreview> {
  const result = await previewIngest(actor, input);
  if (!result.ok) throw new Error(`preview refused: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.preview;
}

/** The trailing punctuation a reporter's sentence adds is not part of a quote. */
const words = (quote: string) => quote.trim().replace(/[\s,.;:]+$/u, "");

describe("ingesting the seed article into an empty database", () => {
  it("refuses anonymous and disabled users, and previewing writes nothing", async () => {
    const disabled = await createTestActor("EDITOR", { disabled: true });
    const before = await countEveryTable();
    expect(await previewIngest(null, { text: ARTICLE, ...DETAILS })).toMatchObject({ ok: false, error: "unauthenticated" });
    expect(await previewIngest(disabled, { text: ARTICLE, ...DETAILS })).toMatchObject({ ok: false, error: "forbidden" });
    const found = await preview(contributor, { text: ARTICLE, ...DETAILS });
    const drafts = keepEveryCandidateWithASpeaker(found);
    expect(await createIngestDrafts(null, { text: ARTICLE, ...DETAILS, drafts })).toMatchObject({ ok: false, error: "unauthenticated" });
    expect(await createIngestDrafts(disabled, { text: ARTICLE, ...DETAILS, drafts })).toMatchObject({ ok: false, error: "forbidden" });
    expect(found.source).toBeNull();
    expect(found.candidates.length).toBeGreaterThan(0);
    expect(await countEveryTable()).toEqual(before);
  });

  it("a contributor's drafts match the seeded claims' quotes and speakers, anchored, unverified, audited", async () => {
    const found = await preview(contributor, { text: ARTICLE, ...DETAILS });
    // In an empty desk every speaker is new: one per person, however the article names them.
    const newNames = [...new Set(found.candidates.flatMap((candidate) => (candidate.match?.status === "new" ? [candidate.match.article.name] : [])))];
    expect(found.candidates.every((candidate) => !candidate.match || candidate.match.status === "new")).toBe(true);
    expect(new Set(newNames.map(surname)).size).toBe(newNames.length);

    const drafts = keepEveryCandidateWithASpeaker(found);
    const result = await createIngestDrafts(contributor, { text: ARTICLE, ...DETAILS, drafts });
    if (!result.ok) throw new Error(result.message);
    expect(result).toMatchObject({ skipped: 0, speakersCreated: newNames.length, source: { created: true } });
    expect(result.claimIds).toHaveLength(drafts.length);

    const source = await db.source.findUniqueOrThrow({ where: { id: result.source.id } });
    expect(source).toMatchObject({ kind: "NEWS_ARTICLE", title: DETAILS.title, publisher: DETAILS.outlet, url: DETAILS.url, verification: "UNVERIFIED" });
    expect(source.publishedAt?.toISOString()).toBe("2025-11-26T00:00:00.000Z");
    expect(source.text).toBe(ARTICLE.trimEnd());
    expect(source.textHash).toMatch(/^[0-9a-f]{64}$/);

    const claims = await db.claim.findMany({ where: { firstAppearanceId: source.id }, include: { claimant: true } });
    expect(claims).toHaveLength(drafts.length);
    for (const claim of claims) {
      expect(claim).toMatchObject({ workflow: "DRAFT", verification: "UNVERIFIED", createdById: contributor.id, saidAtInferred: true });
      expect(claim.saidAt?.toISOString()).toBe("2025-11-26T00:00:00.000Z");
      expect(claim.statement.length).toBeLessThanOrEqual(500);
      // Each draft's anchor leads to its own words in the stored text.
      const anchor = storedAnchor(claim);
      expect(anchor, claim.statement).not.toBeNull();
      expect(resolvePassage(source.text!, anchor!)?.exact).toBe(anchor!.exact);
    }

    // Every seeded claim whose quote is in the article verbatim: a draft holds that quote (or a quote
    // containing it: the seed cut one of Petrivna's quotes in two), said by the seeded claimant or
    // the one it relays (by surname).
    const speakerName = (slug: string) => SEED_SPEAKERS.find((speaker) => speaker.slug === slug)!.name;
    const expected = SEED_CLAIMS.filter((claim) => claim.quote && ARTICLE.includes(claim.quote));
    const missing = expected
      .filter((seeded) => {
        const surnames = [seeded.claimant, seeded.relayedFrom].flatMap((slug) => (slug ? [surname(speakerName(slug))] : []));
        return !claims.some((draft) => draft.quote && words(draft.quote).includes(words(seeded.quote!)) && surnames.includes(surname(draft.claimant.name)));
      })
      .map((seeded) => `${seeded.slug}: “${seeded.quote}” (${speakerName(seeded.claimant)})`);
    console.info(`ingest: ${expected.length - missing.length} of ${expected.length} seeded quotes drafted with their speaker`);
    expect(missing).toEqual([]);

    const audit = await db.auditEvent.findMany({ where: { actorId: contributor.id }, select: { action: true, entityId: true } });
    const count = (action: string) => audit.filter((entry) => entry.action === action).length;
    expect(count("source.create")).toBe(1);
    expect(count("speaker.create")).toBe(newNames.length);
    expect(count("claim.ingest")).toBe(claims.length);
  });

  it("the same text again creates nothing, even pasted with other line endings and trailing spaces", async () => {
    const before = await countEveryTable();
    for (const text of [ARTICLE, `\r\n${ARTICLE.replaceAll("\n", "  \r\n")}\r\n\r\n`]) {
      const found = await preview(contributor, { text, ...DETAILS, title: "Another title for the same text" });
      expect(found.source?.title).toBe(DETAILS.title);
      expect(found.candidates.filter((candidate) => candidate.match).every((candidate) => candidate.alreadyDrafted)).toBe(true);
      // Every speaker now exists: the ones created by the first run.
      expect(found.candidates.every((candidate) => !candidate.match || candidate.match.speaker)).toBe(true);
      const result = await createIngestDrafts(contributor, { text, ...DETAILS, drafts: keepEveryCandidateWithASpeaker(found) });
      expect(result).toMatchObject({ ok: true, claimIds: [], speakersCreated: 0, source: { created: false } });
      if (result.ok) expect(result.skipped).toBe(keepEveryCandidateWithASpeaker(found).length);
    }
    expect(await countEveryTable()).toEqual(before);
  });
});

describe("bad input writes nothing and says what is wrong", () => {
  const refusals: [string, object, string, RegExp][] = [
    ["empty text", { text: "  \n\n " }, "text", /Paste the article's text/],
    ["no text at all", { text: undefined }, "text", /Paste the article's text/],
    ["a text over the limit", { text: "“Yes,” Smith said. ".repeat(MAX_ARTICLE_CHARS / 10) }, "text", /too long: .* at most 200,000/],
    ["a binary file", { text: `%PDF-1.7\n${"\u0001\u0002\uFFFD".repeat(50)}“Yes,” Smith said.` }, "text", /binary file, not text/],
    ["a NUL character", { text: `“We will win,” Smith said.\u0000` }, "text", /binary file, not text/],
    ["no quotes found", { text: "The weather was fine all week.\n\nNobody said anything." }, "text", /No quotes or attributed figures were found/],
    ["no title", { title: " " }, "title", /Give the article's title/],
    ["no outlet", { outlet: undefined }, "outlet", /Name the outlet/],
    ["a script address", { url: "javascript:alert(1)" }, "url", /full web address/],
    ["a date that is not one", { published: "26/11/2025" }, "published", /Use a date like/],
  ];

  it.each(refusals)("%s", async (_what, change, field, message) => {
    const before = await countEveryTable();
    const input = { text: ARTICLE, ...DETAILS, ...change };
    const previewed = await previewIngest(contributor, input);
    expect(previewed).toMatchObject({ ok: false, error: "invalid" });
    if (!previewed.ok) expect(previewed.fieldErrors?.[field]?.join(" ")).toMatch(message);
    const created = await createIngestDrafts(contributor, { ...input, drafts: [{ candidate: 0, start: 0, speaker: { kind: "new", name: "Somebody" } }] });
    expect(created).toMatchObject({ ok: false, error: "invalid" });
    if (!created.ok) expect(created.fieldErrors?.[field]?.join(" ")).toMatch(message);
    expect(await countEveryTable()).toEqual(before);
  });

  it("no quotes found is said in a sentence", async () => {
    const result = await previewIngest(contributor, { text: "Nothing to see here.", ...DETAILS });
    expect(result).toMatchObject({ ok: false, message: NO_CANDIDATES_MESSAGE });
  });

  it("refuses kept candidates without a speaker, with an unknown speaker, or from another text, naming each", async () => {
    const text = "Talks\n\n“We are ready to talk,” Jane Smith said on Monday.\n\n“We are not,” said a voice in the crowd.";
    const [first] = extractCandidates(text);
    const before = await countEveryTable();
    const noSpeaker = await createIngestDrafts(contributor, { text, ...DETAILS, drafts: [{ candidate: 0, start: first!.start }] });
    expect(noSpeaker).toMatchObject({ ok: false, fieldErrors: { "speaker-0": ["Choose who said this, or leave it out"] } });
    const unknown = await createIngestDrafts(contributor, { text, ...DETAILS, drafts: [{ candidate: 0, start: first!.start, speaker: { kind: "existing", id: "nobody" } }] });
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { "speaker-0": ["No such speaker: choose another"] } });
    const blankName = await createIngestDrafts(contributor, { text, ...DETAILS, drafts: [{ candidate: 0, start: first!.start, speaker: { kind: "new", name: " " } }] });
    expect(blankName).toMatchObject({ ok: false, fieldErrors: { "speaker-0": ["Give the new speaker's name"] } });
    const stale = await createIngestDrafts(contributor, { text, ...DETAILS, drafts: [{ candidate: 0, start: first!.start + 1, speaker: { kind: "new", name: "Jane Smith" } }] });
    expect(stale).toMatchObject({ ok: false, message: expect.stringMatching(/find quotes again/) });
    const none = await createIngestDrafts(contributor, { text, ...DETAILS, drafts: [] });
    expect(none).toMatchObject({ ok: false, fieldErrors: { drafts: ["Choose at least one candidate to keep"] } });
    expect(await countEveryTable()).toEqual(before);
  });
});

describe("anchoring at the candidate's own offset", () => {
  it("anchors a phrase said twice to each occurrence, and the second run skips both", async () => {
    const text = "Two rallies\n\n“We will win,” Maria Lopez said in Madrid.\n\nLater, in Paris: “We will win,” Jean Dupont said.";
    const found = await preview(contributor, { text, ...DETAILS, title: "Two rallies" });
    const quotes = found.candidates.filter((candidate) => candidate.kind === "quote");
    expect(quotes.map((quote) => [words(quote.text), quote.speaker])).toEqual([
      ["We will win", "Maria Lopez"],
      ["We will win", "Jean Dupont"],
    ]);
    const result = await createIngestDrafts(contributor, { text, ...DETAILS, title: "Two rallies", drafts: keepEveryCandidateWithASpeaker(found) });
    if (!result.ok) throw new Error(result.message);
    const claims = await db.claim.findMany({ where: { id: { in: result.claimIds } }, include: { claimant: true } });
    const byName = new Map(claims.map((claim) => [claim.claimant.name, claim]));
    expect(byName.get("Maria Lopez")).toMatchObject({ anchorParagraph: 1, quote: "We will win", statement: "We will win" });
    expect(byName.get("Jean Dupont")).toMatchObject({ anchorParagraph: 2, quote: "We will win" });
    expect(resolvePassage(text, storedAnchor(byName.get("Jean Dupont")!)!)?.before).toBe("Later, in Paris: “");

    const again = await createIngestDrafts(contributor, { text, ...DETAILS, title: "Two rallies", drafts: keepEveryCandidateWithASpeaker(found) });
    expect(again).toMatchObject({ ok: true, claimIds: [], skipped: claims.length });
  });
});

describe("npm run ingest", () => {
  const tsx = path.resolve("node_modules/.bin/tsx");
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    await Promise.all(databases.map((database) => database.drop()));
  });

  function ingestCli(args: string[], databaseUrl: string) {
    return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(tsx, [path.resolve("prisma/cli/ingest.ts"), ...args], { env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "development" }, timeout: 60_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
  }
  const scratch = mkdtempSync(path.join(os.tmpdir(), "claimdesk-ingest-"));
  const file = (name: string, content: string | Buffer) => {
    const at = path.join(scratch, name);
    writeFileSync(at, content);
    return at;
  };

  it("--json prints exactly the candidates' printed fields, needs no database and writes nothing", async () => {
    const { code, stdout, stderr } = await ingestCli(["--json", SEED_ARTICLE_FILE], unreachableDatabaseUrl());
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const printed = JSON.parse(stdout) as { candidates: Record<string, unknown>[] };
    expect(Object.keys(printed)).toEqual(["candidates"]);
    expect(printed.candidates).toEqual(
      extractCandidates(ARTICLE.trimEnd()).map((candidate) => Object.fromEntries(PRINTED_FIELDS.map((field) => [field, candidate[field]]))),
    );
    for (const candidate of printed.candidates) expect(Object.keys(candidate)).toEqual([...PRINTED_FIELDS]);
  });

  it("stores the article with progress lines; a second run creates nothing", async () => {
    const database = await createTestDatabase();
    databases.push(database);
    const migrate = await new Promise<number>((resolve) =>
      execFile(tsx, [path.resolve("prisma/cli/migrate.ts")], { env: { ...process.env, DATABASE_URL: database.url } }, (error) => resolve(error ? 1 : 0)),
    );
    expect(migrate).toBe(0);
    const args = [SEED_ARTICLE_FILE, "--title", DETAILS.title, "--outlet", DETAILS.outlet, "--url", DETAILS.url, "--published", DETAILS.published];
    const first = await ingestCli(args, database.url);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Reading .*article\.txt \(7,\d{3} characters\)$/m);
    expect(first.stdout).toMatch(/^Found \d+ candidates \(\d+ quotes, \d+ figures\)/m);
    expect(first.stdout).toMatch(/^Matching speakers: 0 in the desk, \d+ new$/m);
    expect(first.stdout).toContain(`Creating source “${DETAILS.title}”`);
    const total = Number(/claims (\d+)\/\1$/m.exec(first.stdout)?.[1]);
    expect(total).toBeGreaterThan(0);
    expect(first.stdout).toMatch(new RegExp(`^Done: created ${total} draft claims and \\d+ speakers; skipped 0 already drafted`, "m"));

    const client = createPrismaClient(resolveDatabaseTarget(database.url));
    try {
      const counts = async () => ({ claims: await client.claim.count(), speakers: await client.speaker.count(), sources: await client.source.count(), audit: await client.auditEvent.count() });
      const after = await counts();
      expect(after.claims).toBe(total);
      // The command line acts as no user: its audit entries say so.
      expect(await client.auditEvent.count({ where: { actorId: { not: null } } })).toBe(0);
      expect(await client.claim.count({ where: { workflow: "DRAFT", verification: "UNVERIFIED", createdById: null } })).toBe(total);

      const second = await ingestCli(args, database.url);
      expect(second.code).toBe(0);
      expect(second.stdout).toContain(`Source already stored: “${DETAILS.title}”`);
      expect(second.stdout).toMatch(new RegExp(`^Done: created 0 draft claims and 0 speakers; skipped ${total} already drafted`, "m"));
      expect(await counts()).toEqual(after);
    } finally {
      await client.$disconnect();
    }
  });

  it("exits 1 with a clear message on bad input, and 2 on a bad command line", async () => {
    const url = unreachableDatabaseUrl();
    const binary = file("photo.jpg", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, ...Array(200).fill(0x80)]));
    const empty = file("empty.txt", "\n\n");
    const cases: [string[], number, RegExp][] = [
      [["--json", binary], 1, /photo\.jpg: This looks like a binary file, not text/],
      [["--json", empty], 1, /empty\.txt: Paste the article's text/],
      [["--json", path.join(scratch, "missing.txt")], 1, /Cannot read .*missing\.txt: no such file/],
      [["--json", file("huge.txt", "x".repeat(MAX_ARTICLE_CHARS * 4 + 1))], 1, /huge\.txt is too large: 800,001 bytes/],
      [[SEED_ARTICLE_FILE, "--outlet", "Newslooks"], 1, /--title: Give the article's title/],
      [[SEED_ARTICLE_FILE, "--title", "T", "--outlet", "O", "--published", "yesterday"], 1, /--published: Use a date like 2025-11-25/],
      [["--json"], 2, /Usage:/],
      [["--json", SEED_ARTICLE_FILE, "--colour"], 2, /Unknown option '--colour'/],
    ];
    for (const [args, code, message] of cases) {
      const outcome = await ingestCli(args, url);
      expect(outcome.code, args.join(" ")).toBe(code);
      expect(outcome.stderr, args.join(" ")).toMatch(message);
      expect(outcome.stdout, args.join(" ")).not.toContain("{");
    }
  });
});
