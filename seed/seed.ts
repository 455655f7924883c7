import { recordAudit } from "../lib/audit/record";
import { hashPassword } from "../lib/auth/password";
import type { DbClient } from "../lib/db";
import { anchorPassage } from "../lib/sources/anchor";
import { claimSearchText } from "../lib/text/search-text";
import { slugify } from "../lib/text/slug";
import { resolveWeekday, utcDay } from "../lib/text/relative-date";
import { readSeedArticle, SEED_ARTICLE } from "./article";
import { SEED_CLAIMS, type SeedClaim } from "./data/claims";
import { SEED_SOURCES, type SeedSource } from "./data/sources";
import { SEED_SPEAKERS } from "./data/speakers";
import { DEMO_PASSWORD, DEMO_USERS } from "./data/users";

export const SEED_KINDS = ["topics", "speakers", "sources", "users", "claims", "evidence", "links"] as const;
export type SeedKind = (typeof SEED_KINDS)[number];
export type SeedReport = Record<SeedKind, { created: number; skipped: number }>;

export type SeedOptions = {
  /** Demo logins are for development only. */
  includeDemoUsers: boolean;
  onProgress?: (message: string) => void;
  /** Called at each step boundary with the step's name (lib/crash-point.ts: tests kill the seed there). */
  onStep?: (step: string) => void;
};

/** Demo logins exist for development only: never in production. */
export function shouldSeedDemoUsers(env: { NODE_ENV?: string }): boolean {
  return env.NODE_ENV !== "production";
}

/** Why a seeded claim was published, as its timeline and the feed give it to readers. */
const SEED_REASON = `From the ${SEED_ARTICLE.publisher} article "${SEED_ARTICLE.title}".`;

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const weekdayFormat = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" });

/** Why a claim is dated as it is, for a reader: the article names a weekday and carries no date. */
function saidOnNote(claim: SeedClaim, saidAt: Date): string {
  const words = claim.saidOnWords ?? claim.saidOn!;
  return (
    `The article says "${words}" without a date; we take it to be ${dayFormat.format(saidAt)}, the ${weekdayFormat.format(saidAt)} ` +
    `before the article appeared (the article is itself undated; we date it ${dayFormat.format(SEED_ARTICLE.publishedAt)}).`
  );
}

/**
 * The seed's "done" mark: an audit event written in the same transaction as its last step, so it
 * exists only once everything before it does. Until it does, a rerun finishes the job.
 */
const SEED_COMPLETE = { action: "seed.complete", entityType: "Seed", entityId: SEED_ARTICLE.slug } as const;

/** Whether the seed ran to its end ("complete"), was cut short ("partial"), or never started. */
export async function seedState(db: DbClient): Promise<"complete" | "partial" | "none"> {
  if (await db.auditEvent.count({ where: SEED_COMPLETE })) return "complete";
  // Topics, speakers and sources carry no audit entry, but a seed cut short before its first
  // claim leaves no claim either, and an empty database is seeded anyway.
  return (await db.auditEvent.count({ where: { action: "seed.create" } })) > 0 ? "partial" : "none";
}

/**
 * Loads the seed article's claims. It only ever creates: a record that already exists (by slug
 * or email) is skipped, so a second run creates nothing and an editor's changes are never
 * overwritten.
 *
 * Crash-safe: killed at any point (SIGKILL, power cut) and rerun, it ends with exactly what one
 * uninterrupted run loads. Each step is idempotent: rows are created when missing by natural key,
 * and a claim is written in one transaction with everything that belongs to it alone (topics,
 * subjects, evidence, its timeline entry, its audit entry), so no claim exists without them and
 * none of them twice. Links join two claims, so they come last, for every seed claim, whether
 * or not this run made it, in one transaction with the "done" mark. Once the mark exists, a link
 * is only added for a claim this run made: one an editor removed stays removed.
 */
