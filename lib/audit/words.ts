import { LINK_LABELS } from "../claims/link-labels";
import { STANCE_LABELS, STRENGTH_LABELS } from "../claims/sourcing";
import { RATING_LABELS, VERIFICATION_LABELS, WORKFLOW_LABELS } from "../claims/status-labels";
import { formatDateTime, formatDay } from "../text/date-format";
import type { ClaimLinkType, EvidenceStance, EvidenceStrength, Rating, Verification, Workflow } from "../db/enums";

/**
 * The audit log in people's words: what each action, field and stored value means to an editor.
 * Audit entries keep ids and enum values (they are the record); this turns them into names,
 * titles and labels. Which ids to look up, and in what table, is decided here too, so the log's
 * reader (lib/audit/queries.ts) can fetch every name a page needs in one query per table.
 */

/** The tables an id in an audit entry can point into. */
export type RefKind = "claim" | "speaker" | "source" | "user";

/** Fields holding an id, and what they point at. */
export const REF_FIELDS: Record<string, RefKind> = {
  claimId: "claim",
  fromClaimId: "claim",
  toClaimId: "claim",
  claimantId: "speaker",
  relayedFromId: "speaker",
  firstAppearanceId: "source",
  sourceId: "source",
  assigneeId: "user",
  authorId: "user",
  createdById: "user",
  actorId: "user",
  userId: "user",
  speakerId: "speaker",
};

/** The record an entry is about, by its entity type. */
export const ENTITY_REFS: Record<string, RefKind> = { Claim: "claim", Speaker: "speaker", Source: "source", User: "user" };

export const ENTITY_LABELS: Record<string, string> = {
  Claim: "Claim",
  Annotation: "Note",
  Evidence: "Evidence",
  ClaimLink: "Link between claims",
  Speaker: "Speaker",
  Source: "Source",
  User: "User",
  Seed: "Seed data",
};

export const ACTION_LABELS: Record<string, string> = {
  "claim.create": "Created a claim",
  "seed.create": "Loaded a claim from the seed data",
  "seed.complete": "Finished loading the seed data",
  "claim.ingest": "Drafted a claim from an article",
  "claim.update": "Edited a claim",
  "claim.status": "Changed a claim's status",
  "claim.bulk.assign": "Assigned a claim (bulk action)",
  "claim.bulk.workflow": "Moved a claim's workflow (bulk action)",
  "claim.bulk.addTopic": "Added a topic to a claim (bulk action)",
  "annotation.create": "Added a note",
  "annotation.update": "Edited a note",
  "annotation.delete": "Deleted a note",
  "evidence.create": "Attached evidence",
  "evidence.update": "Edited evidence",
  "evidence.delete": "Removed evidence",
  "link.create": "Linked two claims",
  "link.delete": "Removed a link between claims",
  "speaker.create": "Added a speaker",
  "speaker.update": "Edited a speaker",
  "speaker.merge": "Merged two speakers",
  "speaker.alias": "Remembered another name for a speaker",
  "source.create": "Added a source",
  "source.update": "Edited a source",
  "source.merge": "Merged two sources",
  "user.create": "Created an account",
  "user.role": "Changed a user's role",
  "user.disable": "Disabled an account",
  "user.enable": "Enabled an account",
  "user.logout": "Logged out",
  "user.sessions.end": "Logged an account out everywhere",
  "user.password": "Changed their password",
};

