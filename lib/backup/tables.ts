import {
  AnnotationVisibility,
  ClaimLinkType,
  EvidenceStance,
  EvidenceStrength,
  Rating,
  Role,
  SourceKind,
  SpeakerKind,
  StatusField,
  Verification,
  Workflow,
} from "../db/enums";

/**
 * Every table an export carries, in foreign-key order (a table comes after every table it
 * points to), with each column's type. Written out by hand rather than read from Prisma's data
 * model, because the model knows neither Prisma's implicit many-to-many tables (_ClaimToTopic)
 * nor the order; `assertSchemaMatches` (./schema-check.ts) compares this list with the
 * database's own catalogue before any export or import, so a migration that adds a table or a
 * column fails loudly here instead of being left out of backups.
 */

export type ColumnType =
  | { kind: "string" | "int" | "boolean" | "date" | "bigint"; nullable: boolean }
  | { kind: "enum"; values: readonly string[]; nullable: boolean };

const text = { kind: "string", nullable: false } as const;
const textOrNull = { kind: "string", nullable: true } as const;
const int = { kind: "int", nullable: false } as const;
const intOrNull = { kind: "int", nullable: true } as const;
const bool = { kind: "boolean", nullable: false } as const;
const boolOrNull = { kind: "boolean", nullable: true } as const;
const date = { kind: "date", nullable: false } as const;
const dateOrNull = { kind: "date", nullable: true } as const;
const oneOf = (values: Record<string, string>, nullable = false): ColumnType => ({ kind: "enum", values: Object.values(values), nullable });

export type TableSpec = {
  /** The table's name in both engines' SQL. */
  name: string;
  /** The Prisma client's delegate (db.<model>), or null for an implicit many-to-many table. */
  model: string | null;
  columns: Record<string, ColumnType>;
  /** The order rows are read in, unique, so pages never overlap (keyset paging). */
  order: readonly string[];
  /** The Prisma cursor that resumes after a row (models only). */
  cursor?: (row: Record<string, unknown>) => Record<string, unknown>;
};

const byId = { order: ["id"], cursor: (row: Record<string, unknown>) => ({ id: row.id }) } as const;

export const TABLES: readonly TableSpec[] = [
  {
    name: "User",
    model: "user",
    ...byId,
    columns: {
      id: text, email: text, name: text, role: oneOf(Role), passwordHash: textOrNull, disabledAt: dateOrNull,
      sessionVersion: int, createdAt: date, updatedAt: date,
    },
  },
  {
    name: "Speaker",
    model: "speaker",
    ...byId,
    columns: {
      id: text, slug: text, kind: oneOf(SpeakerKind), name: text, title: textOrNull, affiliation: textOrNull, country: textOrNull,
      sameAs: textOrNull, description: textOrNull, createdAt: date, updatedAt: date,
    },
  },
  {
    name: "Source",
    model: "source",
    ...byId,
    columns: {
      id: text, slug: text, kind: oneOf(SourceKind), title: text, publisher: textOrNull, url: textOrNull, publishedAt: dateOrNull,
      publishedAtInferred: bool, text: textOrNull, textHash: textOrNull, verification: oneOf(Verification), verificationNote: textOrNull, createdAt: date, updatedAt: date,
    },
  },
  { name: "SpeakerAlias", model: "speakerAlias", ...byId, columns: { id: text, alias: text, speakerId: text, createdAt: date } },
  { name: "Topic", model: "topic", ...byId, columns: { id: text, slug: text, name: text } },
  {
    name: "Claim",
    model: "claim",
    // In creation order, not by id: the full-text index numbers claims in the order they are
    // inserted and ranks "newest match first" by that number (lib/search/claim-search.ts), so an
    // import must insert them oldest first, as the migration that built the index did.
    order: ["createdAt", "id"],
    cursor: (row) => ({ id: row.id }),
    columns: {
      id: text, slug: text, statement: text, quote: textOrNull, context: textOrNull, claimantId: text, relayedFromId: textOrNull,
      saidAt: dateOrNull, saidAtInferred: bool, saidAtNote: textOrNull, venue: textOrNull, firstAppearanceId: textOrNull,
      anchorExact: textOrNull, anchorPrefix: textOrNull, anchorSuffix: textOrNull, anchorParagraph: intOrNull,
      verification: oneOf(Verification), rating: oneOf(Rating, true), ratedAt: dateOrNull, ratingSummary: textOrNull,
      workflow: oneOf(Workflow), assigneeId: textOrNull, createdById: textOrNull, searchText: text, version: int, createdAt: date, updatedAt: date,
    },
  },
  // Prisma's implicit many-to-many table for Claim.topics: A is the claim, B the topic.
  { name: "_ClaimToTopic", model: null, order: ["A", "B"], columns: { A: text, B: text } },
  {
    name: "ClaimSubject",
    model: "claimSubject",
    order: ["speakerId", "claimId"],
    cursor: (row) => ({ speakerId_claimId: { speakerId: row.speakerId, claimId: row.claimId } }),
    columns: { claimId: text, speakerId: text },
  },
  {
    name: "Evidence",
    model: "evidence",
    ...byId,
    columns: {
      id: text, claimId: text, sourceId: text, stance: oneOf(EvidenceStance), attributedToId: textOrNull, strength: oneOf(EvidenceStrength),
      note: textOrNull, createdById: textOrNull, createdAt: date, updatedAt: date,
    },
  },
  {
    name: "ClaimLink",
    model: "claimLink",
    ...byId,
    columns: { id: text, fromClaimId: text, toClaimId: text, type: oneOf(ClaimLinkType), note: textOrNull, createdAt: date },
  },
  {
    name: "Annotation",
    model: "annotation",
    ...byId,
    columns: { id: text, claimId: text, authorId: text, visibility: oneOf(AnnotationVisibility), body: text, createdAt: date, updatedAt: date },
  },
  {
    name: "StatusChange",
    model: "statusChange",
    ...byId,
    columns: {
      id: text, claimId: text, field: oneOf(StatusField), fromValue: textOrNull, toValue: textOrNull, reason: text, actorId: textOrNull, createdAt: date,
    },
  },
  // succeeded is null while the attempt is being checked (lib/auth/login.ts).
  { name: "LoginAttempt", model: "loginAttempt", ...byId, columns: { id: text, key: text, succeeded: boolOrNull, createdAt: date, checkedAt: dateOrNull } },
  {
    name: "AuditEvent",
    model: "auditEvent",
    ...byId,
    columns: {
      id: text, actorId: textOrNull, action: text, entityType: text, entityId: text, before: textOrNull, after: textOrNull, createdAt: date,
    },
  },
];

export const TABLE_NAMES = TABLES.map((table) => table.name);

/**
 * Tables an export deliberately leaves out: the migration bookkeeping (the target has its own,
 * from `db:migrate`) and the full-text index, which the target's triggers rebuild from the
 * claims as they are inserted (and the import then checks).
 */
export function isDerivedTable(name: string): boolean {
  return name === "_prisma_migrations" || name === "claim_search" || name.startsWith("claim_search_") || name.startsWith("sqlite_");
}
