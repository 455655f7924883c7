import type { Actor } from "../auth/actor";
import { canIngestArticle } from "../auth/permissions";
import { insertDraftClaim } from "../claims/create-claim";
import { ZCreateClaimInput } from "../claims/schemas";
import { db, lockKeys, type DbTransaction } from "../db";
import { denied, failure, invalid, zodFieldErrors, type FieldErrors, type Result } from "../result";
import { insertSource } from "../sources/sources";
import { anchoredPassages, anchorInSource, findArticleSource, passageKey, type ArticleSource } from "./article-source";
import { articleTextHash } from "./article-text";
import type { Candidate } from "./candidate";
import { anchoredWords, draftQuote, draftStatement, passageSegments, type PassageSegment } from "./draft-claim";
import { extractCandidates, splitArticleParagraphs } from "./extract";
import { rememberAliases, resolveSpeakers, speakerChoice, type Kept } from "./draft-speakers";
import { ZDraftSpeaker, ZIngestArticleInput, ZIngestDraftsInput, type TIngestArticle, type TIngestArticleInput } from "./ingest-input";
import { loadKnownSpeakers } from "./known-speakers";
import { matchArticleSpeakers, type KnownSpeaker, type SpeakerMatch } from "./speaker-match";

/**
 * Article ingestion (issue 11): a pasted article becomes a source holding its text and one DRAFT,
 * UNVERIFIED claim per kept candidate, each anchored to its passage, with its speaker matched to
 * the desk's or created. Previewing writes nothing; creating writes everything in one transaction,
 * and the same article again creates nothing new (its source is found by its text's hash, and a
 * candidate whose passage a claim of that source is already anchored to is skipped).
 */

export const NO_CANDIDATES_MESSAGE =
  "No quotes or attributed figures were found in this text, so there is nothing to draft. Is it a news article that quotes people?";
const STALE_MESSAGE = "The article's candidates have changed since they were found: find quotes again.";

const noCandidates = () => invalid({ text: [NO_CANDIDATES_MESSAGE] }, NO_CANDIDATES_MESSAGE);

export type PreviewCandidate = Omit<Candidate, "end"> & {
  /** Its place in the extractor's list, which the choices of what to keep refer to. */
  index: number;
  /** Its paragraph(s), split around its words, for highlighting. */
  passage: PassageSegment[];
  /** Who the speaker is in the desk (or would be, as a new speaker); null when the extractor named no one. */
  match: SpeakerMatch | null;
  /** A claim of this article's source is already anchored here: keeping it again creates nothing. */
  alreadyDrafted: boolean;
};

export type IngestPreview = {
  candidates: PreviewCandidate[];
  /** The source this text was stored as before, if it was. */
  source: { id: string; slug: string; title: string } | null;
};

async function buildPreview(article: TIngestArticle): Promise<IngestPreview | null> {
  const candidates = extractCandidates(article.text);
  if (candidates.length === 0) return null;
  const [known, source] = await Promise.all([loadKnownSpeakers(db), findArticleSource(db, articleTextHash(article.text), { backfill: false })]);
  const matches = matchArticleSpeakers(candidates, known);
  const drafted = source ? await anchoredPassages(db, source) : new Set<string>();
  const paragraphs = splitArticleParagraphs(article.text);
  return {
    source: source && { id: source.id, slug: source.slug, title: source.title },
    candidates: candidates.map(({ end, ...candidate }, index) => {
      const placed = source && anchorInSource(source.text, article.text, candidate.start, anchoredWords(article.text, { ...candidate, end }));
      return {
        ...candidate,
        index,
        passage: passageSegments(paragraphs, { start: candidate.start, end }),
        match: (candidate.speaker && matches.get(candidate.speaker.trim())) || null,
        alreadyDrafted: Boolean(placed && drafted.has(passageKey(placed.start, placed.anchor.exact))),
      };
    }),
  };
}

