import { Prisma, type DbClient } from "../../lib/db";
import type {
  AnnotationVisibility,
  EvidenceStance,
  EvidenceStrength,
  Rating,
  Role,
  SourceKind,
  StatusField,
  Verification,
  Workflow,
} from "../../lib/db/enums";
import { claimSearchText } from "../../lib/text/search-text";
import { slugify, uniqueSlug } from "../../lib/text/slug";
import { Random, weighted, ZipfSampler } from "./random";
import { DEFAULT_SYNTH_SEED, SYNTH_MARKER_RATES, SYNTH_QUERY_WORDS } from "./vocabulary";
import {
  COUNTRIES,
  FIRST_NAMES,
  LAST_NAMES,
  NEWSPAPER_NAMES,
  NOTE_TEMPLATES,
  ORGANIZATION_FIELDS,
  ORGANIZATION_PATTERNS,
  PARTIES,
  PERSON_TITLES,
  PLACES,
  REGIONS,
  STATUS_REASONS,
  SYNTH_WORDS,
  TOPIC_SUBJECTS,
  VENUES,
} from "./words";

/**
 * Grows a database to N claims of realistic shape for benchmarks: speakers, sources, topics and
 * staff in proportion, each claim with evidence, notes, topics and a status history that ends in
 * its final state, and text drawn from a Zipf vocabulary with marker words of known frequency
 * (./vocabulary.ts). Rows are written with multi-row INSERTs (see insertRows), a batch of claims
 * and everything that hangs off them per transaction; ids are made here, so nothing is read back.
 */

export type SynthOptions = {
  /** The number of claims the database should hold when done (existing ones count). */
  claims: number;
  /** The same seed, claim count and starting database give the same data. */
  seed?: number;
  /** Claims per transaction. */
  batchSize?: number;
  onProgress?: (message: string) => void;
};

export const SYNTH_TABLES = [
  "users",
  "topics",
  "speakers",
  "sources",
  "claims",
  "evidence",
  "annotations",
  "statusChanges",
  "claimTopics",
  "claimSubjects",
] as const;
export type SynthTable = (typeof SYNTH_TABLES)[number];

export type SynthReport = {
  seed: number;
  claimsBefore: number;
  claimsAfter: number;
  /** Rows created per table. */
  created: Record<SynthTable, number>;
  elapsedMs: number;
};

/** Synthetic ids: a prefix per table and a zero-padded number, so the largest is found by sorting. */
const ID_PREFIX = {
  users: "syn-user-",
  topics: "syn-topic-",
  speakers: "syn-spk-",
  sources: "syn-src-",
  claims: "syn-claim-",
} as const;
const pad = (n: number) => String(n).padStart(9, "0");

const DAY = 86_400_000;
const MINUTE = 60_000;
/** Claims were said over several years; more of them recently, as a desk grows. */
const SAID_FROM = Date.UTC(2019, 0, 1);
const SAID_UNTIL = Date.UTC(2025, 5, 30);

/** Bind variables per statement stay under SQLite's limit (32,766) and PostgreSQL's (65,535). */
const MAX_BIND_VARIABLES = 30_000;