export async function seedDatabase(db: DbClient, options: SeedOptions): Promise<SeedReport> {
  const report = Object.fromEntries(SEED_KINDS.map((kind) => [kind, { created: 0, skipped: 0 }])) as SeedReport;
  const progress = options.onProgress ?? (() => {});
  const step = options.onStep ?? (() => {});
  const articleText = readSeedArticle();

  const topicNames = [...new Set(SEED_CLAIMS.flatMap((claim) => claim.topics))];
  await createMissing(db, report.topics, "topic", topicNames.map((name) => ({ slug: slugify(name), name })), (row) =>
    db.topic.create({ data: row }),
  );
  progress(`topics: ${report.topics.created} created, ${report.topics.skipped} already there`);
  step("topics");

  await createMissing(db, report.speakers, "speaker", [...SEED_SPEAKERS], (speaker) => db.speaker.create({ data: speaker }));
  progress(`speakers: ${report.speakers.created} created, ${report.speakers.skipped} already there`);
  step("speakers");

  await createMissing(db, report.sources, "source", [...SEED_SOURCES], (source) => {
    const { published, isSeedArticle, ...fields }: SeedSource = source;
    return db.source.create({
      data: {
        ...fields,
        publishedAt: published ? utcDay(published.on) : null,
        publishedAtInferred: published?.inferred ?? false,
        text: isSeedArticle ? articleText : null,
      },
    });
  });
  progress(`sources: ${report.sources.created} created, ${report.sources.skipped} already there`);
  step("sources");

  if (options.includeDemoUsers) {
    const existing = new Set((await db.user.findMany({ select: { email: true } })).map((user) => user.email));
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const { email, name, role } of DEMO_USERS) {
      if (existing.has(email)) report.users.skipped++;
      else {
        await db.user.create({ data: { email, name, role, passwordHash } });
        report.users.created++;
      }
    }
    progress(`demo users: ${report.users.created} created, ${report.users.skipped} already there`);
  }
  step("users");

  const ids = await loadIds(db);
  const editorId = ids.users.get(DEMO_USERS[1].email) ?? null;
  const finishedBefore = (await seedState(db)) === "complete";
  const existingClaims = new Set((await db.claim.findMany({ select: { slug: true } })).map((claim) => claim.slug));
  const createdNow = new Set<string>();
  for (const [index, claim] of SEED_CLAIMS.entries()) {
    if (existingClaims.has(claim.slug)) {
      report.claims.skipped++;
      report.evidence.skipped += claim.evidence.length;
    } else {
      await createSeedClaim(db, claim, { articleText, ids, editorId, step });
      report.claims.created++;
      report.evidence.created += claim.evidence.length;
      createdNow.add(claim.slug);
    }
    if ((index + 1) % 10 === 0) progress(`claims: ${index + 1}/${SEED_CLAIMS.length}`);
    step(`claim ${claim.slug}`);
  }
  progress(`claims: ${report.claims.created} created, ${report.claims.skipped} already there`);

  await db.$transaction(async (tx) => {
    const claimIds = new Map((await tx.claim.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
    const existingLinks = new Set(
      (await tx.claimLink.findMany({ select: { fromClaimId: true, toClaimId: true, type: true } })).map(linkKey),
    );
    for (const claim of SEED_CLAIMS) {
      for (const link of claim.links ?? []) {
        const data = { fromClaimId: claimIds.get(claim.slug), toClaimId: claimIds.get(link.to), type: link.type };
        const mayAdd = !finishedBefore || createdNow.has(claim.slug) || createdNow.has(link.to);
        // An end an editor deleted after the seed finished: nothing to link.
        if (!data.fromClaimId || !data.toClaimId || existingLinks.has(linkKey(data)) || !mayAdd) {
          report.links.skipped++;
          continue;
        }
        await tx.claimLink.create({ data: { fromClaimId: data.fromClaimId, toClaimId: data.toClaimId, type: link.type, note: link.note } });
        report.links.created++;
      }
    }
    if (!finishedBefore) await recordAudit(tx, { actorId: null, ...SEED_COMPLETE });
    step("links (not committed)");
  });
  progress(`links: ${report.links.created} created, ${report.links.skipped} already there`);
  step("done");
  return report;
}

const linkKey = (link: { fromClaimId?: string; toClaimId?: string; type: string }) =>
  `${link.fromClaimId}\u0000${link.toClaimId}\u0000${link.type}`;

type Ids = Awaited<ReturnType<typeof loadIds>>;

async function loadIds(db: DbClient) {
  const [speakers, sources, topics, users] = await Promise.all([
    db.speaker.findMany({ select: { id: true, slug: true } }),
    db.source.findMany({ select: { id: true, slug: true } }),
    db.topic.findMany({ select: { id: true, slug: true } }),
    db.user.findMany({ select: { id: true, email: true } }),
  ]);
  const bySlug = (rows: { id: string; slug: string }[]) => new Map(rows.map((row) => [row.slug, row.id]));
  return {
    speakers: bySlug(speakers),
    sources: bySlug(sources),
    topics: bySlug(topics),
    users: new Map(users.map((user) => [user.email, user.id])),
  };
}

async function createMissing<T extends { slug: string }>(
  db: DbClient,
  tally: { created: number; skipped: number },
  model: "topic" | "speaker" | "source",
  rows: T[],
  create: (row: T) => Promise<unknown>,
) {
  const delegate = db[model] as unknown as { findMany(args: object): Promise<{ slug: string }[]> };
  const existing = new Set((await delegate.findMany({ select: { slug: true } })).map((row) => row.slug));
  for (const row of rows) {
    if (existing.has(row.slug)) tally.skipped++;
    else {
      await create(row);
      tally.created++;
    }
  }
}

function speakerName(slug: string): string {
  const speaker = SEED_SPEAKERS.find((candidate) => candidate.slug === slug);
  if (!speaker) throw new Error(`Seed data refers to an unknown speaker: ${slug}`);
  return speaker.name;
}

function required(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Seed data refers to an unknown ${what}: ${key}`);
  return id;
}

async function createSeedClaim(
  db: DbClient,
  claim: SeedClaim,
  { articleText, ids, editorId, step }: { articleText: string; ids: Ids; editorId: string | null; step: (name: string) => void },
) {
  const anchor = anchorPassage(articleText, claim.passage ?? claim.quote ?? claim.statement);
  const saidAt = claim.saidOn ? resolveWeekday(SEED_ARTICLE.publishedAt, claim.saidOn) : null;
  const saidAtNote = saidAt ? [saidOnNote(claim, saidAt), claim.saidAtNote].filter(Boolean).join(" ") : (claim.saidAtNote ?? null);
  // Seeded history carries the article's date, not the day the data was loaded: readers see when
  // the claims were made public, and the desk's audit log alone records the loading.
  const asOf = SEED_ARTICLE.publishedAt;

  await db.$transaction(async (tx) => {
    const created = await tx.claim.create({
      data: {
        slug: claim.slug,
        statement: claim.statement,
        quote: claim.quote ?? null,
        context: claim.context,
        claimantId: required(ids.speakers, claim.claimant, "speaker"),
        relayedFromId: claim.relayedFrom ? required(ids.speakers, claim.relayedFrom, "speaker") : null,
        saidAt,
        saidAtInferred: saidAt !== null,
        saidAtNote,
        venue: claim.venue ?? null,
        firstAppearanceId: required(ids.sources, SEED_ARTICLE.slug, "source"),
        anchorExact: anchor.exact,
        anchorPrefix: anchor.prefix,
        anchorSuffix: anchor.suffix,
        anchorParagraph: anchor.paragraph,
        verification: claim.verification,
        rating: claim.rating?.value ?? null,
        ratedAt: claim.rating ? asOf : null,
        ratingSummary: claim.rating?.summary ?? null,
        workflow: claim.workflow,
        searchText: claimSearchText({
          statement: claim.statement,
          quote: claim.quote,
          context: claim.context,
          speakerNames: [speakerName(claim.claimant), claim.relayedFrom ? speakerName(claim.relayedFrom) : null],
        }),
        assigneeId: claim.assignToEditor ? editorId : null,
        createdAt: asOf,
        updatedAt: asOf,
        topics: { connect: claim.topics.map((name) => ({ id: required(ids.topics, slugify(name), "topic") })) },
        subjects: { create: (claim.subjects ?? []).map((slug) => ({ speakerId: required(ids.speakers, slug, "speaker") })) },
        evidence: {
          create: claim.evidence.map((item) => ({
            sourceId: required(ids.sources, item.source, "source"),
            attributedToId: item.by ? required(ids.speakers, item.by, "speaker") : null,
            stance: item.stance,
            strength: item.strength,
            note: item.note,
          })),
        },
      },
    });
    // Loading data is not a public event. A claim's first verification and rating are where it
    // starts, not changes (no "none → …" entries); its one event is leaving the draft stage, which
    // for a published claim is its publication: one timeline entry and one feed entry, dated by
    // the article.
    if (claim.workflow !== "DRAFT") {
      await tx.statusChange.create({
        data: { claimId: created.id, field: "WORKFLOW", fromValue: "DRAFT", toValue: claim.workflow, reason: SEED_REASON, actorId: null, createdAt: asOf },
      });
    }
    await recordAudit(tx, { actorId: null, action: "seed.create", entityType: "Claim", entityId: created.id, after: created });
    step(`claim ${claim.slug} (not committed)`);
  });
}