export const FIELD_LABELS: Record<string, string> = {
  statement: "Statement",
  quote: "Quote",
  context: "Context",
  claimantId: "Speaker",
  relayedFromId: "Relayed from",
  saidAt: "Said on",
  saidAtInferred: "Date inferred",
  saidAtNote: "Note on the date",
  venue: "Where",
  firstAppearanceId: "First appearance",
  topics: "Topics",
  topic: "Topic",
  anchor: "Passage in the source",
  anchorExact: "Passage (its words)",
  anchorPrefix: "Passage (words before it)",
  anchorSuffix: "Passage (words after it)",
  anchorParagraph: "Passage (paragraph)",
  verification: "Verification",
  rating: "Rating",
  ratingSummary: "Rating summary",
  ratedAt: "Rated on",
  workflow: "Workflow",
  assigneeId: "Assignee",
  createdById: "Created by",
  reason: "Reason",
  claimId: "Claim",
  sourceId: "Source",
  stance: "Stance",
  strength: "Strength",
  note: "Note",
  body: "Text",
  visibility: "Visibility",
  authorId: "Author",
  fromClaimId: "From claim",
  toClaimId: "To claim",
  type: "Link",
  name: "Name",
  email: "Email",
  role: "Role",
  disabledAt: "Disabled on",
  kind: "Kind",
  title: "Title",
  publisher: "Publisher",
  url: "Address",
  publishedAt: "Published on",
  description: "Description",
  kept: "Kept",
  merged: "Merged into it (and removed)",
  claimsMoved: "Claims moved",
  evidenceMoved: "Evidence moved",
  duplicateEvidenceDropped: "Duplicate evidence dropped",
  firstAppearancesMoved: "First appearances moved",
  alias: "Other name",
  speakerId: "Speaker",
  foundAs: "Found as",
  confidence: "Extractor's confidence",
  aliasesMoved: "Other names moved",
};

/** Bookkeeping a person did not change: never shown as a change. */
const HIDDEN_FIELDS = new Set(["id", "slug", "version", "createdAt", "updatedAt", "searchText", "passwordHash", "action", "claimIds", "text", "textHash"]);

const ROLE_LABELS: Record<string, string> = { ADMIN: "Admin", EDITOR: "Editor", CONTRIBUTOR: "Contributor" };
const VISIBILITY_LABELS: Record<string, string> = { INTERNAL: "Internal (desk only)", PUBLIC: "Public (readers see it)" };

/** Enum-valued fields and the words for their values. */
const VALUE_LABELS: Record<string, (value: string) => string | undefined> = {
  verification: (value) => VERIFICATION_LABELS[value as Verification]?.label,
  rating: (value) => RATING_LABELS[value as Rating],
  workflow: (value) => WORKFLOW_LABELS[value as Workflow],
  stance: (value) => STANCE_LABELS[value as EvidenceStance],
  strength: (value) => STRENGTH_LABELS[value as EvidenceStrength],
  type: (value) => LINK_LABELS[value as ClaimLinkType]?.outgoing,
  role: (value) => ROLE_LABELS[value],
  visibility: (value) => VISIBILITY_LABELS[value],
  kind: (value) => sentenceCase(value.replaceAll("_", " ")),
};

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function sentenceCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** "firstAppearancesMoved" → "First appearances moved", for a field no one has named yet. */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? sentenceCase(field.replace(/([a-z0-9])([A-Z])/g, "$1 $2"));
}

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? sentenceCase(action.replaceAll(".", " ").replace(/([a-z0-9])([A-Z])/g, "$1 $2"));
}

/** Names for the ids an entry mentions, looked up by the caller in one query per table. */
export type Names = Record<RefKind, Map<string, string>>;

export const emptyNames = (): Names => ({ claim: new Map(), speaker: new Map(), source: new Map(), user: new Map() });

/** Every id a snapshot mentions, by table (nested snapshots, such as a merge's, included). */
export function collectRefs(snapshot: unknown, into: Record<RefKind, Set<string>>): void {
  if (!snapshot || typeof snapshot !== "object" || Array.isArray(snapshot)) return;
  for (const [field, value] of Object.entries(snapshot)) {
    const kind = REF_FIELDS[field];
    if (kind && typeof value === "string" && value) into[kind].add(value);
    else if (value && typeof value === "object") collectRefs(value, into);
  }
}

function formatStoredDate(text: string): string {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return text;
  const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0;
  return midnight ? formatDay(date) : formatDateTime(date);
}

/**
 * One stored value in words, or null for "nothing" (null, empty, missing). Ids become names
 * (a record since deleted says so), enum values their labels, dates a readable day and time.
 */