export async function synthesize(db: DbClient, options: SynthOptions): Promise<SynthReport> {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_SYNTH_SEED;
  const batchSize = options.batchSize ?? 1_000;
  const progress = options.onProgress ?? (() => {});
  const target = options.claims;
  if (!Number.isSafeInteger(target) || target < 1) throw new Error("The number of claims must be a positive integer");

  const created = Object.fromEntries(SYNTH_TABLES.map((table) => [table, 0])) as Record<SynthTable, number>;
  const claimsBefore = await db.claim.count();
  const report = (): SynthReport => ({
    seed,
    claimsBefore,
    claimsAfter: claimsBefore + created.claims,
    created,
    elapsedMs: performance.now() - started,
  });
  if (claimsBefore >= target) {
    progress(`The database already has ${fmt(claimsBefore)} claims (asked for ${fmt(target)}): nothing to do.`);
    return report();
  }

  // Sorted here, not by the database: PostgreSQL's collation and SQLite's byte order disagree, and
  // the same seed must give the same data on both engines.
  const byKey = <T>(key: (row: T) => string) => (rows: T[]) => rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const [users, topics, speakers, sources, claimSlugs, next] = await Promise.all([
    db.user.findMany({ select: { id: true, email: true, role: true } }).then(byKey((user) => user.email)),
    db.topic.findMany({ select: { id: true, slug: true } }).then(byKey((topic) => topic.slug)),
    db.speaker.findMany({ select: { id: true, slug: true, name: true } }).then(byKey((speaker) => speaker.slug)),
    db.source.findMany({ select: { id: true, slug: true } }).then(byKey((source) => source.slug)),
    db.claim.findMany({ select: { slug: true } }).then((rows) => new Set(rows.map((row) => row.slug))),
    nextNumbers(db),
  ]);

  const context: Context = { created, progress };

  // Staff, topics, speakers and sources first, in proportion to the target; claims draw on them all.
  const staffWanted = clamp(Math.round(target / 5_000), 6, 30);
  const newUsers = await createRows(context, "users", staffWanted - users.length, next.users, (n) => makeUser(seed, n), (rows) =>
    db.$transaction(insertRows(db, "User", rows)),
  );
  users.push(...newUsers.map((user) => ({ id: user.id, email: user.email, role: user.role })));

  const topicNames = topicNameQueue(seed, new Set(topics.map((topic) => topic.slug)));
  const newTopics = await createRows(
    context,
    "topics",
    Math.min(clamp(Math.round(target / 300), 25, 300) - topics.length, topicNames.length),
    next.topics,
    (n, index) =>
      ({ id: `${ID_PREFIX.topics}${pad(n)}`, slug: slugify(topicNames[index]!), name: topicNames[index]! }) satisfies Prisma.TopicCreateManyInput,
    (rows) => db.$transaction(insertRows(db, "Topic", rows)),
  );
  topics.push(...newTopics);

  const speakerSlugs = new Set(speakers.map((speaker) => speaker.slug));
  const newSpeakers = await createRows(
    context,
    "speakers",
    Math.max(Math.round(target / 50), 10) - speakers.length,
    next.speakers,
    (n) => makeSpeaker(seed, n, speakerSlugs),
    (rows) => db.$transaction(insertRows(db, "Speaker", rows)),
  );
  speakers.push(...newSpeakers);

  const sourceSlugs = new Set(sources.map((source) => source.slug));
  const publishers = Random.for(seed, "publishers").shuffled(
    PLACES.flatMap((place) => NEWSPAPER_NAMES.map((paper) => `The ${place} ${paper}`)),
  );
  const newSources = await createRows(
    context,
    "sources",
    Math.max(Math.round(target / 20), 10) - sources.length,
    next.sources,
    (n) => makeSource(seed, n, sourceSlugs, publishers),
    (rows) => db.$transaction(insertRows(db, "Source", rows)),
  );
  sources.push(...newSources);

  // Popularity follows rank, as in real desks: a few speakers, sources and topics dominate.
  const pools: Pools = {
    users: Random.for(seed, "pool", "users").shuffled(users),
    editors: users.filter((user) => user.role !== "CONTRIBUTOR"),
    speakers: Random.for(seed, "pool", "speakers").shuffled(speakers),
    sources: Random.for(seed, "pool", "sources").shuffled(sources.map((source) => source.id)),
    topics: Random.for(seed, "pool", "topics").shuffled(topics.map((topic) => topic.id)),
    speakerRank: new ZipfSampler(speakers.length, 0.75, 2),
    sourceRank: new ZipfSampler(sources.length, 0.6, 2),
    topicRank: new ZipfSampler(topics.length, 0.9, 3),
  };
  if (pools.editors.length === 0) pools.editors = pools.users;

  const toCreate = target - claimsBefore;
  const claimsStarted = performance.now();
  let rowsWritten = 0;
  let nextReport = 0.1;
  progress(`claims: writing ${fmt(toCreate)} claims in transactions of ${fmt(batchSize)}`);
  for (let offset = 0; offset < toCreate; offset += batchSize) {
    const batch = emptyBatch();
    const count = Math.min(batchSize, toCreate - offset);
    for (let index = 0; index < count; index++) {
      addClaim(batch, seed, next.claims + offset + index, pools, claimSlugs);
    }
    await writeBatch(db, batch);
    created.claims += batch.claims.length;
    created.evidence += batch.evidence.length;
    created.annotations += batch.annotations.length;
    created.statusChanges += batch.statusChanges.length;
    created.claimTopics += batch.claimTopics.length;
    created.claimSubjects += batch.claimSubjects.length;
    rowsWritten += batchRows(batch);

    const done = offset + count;
    if (done / toCreate >= nextReport || done === toCreate) {
      const seconds = (performance.now() - claimsStarted) / 1000;
      progress(
        `claims: ${fmt(done)}/${fmt(toCreate)} (${Math.floor((done / toCreate) * 100)}%), ` +
          `${fmt(done / seconds)} claims/s, ${fmt(rowsWritten / seconds)} rows/s`,
      );
      while (nextReport <= done / toCreate) nextReport += 0.1;
    }
  }
  return report();
}