/** The candidates an article yields, with their speakers matched and their passages: nothing is written. */
export async function previewIngest(actor: Actor | null, input: unknown): Promise<Result<{ preview: IngestPreview }>> {
  if (!canIngestArticle(actor)) return denied(actor, "Your account cannot ingest articles.");
  const parsed = ZIngestArticleInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const preview = await buildPreview(parsed.data);
  return preview ? { ok: true, preview } : noCandidates();
}

export type IngestOutcome = {
  source: { id: string; slug: string; title: string; created: boolean };
  claimIds: string[];
  /** Kept candidates already drafted from this article before. */
  skipped: number;
  speakersCreated: number;
};

/** What a long ingestion reports as it goes (the command line prints a line for each). */
export type IngestProgress =
  | { step: "candidates"; found: number; quotes: number; figures: number; withoutSpeaker: number }
  | { step: "speakers"; existing: number; closeSpelling: number; new: number }
  | { step: "source"; created: boolean; title: string }
  | { step: "claim"; done: number; total: number };
type OnProgress = (progress: IngestProgress) => void;

/**
 * Creates the drafts an editor kept from a preview, in one transaction: the source (or the one
 * this text was stored as), the new speakers chosen, one DRAFT claim per kept candidate not
 * drafted before, and the aliases an editor's corrections teach (lib/ingest/speaker-match.ts).
 */
export async function createIngestDrafts(actor: Actor | null, input: unknown, onProgress?: OnProgress): Promise<Result<IngestOutcome>> {
  if (!canIngestArticle(actor)) return denied(actor, "Your account cannot ingest articles.");
  return ingestDrafts(actor.id, input, onProgress);
}

/**
 * `npm run ingest -- FILE --title …`: every candidate with a speaker, each with the speaker
 * matching found (a new speaker where none matched); candidates without a speaker are left out,
 * and counted. Acts as no user (actor null, "the command line" in the audit log), as
 * `user:create` does: whoever runs it has the database already.
 */
export async function ingestArticleFromCommandLine(input: Partial<TIngestArticleInput>, onProgress?: OnProgress): Promise<Result<IngestOutcome & { withoutSpeaker: number }>> {
  const parsed = ZIngestArticleInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const preview = await buildPreview(parsed.data);
  if (!preview) return noCandidates();
  const withSpeaker = preview.candidates.filter((candidate) => candidate.match);
  const matched = [...new Set(withSpeaker.map((candidate) => candidate.match!))];
  onProgress?.({
    step: "candidates",
    found: preview.candidates.length,
    quotes: preview.candidates.filter((candidate) => candidate.kind === "quote").length,
    figures: preview.candidates.filter((candidate) => candidate.kind === "figure").length,
    withoutSpeaker: preview.candidates.length - withSpeaker.length,
  });
  onProgress?.({
    step: "speakers",
    existing: matched.filter((match) => match.speaker).length,
    closeSpelling: matched.filter((match) => match.status === "close").length,
    new: matched.filter((match) => match.status === "new").length,
  });
  if (withSpeaker.length === 0) {
    const message = `None of the ${preview.candidates.length} candidates has a speaker the extractor could name, so nothing was created. Choose their speakers on the desk's ingest page.`;
    return invalid({ text: [message] }, message);
  }
  const drafts = withSpeaker.map((candidate) => ({ candidate: candidate.index, start: candidate.start, speaker: speakerChoice(candidate.match!) }));
  const outcome = await ingestDrafts(null, { ...input, drafts }, onProgress);
  return outcome.ok ? { ...outcome, withoutSpeaker: preview.candidates.length - withSpeaker.length } : outcome;
}

/** A unique constraint failed: a concurrent ingestion of the same text created its source first. */
const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