export function valueInWords(field: string, value: unknown, names: Names): string | null {
  if (value === null || value === undefined || value === "") return null;
  const kind = REF_FIELDS[field];
  if (kind && typeof value === "string") return names[kind].get(value) ?? `(a deleted ${kind})`;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (field === "anchorParagraph" && typeof value === "number") return `Paragraph ${value + 1}`;
  if (typeof value === "number") return value.toLocaleString("en");
  if (typeof value === "string") {
    const label = VALUE_LABELS[field]?.(value);
    if (label) return label;
    if (ISO_DATE_TIME.test(value)) return formatStoredDate(value);
    return value;
  }
  if (Array.isArray(value)) return value.length === 0 ? null : value.map((item) => valueInWords(field, item, names) ?? "—").join(", ");
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    // A passage anchor: where in the source the quote sits.
    if ("exact" in record && typeof record.exact === "string") {
      return typeof record.paragraph === "number" ? `Paragraph ${record.paragraph + 1}: “${record.exact}”` : `“${record.exact}”`;
    }
    // A whole record (a merge's kept and merged speakers or sources): its name or title.
    if (typeof record.name === "string") return record.name;
    if (typeof record.title === "string") return record.title;
    return JSON.stringify(value);
  }
  return String(value);
}

export type AuditChange = { field: string; label: string; before: string | null; after: string | null };

/**
 * The fields an entry changed, in words, before and after side by side: a creation has only
 * "after" values, a deletion only "before". Bookkeeping (ids of the record itself, versions,
 * timestamps) is left out; a field whose words did not change is too. A field the "before"
 * snapshot holds but a non-empty "after" does not was not recorded after, not removed (a bulk
 * assignment notes the workflow it found, and changes only the assignee).
 */
export function changesInWords(before: Record<string, unknown>, after: Record<string, unknown>, names: Names): AuditChange[] {
  const deletion = Object.keys(after).length === 0;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (field) => !HIDDEN_FIELDS.has(field) && (deletion || field in after),
  );
  return fields
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({
      field,
      label: fieldLabel(field),
      before: field in before ? valueInWords(field, before[field], names) : null,
      after: field in after ? valueInWords(field, after[field], names) : null,
    }))
    .filter((change) => change.before !== change.after);
}

export type AuditSubject = { type: string; title: string; claimId?: string };

const quoted = (text: string) => `“${text}”`;

/**
 * What an entry is about, by name: a claim by its statement, a speaker by name, a source by
 * title, a user by name; a note, evidence or link by the claim (and source) it belongs to.
 * Deleted records are named from the entry's own snapshot.
 */
export function subjectInWords(
  entityType: string,
  entityId: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  names: Names,
): AuditSubject {
  const type = ENTITY_LABELS[entityType] ?? entityType;
  const field = (key: string) => (typeof after[key] === "string" ? (after[key] as string) : typeof before[key] === "string" ? (before[key] as string) : undefined);
  const claim = (id: string | undefined) => (id ? names.claim.get(id) : undefined);
  const ref = ENTITY_REFS[entityType];
  if (ref) {
    const own = names[ref].get(entityId) ?? field(ref === "source" ? "title" : ref === "claim" ? "statement" : "name");
    // A merge's snapshot names the kept record inside `kept`.
    const kept = before.kept && typeof before.kept === "object" ? valueInWords("kept", before.kept, names) : null;
    const title = own ?? kept ?? `(a deleted ${ref})`;
    return { type, title: ref === "claim" ? quoted(title) : title, claimId: ref === "claim" ? entityId : undefined };
  }
  const claimId = field("claimId") ?? field("fromClaimId");
  const onClaim = claim(claimId);
  const claimWords = onClaim ? quoted(onClaim) : "a deleted claim";
  if (entityType === "Evidence") {
    const source = field("sourceId");
    const sourceTitle = source ? (names.source.get(source) ?? "a deleted source") : "a source";
    return { type, title: `${sourceTitle}, on ${claimWords}`, claimId: onClaim ? claimId : undefined };
  }
  if (entityType === "ClaimLink") {
    const to = claim(field("toClaimId"));
    const linkType = field("type");
    const verb = linkType ? (VALUE_LABELS.type!(linkType) ?? linkType).toLowerCase() : "linked to";
    return { type, title: `${claimWords} ${verb} ${to ? quoted(to) : "a deleted claim"}`, claimId: onClaim ? claimId : undefined };
  }
  if (entityType === "Annotation") return { type, title: `On ${claimWords}`, claimId: onClaim ? claimId : undefined };
  return { type, title: claimId ? `On ${claimWords}` : type, claimId: onClaim ? claimId : undefined };
}