type Context = { created: Record<SynthTable, number>; progress: (message: string) => void };

type Pools = {
  users: { id: string; role: Role }[];
  editors: { id: string; role: Role }[];
  speakers: { id: string; name: string }[];
  sources: string[];
  topics: string[];
  speakerRank: ZipfSampler;
  sourceRank: ZipfSampler;
  topicRank: ZipfSampler;
};

/** The next free number of each table's synthetic ids (a later run continues where an earlier one stopped). */
async function nextNumbers(db: DbClient): Promise<Record<keyof typeof ID_PREFIX, number>> {
  const last = (row: { id: string } | null, prefix: string) => (row ? Number(row.id.slice(prefix.length)) + 1 : 1);
  const query = (prefix: string) => ({ where: { id: { startsWith: prefix } }, orderBy: { id: "desc" as const }, select: { id: true } });
  const [users, topics, speakers, sources, claims] = await Promise.all([
    db.user.findFirst(query(ID_PREFIX.users)),
    db.topic.findFirst(query(ID_PREFIX.topics)),
    db.speaker.findFirst(query(ID_PREFIX.speakers)),
    db.source.findFirst(query(ID_PREFIX.sources)),
    db.claim.findFirst(query(ID_PREFIX.claims)),
  ]);
  return {
    users: last(users, ID_PREFIX.users),
    topics: last(topics, ID_PREFIX.topics),
    speakers: last(speakers, ID_PREFIX.speakers),
    sources: last(sources, ID_PREFIX.sources),
    claims: last(claims, ID_PREFIX.claims),
  };
}