async function ingestDrafts(actorId: string | null, input: unknown, onProgress?: OnProgress): Promise<Result<IngestOutcome>> {
  const parsed = ZIngestDraftsInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const { drafts, ...article } = parsed.data;
  const candidates = extractCandidates(article.text);
  if (candidates.length === 0) return noCandidates();

  const kept: Kept[] = [];
  const fieldErrors: FieldErrors = {};
  for (const draft of drafts) {
    const candidate = candidates[draft.candidate];
    if (!candidate || candidate.start !== draft.start) return failure("invalid", STALE_MESSAGE, { "": [STALE_MESSAGE] });
    const speaker = ZDraftSpeaker.safeParse(draft.speaker);
    if (speaker.success) kept.push({ index: draft.candidate, candidate, speaker: speaker.data });
    else fieldErrors[`speaker-${draft.candidate}`] = speaker.error.issues.map((issue) => issue.message);
  }
  const known = await loadKnownSpeakers(db);
  const knownById = new Map(known.map((speaker) => [speaker.id, speaker]));
  for (const { index, speaker } of kept) {
    if (speaker.kind === "existing" && !knownById.has(speaker.id)) fieldErrors[`speaker-${index}`] = ["No such speaker: choose another"];
  }
  if (Object.keys(fieldErrors).length > 0) return invalid(fieldErrors, "Some kept candidates need a speaker: choose one, or leave them out.");
  kept.sort((a, b) => a.index - b.index);

  const context = { actorId, article, kept, known, matches: matchArticleSpeakers(candidates, known), onProgress };
  for (let attempt = 1; ; attempt++) {
    try {
      return { ok: true, ...(await db.$transaction((tx) => writeDrafts(tx, context), { timeout: 60_000, maxWait: 10_000 })) };
    } catch (error) {
      if (attempt >= 2 || !isUniqueViolation(error)) throw error;
    }
  }
}

type WriteContext = {
  actorId: string | null;
  article: TIngestArticle;
  kept: Kept[];
  known: KnownSpeaker[];
  matches: Map<string, SpeakerMatch>;
  onProgress?: OnProgress;
};

async function writeDrafts(tx: DbTransaction, { actorId, article, kept, known, matches, onProgress }: WriteContext): Promise<IngestOutcome> {
  const hash = articleTextHash(article.text);
  // Two ingestions of one text wait for each other on PostgreSQL (SQLite has one writer anyway).
  await lockKeys(tx, [`ingest:${hash}`]);
  const found = await findArticleSource(tx, hash, { backfill: true });
  const source: ArticleSource =
    found ??
    (await insertSource(tx, actorId, {
      title: article.title,
      kind: "NEWS_ARTICLE",
      publisher: article.outlet,
      url: article.url,
      publishedAt: article.published,
      verification: "UNVERIFIED",
      verificationNote: null,
      text: article.text,
      textHash: hash,
    }).then((created) => ({ id: created.id, slug: created.slug, title: created.title, text: article.text })));
  onProgress?.({ step: "source", created: !found, title: source.title });

  const { speakers, created: speakersCreated } = await resolveSpeakers(tx, actorId, kept, known);
  const drafted = await anchoredPassages(tx, source);
  const claimIds: string[] = [];
  let skipped = 0;
  for (const [done, { index, candidate }] of kept.entries()) {
    const speaker = speakers.get(index)!;
    const placed = anchorInSource(source.text, article.text, candidate.start, anchoredWords(article.text, candidate));
    const key = placed && passageKey(placed.start, placed.anchor.exact);
    if (key && drafted.has(key)) {
      skipped++;
    } else {
      const data = ZCreateClaimInput.parse({
        statement: draftStatement(candidate, speaker.name),
        quote: draftQuote(candidate) ?? undefined,
        claimantId: speaker.id,
        // When it was said is rarely in the article: its publication day, marked as inferred.
        saidAt: article.published?.toISOString().slice(0, 10),
        saidAtInferred: Boolean(article.published),
        firstAppearanceId: source.id,
      });
      const claim = await insertDraftClaim(
        tx,
        actorId,
        data,
        { anchor: placed?.anchor ?? null, claimantName: speaker.name },
        { action: "claim.ingest", details: { foundAs: candidate.kind, confidence: candidate.confidence } },
      );
      claimIds.push(claim.id);
      if (key) drafted.add(key);
    }
    onProgress?.({ step: "claim", done: done + 1, total: kept.length });
  }
  await rememberAliases(tx, actorId, kept, speakers, matches);
  return { source: { id: source.id, slug: source.slug, title: source.title, created: !found }, claimIds, skipped, speakersCreated };
}