/** Makes `count` rows numbered from `firstNumber` and writes them in batches, reporting progress. */
async function createRows<T>(
  context: Context,
  table: SynthTable,
  count: number,
  firstNumber: number,
  make: (n: number, index: number) => T,
  write: (rows: T[]) => Promise<unknown>,
): Promise<T[]> {
  if (count <= 0) {
    context.progress(`${table}: enough already`);
    return [];
  }
  const started = performance.now();
  const rows = Array.from({ length: count }, (_, index) => make(firstNumber + index, index));
  for (const chunk of chunks(rows, 1_000)) await write(chunk);
  context.created[table] += rows.length;
  const seconds = (performance.now() - started) / 1000;
  context.progress(`${table}: +${fmt(rows.length)} in ${seconds.toFixed(1)} s (${fmt(rows.length / Math.max(seconds, 0.001))} rows/s)`);
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Text

const wordRank = new ZipfSampler(SYNTH_WORDS.length, 1.0, 2.7);

function numberPhrase(random: Random): string[] {
  switch (random.int(0, 5)) {
    case 0:
      return [`${random.int(2, 95)}`, "percent"];
    case 1:
      return [`${random.int(2, 900)}`, "million"];
    case 2:
      return [`$${random.int(1, 90)}.${random.int(1, 9)}`, "billion"];
    case 3:
      return [`${random.int(1990, 2025)}`];
    case 4:
      return [`${fmt(random.int(3, 40_000))}`, "people"];
    default:
      return [`${random.int(2, 12)}`];
  }
}

/** Zipf-drawn words, with now and then a number, as news copy has. */
function words(random: Random, count: number): string[] {
  const out: string[] = [];
  while (out.length < count) {
    if (random.chance(0.04)) {
      out.push(...numberPhrase(random));
      continue;
    }
    const word = SYNTH_WORDS[wordRank.sample(random)]!;
    if (word !== out[out.length - 1]) out.push(word);
  }
  return out;
}

/** One sentence of `min`–`max` words, with the planted words (markers) at random places. */
function sentence(random: Random, min: number, max: number, planted: string[] = []): string {
  const tokens = words(random, Math.max(1, random.int(min, max) - planted.length));
  for (const plant of planted) tokens.splice(random.int(1, tokens.length), 0, plant);
  for (let index = 0; index < tokens.length - 1; index++) {
    if (random.chance(0.05)) tokens[index] += ",";
  }
  const text = tokens.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: Random, sentences: number, min: number, max: number, planted: string[] = []): string {
  const at = random.int(0, sentences - 1);
  return Array.from({ length: sentences }, (_, index) => sentence(random, min, max, index === at ? planted : [])).join(" ");
}

function titleCase(text: string): string {
  return text.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

// ---------------------------------------------------------------------------------------------
// Staff, topics, speakers, sources

function makeUser(seed: number, n: number) {
  const random = Random.for(seed, "user", n);
  const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
  const role = weighted<Role>([
    ["ADMIN", 1],
    ["EDITOR", 8],
    ["CONTRIBUTOR", 11],
  ])(random);
  const createdAt = new Date(SAID_FROM - random.int(30, 400) * DAY);
  // No password: synthetic staff exist to author notes and changes, not to log in.
  return {
    id: `${ID_PREFIX.users}${pad(n)}`,
    email: `synth-${pad(n)}@synth.claimdesk.test`,
    name,
    role,
    createdAt,
    updatedAt: createdAt,
  } satisfies Prisma.UserCreateManyInput;
}

/** Topic names not yet taken: the plain subjects first, then subjects by region, in a seeded order. */
function topicNameQueue(seed: number, takenSlugs: ReadonlySet<string>): string[] {
  const regional = TOPIC_SUBJECTS.flatMap((subject) => REGIONS.map((region) => `${subject} in ${region}`));
  return [...TOPIC_SUBJECTS, ...Random.for(seed, "topic-names").shuffled(regional)].filter((name) => !takenSlugs.has(slugify(name)));
}

function makeSpeaker(seed: number, n: number, takenSlugs: Set<string>) {
  const random = Random.for(seed, "speaker", n);
  const isOrganization = random.chance(0.18);
  const place = random.pick(PLACES);
  const country = random.chance(0.85) ? random.pick(COUNTRIES) : null;
  let name: string;
  let title: string | null = null;
  let affiliation: string | null = null;
  if (isOrganization) {
    name = random.pick(ORGANIZATION_PATTERNS)(place, random.pick(ORGANIZATION_FIELDS));
  } else {
    const middle = random.chance(0.1) ? ` ${String.fromCharCode(65 + random.int(0, 25))}.` : "";
    name = `${random.pick(FIRST_NAMES)}${middle} ${random.pick(LAST_NAMES)}`;
    title = random.chance(0.8) ? random.pick(PERSON_TITLES) : null;
    affiliation = random.chance(0.6) ? random.pick(PARTIES) : null;
  }
  const slug = uniqueSlug(slugify(name), takenSlugs);
  takenSlugs.add(slug);
  const createdAt = dateBetween(random, SAID_FROM - 365 * DAY, SAID_UNTIL);
  return {
    id: `${ID_PREFIX.speakers}${pad(n)}`,
    slug,
    kind: isOrganization ? ("ORGANIZATION" as const) : ("PERSON" as const),
    name,
    title,
    affiliation,
    country,
    sameAs: null,
    description: random.chance(0.5) ? `${title ?? (isOrganization ? "Organisation" : "Public figure")} based in ${place}${country ? `, ${country}` : ""}.` : null,
    createdAt,
    updatedAt: createdAt,
  } satisfies Prisma.SpeakerCreateManyInput;
}

const sourceKind = weighted<SourceKind>([
  ["NEWS_ARTICLE", 45],
  ["REPORT", 12],
  ["SOCIAL_POST", 10],
  ["TRANSCRIPT", 8],
  ["DOCUMENT", 7],
  ["STATEMENT", 6],
  ["RECORDING", 5],
  ["INTERVIEW", 4],
  ["ANALYSIS", 2],
  ["OTHER", 1],
]);
const sourceVerification = weighted<Verification>([
  ["ON_RECORD", 40],
  ["CORROBORATED", 25],
  ["UNVERIFIED", 25],
  ["DISPUTED", 6],
  ["DENIED", 2],
  ["RETRACTED", 2],
]);
const SOCIAL_PLATFORMS = ["X", "Facebook", "Telegram", "YouTube", "Instagram", "TikTok"] as const;

function makeSource(seed: number, n: number, takenSlugs: Set<string>, publishers: readonly string[]) {
  const random = Random.for(seed, "source", n);
  const kind = sourceKind(random);
  const headline = titleCase(sentence(random, 5, 11).slice(0, -1).replaceAll(",", ""));
  const title = kind === "TRANSCRIPT" ? `Transcript: ${headline}` : kind === "REPORT" ? `Report: ${headline}` : headline;
  const publisher =
    kind === "SOCIAL_POST" ? random.pick(SOCIAL_PLATFORMS) : publishers[Math.floor(Math.pow(random.next(), 2.5) * publishers.length)]!;
  const slug = uniqueSlug(slugify(title), takenSlugs);
  takenSlugs.add(slug);
  const publishedAt = random.chance(0.95) ? dateBetween(random, SAID_FROM - 365 * DAY, SAID_UNTIL) : null;
  const verification = sourceVerification(random);
  const createdAt = new Date((publishedAt?.getTime() ?? SAID_FROM) + random.int(1, 30) * DAY);
  return {
    id: `${ID_PREFIX.sources}${pad(n)}`,
    slug,
    kind,
    title,
    publisher,
    url: random.chance(0.85) ? `https://${slugify(publisher)}.example/${publishedAt?.getUTCFullYear() ?? "archive"}/${slug}` : null,
    publishedAt,
    publishedAtInferred: publishedAt !== null && random.chance(0.08),
    text: null,
    verification,
    verificationNote: random.chance(0.15) ? sentence(random, 8, 16) : null,
    createdAt,
    updatedAt: createdAt,
  } satisfies Prisma.SourceCreateManyInput;
}

// ---------------------------------------------------------------------------------------------
// Claims

const workflowOf = weighted<Workflow>([
  ["PUBLISHED", 72],
  ["IN_REVIEW", 10],
  ["DRAFT", 10],
  ["ARCHIVED", 8],
]);
const VERIFICATION_BY_WORKFLOW: Record<Workflow, (random: Random) => Verification> = {
  DRAFT: weighted<Verification>([
    ["UNVERIFIED", 85],
    ["CORROBORATED", 10],
    ["ON_RECORD", 5],
  ]),
  IN_REVIEW: weighted<Verification>([
    ["UNVERIFIED", 40],
    ["CORROBORATED", 25],
    ["ON_RECORD", 20],
    ["DISPUTED", 10],
    ["DENIED", 5],
  ]),
  PUBLISHED: weighted<Verification>([
    ["UNVERIFIED", 15],
    ["CORROBORATED", 30],
    ["ON_RECORD", 25],
    ["DISPUTED", 15],
    ["DENIED", 10],
    ["RETRACTED", 5],
  ]),
  ARCHIVED: weighted<Verification>([
    ["UNVERIFIED", 15],
    ["CORROBORATED", 30],
    ["ON_RECORD", 25],
    ["DISPUTED", 15],
    ["DENIED", 10],
    ["RETRACTED", 5],
  ]),
};
const ratingOf = weighted<Rating>([
  ["TRUE", 15],
  ["MOSTLY_TRUE", 15],
  ["HALF_TRUE", 15],
  ["MOSTLY_FALSE", 12],
  ["FALSE", 15],
  ["MISLEADING", 12],
  ["UNPROVEN", 8],
  ["OUTDATED", 4],
  ["NOT_A_FACTUAL_CLAIM", 4],
]);
const RATING_SUMMARY_OPENINGS: Record<Rating, string> = {
  TRUE: "The record supports the claim as stated.",
  MOSTLY_TRUE: "Accurate in substance, with a detail overstated.",
  HALF_TRUE: "Partly accurate: it leaves out context that changes the picture.",
  MOSTLY_FALSE: "Contains an element of truth but gets the main point wrong.",
  FALSE: "The available evidence contradicts the claim.",
  MISLEADING: "Technically accurate figures used to suggest something they do not show.",
  UNPROVEN: "No evidence was offered or found either way.",
  OUTDATED: "Was accurate when first said; newer figures have replaced it.",
  NOT_A_FACTUAL_CLAIM: "An opinion or prediction rather than a checkable statement of fact.",
};
const evidenceCount = weighted([
  [1, 30],
  [2, 35],
  [3, 22],
  [4, 13],
]);
const noteCount = weighted([
  [0, 30],
  [1, 35],
  [2, 22],
  [3, 13],
]);
const topicCount = weighted([
  [1, 50],
  [2, 35],
  [3, 15],
]);
const stanceOf = weighted<EvidenceStance>([
  ["SUPPORTS", 30],
  ["REPORTS", 25],
  ["CONTEXT", 20],
  ["CONTRADICTS", 12],
  ["DISPUTES", 8],
  ["COULD_NOT_VERIFY", 5],
]);
const LEAD_STANCE: Record<Verification, readonly EvidenceStance[]> = {
  UNVERIFIED: ["REPORTS", "COULD_NOT_VERIFY"],
  CORROBORATED: ["SUPPORTS"],
  ON_RECORD: ["SUPPORTS", "REPORTS"],
  DISPUTED: ["DISPUTES"],
  DENIED: ["CONTRADICTS"],
  RETRACTED: ["CONTRADICTS"],
};
const strengthOf = weighted<EvidenceStrength>([
  ["SECONDARY", 45],
  ["PRIMARY", 35],
  ["ESTIMATE", 12],
  ["ANONYMOUS", 8],
]);

type Batch = {
  claims: Prisma.ClaimCreateManyInput[];
  evidence: Prisma.EvidenceCreateManyInput[];
  annotations: Prisma.AnnotationCreateManyInput[];
  statusChanges: Prisma.StatusChangeCreateManyInput[];
  claimTopics: [claimId: string, topicId: string][];
  claimSubjects: Prisma.ClaimSubjectCreateManyInput[];
};

const emptyBatch = (): Batch => ({ claims: [], evidence: [], annotations: [], statusChanges: [], claimTopics: [], claimSubjects: [] });
const batchRows = (batch: Batch) =>
  batch.claims.length +
  batch.evidence.length +
  batch.annotations.length +
  batch.statusChanges.length +
  batch.claimTopics.length +
  batch.claimSubjects.length;

type Field = "statement" | "quote" | "context";

/** Which markers go into claim n, and into which of its fields. */
function plantMarkers(seed: number, n: number, random: Random, fields: Field[]): Record<Field, string[]> {
  const planted: Record<Field, string[]> = { statement: [], quote: [], context: [] };
  const plant = (word: string) => planted[random.pick(fields)].push(word);
  if (random.chance(SYNTH_MARKER_RATES.common)) plant(SYNTH_QUERY_WORDS.common);
  if (random.chance(SYNTH_MARKER_RATES.phrase)) plant(SYNTH_QUERY_WORDS.phrase);
  // Exactly one claim in each block of a thousand carries the rare word, at a seeded place.
  const block = Math.floor((n - 1) / 1_000);
  if ((n - 1) % 1_000 === Random.for(seed, "rare", block).int(0, 999)) plant(SYNTH_QUERY_WORDS.rare);
  return planted;
}

function addClaim(batch: Batch, seed: number, n: number, pools: Pools, takenSlugs: Set<string>) {
  const random = Random.for(seed, "claim", n);
  const id = `${ID_PREFIX.claims}${pad(n)}`;
  const workflow = workflowOf(random);
  const verification = VERIFICATION_BY_WORKFLOW[workflow](random);
  const rated = workflow === "PUBLISHED" || workflow === "ARCHIVED" ? random.chance(0.7) : workflow === "IN_REVIEW" && random.chance(0.2);
  const rating = rated ? ratingOf(random) : null;

  const hasQuote = random.chance(0.6);
  const hasContext = random.chance(0.85);
  const planted = plantMarkers(seed, n, random, ["statement", ...(hasQuote ? ["quote" as const] : []), ...(hasContext ? ["context" as const] : [])]);
  const statement = sentence(random, 10, 25, planted.statement);
  const quote = hasQuote ? paragraph(random, random.int(1, 2), 6, 16, planted.quote) : null;
  const context = hasContext ? paragraph(random, random.int(2, 4), 12, 24, planted.context) : null;

  const claimant = pools.speakers[pools.speakerRank.sample(random)]!;
  let relayedFrom: { id: string; name: string } | null = null;
  if (pools.speakers.length > 1 && random.chance(0.07)) {
    do relayedFrom = pools.speakers[pools.speakerRank.sample(random)]!;
    while (relayedFrom.id === claimant.id);
  }

  const saidAt = random.chance(0.95) ? dateBetween(random, SAID_FROM, SAID_UNTIL) : null;
  const saidAtInferred = saidAt !== null && random.chance(0.1);
  const createdAt = new Date((saidAt?.getTime() ?? dateBetween(random, SAID_FROM, SAID_UNTIL).getTime()) + random.int(60, 10 * 24 * 60) * MINUTE);
  const history = statusHistory(random, { workflow, verification, rating }, createdAt.getTime());
  const updatedAt = new Date(Math.max(history.lastAt, createdAt.getTime() + random.int(1, 600) * MINUTE));

  const user = () => pools.users[random.int(0, pools.users.length - 1)]!.id;
  const editor = () => pools.editors[random.int(0, pools.editors.length - 1)]!.id;
  const assigned =
    workflow === "IN_REVIEW" ? random.chance(0.7) : workflow === "DRAFT" ? random.chance(0.5) : random.chance(workflow === "PUBLISHED" ? 0.1 : 0.05);

  const sourceIds = pools.sourceRank
    .sampleDistinct(random, Math.min(evidenceCount(random), pools.sources.length))
    .map((rank) => pools.sources[rank]!);
  sourceIds.forEach((sourceId, index) => {
    // Attached before the first status change (at least ten minutes after creation): a rating needs evidence.
    const at = new Date(createdAt.getTime() + random.int(1, 9) * MINUTE);
    batch.evidence.push({
      id: `syn-ev-${pad(n)}-${index + 1}`,
      claimId: id,
      sourceId,
      stance: index === 0 ? random.pick(LEAD_STANCE[verification]) : stanceOf(random),
      strength: strengthOf(random),
      note: random.chance(0.4) ? sentence(random, 8, 18) : null,
      createdById: user(),
      createdAt: at,
      updatedAt: at,
    });
  });

  const ratingSummary = rating ? `${RATING_SUMMARY_OPENINGS[rating]} ${sentence(random, 8, 20)}` : null;
  batch.claims.push({
    id,
    slug: claimSlug(statement, n, takenSlugs),
    statement,
    quote,
    context,
    claimantId: claimant.id,
    relayedFromId: relayedFrom?.id ?? null,
    saidAt,
    saidAtInferred,
    saidAtNote: saidAtInferred ? `The source says "${random.pick(["last week", "on Tuesday", "earlier this month", "in the spring"])}"; resolved against its date.` : null,
    venue: random.chance(0.25) ? `${random.pick(VENUES)} in ${random.pick(PLACES)}` : null,
    firstAppearanceId: random.chance(0.9) ? sourceIds[0]! : null,
    verification,
    rating,
    ratedAt: history.ratedAt === null ? null : new Date(history.ratedAt),
    ratingSummary,
    workflow,
    assigneeId: assigned ? editor() : null,
    createdById: user(),
    searchText: claimSearchText({ statement, quote, context, speakerNames: [claimant.name, relayedFrom?.name] }),
    version: 1,
    createdAt,
    updatedAt,
  });

  history.changes.forEach((change, index) => {
    batch.statusChanges.push({
      id: `syn-sc-${pad(n)}-${index + 1}`,
      claimId: id,
      field: change.field,
      fromValue: change.fromValue,
      toValue: change.toValue,
      reason: random.pick(STATUS_REASONS),
      actorId: random.chance(0.9) ? editor() : null,
      createdAt: new Date(change.at),
    });
  });

  const notes = noteCount(random);
  for (let index = 0; index < notes; index++) {
    const at = dateBetween(random, createdAt.getTime(), updatedAt.getTime() + 5 * DAY);
    const visibility: AnnotationVisibility =
      (workflow === "PUBLISHED" || workflow === "ARCHIVED") && random.chance(0.25) ? "PUBLIC" : "INTERNAL";
    batch.annotations.push({
      id: `syn-note-${pad(n)}-${index + 1}`,
      claimId: id,
      authorId: user(),
      visibility,
      body: random.chance(0.5) ? random.pick(NOTE_TEMPLATES) : paragraph(random, random.int(1, 3), 8, 20),
      createdAt: at,
      updatedAt: random.chance(0.15) ? new Date(at.getTime() + random.int(10, 3 * 24 * 60) * MINUTE) : at,
    });
  }

  for (const rank of pools.topicRank.sampleDistinct(random, Math.min(topicCount(random), pools.topics.length))) {
    batch.claimTopics.push([id, pools.topics[rank]!]);
  }

  // About one claim in six is about someone besides its claimant and whom it relays (one or two
  // people, popular ones more often). Drawn from a stream of its own, so adding subjects left every
  // other synthetic row as it was.
  const subjectRandom = Random.for(seed, "subjects", n);
  if (pools.speakers.length > 2 && subjectRandom.chance(0.16)) {
    const notSubjects = new Set([claimant.id, relayedFrom?.id]);
    const wanted = subjectRandom.chance(0.7) ? 1 : 2;
    // Two spare draws, in case the claimant or the relayed speaker comes up.
    const ranks = pools.speakerRank.sampleDistinct(subjectRandom, Math.min(wanted + 2, pools.speakers.length));
    const subjects = ranks.map((rank) => pools.speakers[rank]!).filter((speaker) => !notSubjects.has(speaker.id));
    for (const speaker of subjects.slice(0, wanted)) batch.claimSubjects.push({ claimId: id, speakerId: speaker.id });
  }
}

/** "<first words of the statement>-<n>": unique, since n is, unless an older claim took the very same slug. */
function claimSlug(statement: string, n: number, takenSlugs: Set<string>): string {
  const base = `${slugify(statement.split(" ").slice(0, 8).join(" ")).slice(0, 70).replace(/-+$/, "")}-${n}`;
  const slug = uniqueSlug(base, takenSlugs);
  takenSlugs.add(slug);
  return slug;
}

type Change = { field: StatusField; fromValue: string | null; toValue: string | null; at: number };

/**
 * A status history ending in the claim's final state, in time order: first assessments, review,
 * the verdict, publication, a later correction now and then, archiving. Per field, each change
 * starts where the previous one ended (the first from nothing, workflow from DRAFT), and the last
 * one ends at the claim's current value; a claim never assessed keeps the defaults with no change.
 */
function statusHistory(
  random: Random,
  final: { workflow: Workflow; verification: Verification; rating: Rating | null },
  createdAt: number,
): { changes: Change[]; lastAt: number; ratedAt: number | null } {
  const changes: Change[] = [];
  let at = createdAt;
  const current: Record<StatusField, string | null> = { VERIFICATION: null, RATING: null, WORKFLOW: "DRAFT" };
  const change = (field: StatusField, to: string, gapMinutes = random.int(10, 3 * 24 * 60)) => {
    at += gapMinutes * MINUTE;
    changes.push({ field, fromValue: current[field], toValue: to, at });
    current[field] = to;
  };

  const verifications: Verification[] = [];
  if (final.verification !== "UNVERIFIED") {
    const roll = random.next();
    if (roll < 0.33) verifications.push("UNVERIFIED");
    else if (roll < 0.45) {
      const others = (["CORROBORATED", "ON_RECORD", "DISPUTED"] as const).filter((value) => value !== final.verification);
      verifications.push("UNVERIFIED", random.pick(others));
    }
    verifications.push(final.verification);
  } else if (final.workflow !== "DRAFT" || random.chance(0.5)) {
    verifications.push("UNVERIFIED");
  }
  const ratings: Rating[] = [];
  if (final.rating) {
    if (random.chance(0.12)) ratings.push(random.pick((["HALF_TRUE", "UNPROVEN", "MOSTLY_TRUE", "MISLEADING"] as const).filter((r) => r !== final.rating)));
    ratings.push(final.rating);
  }
  const reviewed = final.workflow === "IN_REVIEW" || (final.workflow === "DRAFT" ? random.chance(0.15) : random.chance(0.75));

  for (const value of verifications.slice(0, -1)) change("VERIFICATION", value);
  if (reviewed) change("WORKFLOW", "IN_REVIEW");
  if (verifications.length > 0) change("VERIFICATION", verifications[verifications.length - 1]!);
  if (final.workflow === "DRAFT" && reviewed) change("WORKFLOW", "DRAFT");
  if (ratings.length > 0) change("RATING", ratings[0]!);
  if (final.workflow === "PUBLISHED" || final.workflow === "ARCHIVED") change("WORKFLOW", "PUBLISHED");
  // A later correction: the verdict revised after publication.
  if (ratings.length > 1) change("RATING", ratings[1]!, random.int(2, 90) * 24 * 60);
  if (final.workflow === "ARCHIVED") change("WORKFLOW", "ARCHIVED", random.int(10, 120) * 24 * 60);

  const lastRating = changes.findLast((item) => item.field === "RATING");
  return { changes, lastAt: at, ratedAt: lastRating?.at ?? null };
}

async function writeBatch(db: DbClient, batch: Batch) {
  await db.$transaction([
    ...insertRows(db, "Claim", batch.claims),
    ...insertRows(db, "Evidence", batch.evidence),
    ...insertRows(db, "Annotation", batch.annotations),
    ...insertRows(db, "StatusChange", batch.statusChanges),
    ...insertRows(db, "_ClaimToTopic", batch.claimTopics.map(([A, B]) => ({ A, B }))),
    ...insertRows(db, "ClaimSubject", batch.claimSubjects),
  ]);
}

/**
 * Multi-row INSERTs of rows that all have the same keys, as many rows per statement as the bind
 * variable limit allows. Rows are typed as their model's createMany input, so the compiler still
 * checks every field; the SQL is plain and the values are bound parameters, so it runs on both
 * engines (SQLite and PostgreSQL bind DateTime, Boolean and enum values the way Prisma's own
 * writes store them). Prisma's createMany spends about 4 µs per value building its statement,
 * which made 100,000 claims take minutes; this writes the same rows several times faster.
 */
function insertRows(db: DbClient, table: string, rows: readonly object[]) {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]!);
  const head = `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES (`;
  return chunks(rows, Math.floor(MAX_BIND_VARIABLES / columns.length)).map((chunk) => {
    // Built flat (one string between each pair of values) rather than by nesting Prisma.sql per row.
    const strings = [head];
    const values: unknown[] = [];
    chunk.forEach((row, rowIndex) => {
      columns.forEach((column, columnIndex) => {
        values.push((row as Record<string, unknown>)[column] ?? null);
        if (columnIndex < columns.length - 1) strings.push(", ");
      });
      strings.push(rowIndex < chunk.length - 1 ? "), (" : ")");
    });
    return db.$executeRaw(new Prisma.Sql(strings, values));
  });
}

// ---------------------------------------------------------------------------------------------
// Helpers

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < rows.length; start += size) out.push(rows.slice(start, start + size));
  return out;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** A date in [from, until), denser towards the end (a desk logs more claims as it grows). */
function dateBetween(random: Random, from: number, until: number): Date {
  return new Date(Math.floor(from + (until - from) * Math.sqrt(random.next())));
}

export function fmt(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}
