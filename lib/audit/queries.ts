import { z } from "zod";
import type { Actor } from "../auth/actor";
import { canReadAuditLog } from "../auth/permissions";
import { db } from "../db";
import { actionLabel, changesInWords, collectRefs, emptyNames, ENTITY_LABELS, ENTITY_REFS, subjectInWords, type Names, type RefKind } from "./words";

export const ZAuditQuery = z.object({
  user: z.string().trim().max(64).optional().catch(undefined),
  entityType: z.string().trim().max(40).optional().catch(undefined),
  entityId: z.string().trim().max(64).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export const AUDIT_PAGE_SIZE = 50;
/** The log's count stops here, as every list's does: the log only grows, and no page counts all of it. */
export const AUDIT_COUNT_LIMIT = 1_000;

/** The record types the log can be filtered by, in words. */
export const AUDIT_ENTITY_TYPES = Object.entries(ENTITY_LABELS).map(([value, label]) => ({ value, label }));

/**
 * The audit log, newest first, filtered by user and record; admins only (null for anyone else).
 * Each entry comes in people's words (see lib/audit/words.ts): who, what they did, to which
 * record by name or title, and each changed field's label with its value before and after.
 * Every id on the page is named with one query per table (claims, speakers, sources, users),
 * whatever the page holds; the count stops at AUDIT_COUNT_LIMIT.
 */
export async function auditLog(actor: Actor | null, query: z.output<typeof ZAuditQuery>) {
  if (!canReadAuditLog(actor)) return null;
  const where = {
    ...(query.user ? { actorId: query.user } : {}),
    ...(query.entityType ? { entityType: query.entityType } : {}),
    ...(query.entityId ? { entityId: query.entityId } : {}),
  };
  const [counted, rows, users] = await Promise.all([
    db.auditEvent.count({ where, take: AUDIT_COUNT_LIMIT + 1 }),
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE + 1,
      include: { actor: { select: { name: true } } },
    }),
    db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const page = rows.slice(0, AUDIT_PAGE_SIZE).map((row) => ({ ...row, beforeData: parseSnapshot(row.before), afterData: parseSnapshot(row.after) }));
  const names = await namesFor(page);
  const events = page.map((event) => ({
    id: event.id,
    createdAt: event.createdAt,
    action: event.action,
    actorId: event.actorId,
    who: event.actor?.name ?? (event.actorId ? "(a deleted user)" : "System (no user: seeding or the command line)"),
    what: actionLabel(event.action),
    entityType: event.entityType,
    entityId: event.entityId,
    subject: subjectInWords(event.entityType, event.entityId, event.beforeData, event.afterData, names),
    changes: changesInWords(event.beforeData, event.afterData, names),
  }));
  const totalIsLowerBound = counted > AUDIT_COUNT_LIMIT;
  const total = Math.min(counted, AUDIT_COUNT_LIMIT);
  return {
    total,
    totalIsLowerBound,
    events,
    users,
    page: query.page,
    hasNextPage: rows.length > AUDIT_PAGE_SIZE,
    pageCount: totalIsLowerBound ? null : Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}

export type AuditLogEntry = NonNullable<Awaited<ReturnType<typeof auditLog>>>["events"][number];

function parseSnapshot(text: string | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { value: text };
  }
}

/** Names for every id the page's entries mention: one query per table, none per entry. */
async function namesFor(events: { entityType: string; entityId: string; beforeData: Record<string, unknown>; afterData: Record<string, unknown> }[]): Promise<Names> {
  const ids: Record<RefKind, Set<string>> = { claim: new Set(), speaker: new Set(), source: new Set(), user: new Set() };
  for (const event of events) {
    const own = ENTITY_REFS[event.entityType];
    if (own) ids[own].add(event.entityId);
    collectRefs(event.beforeData, ids);
    collectRefs(event.afterData, ids);
  }
  const list = (kind: RefKind) => [...ids[kind]];
  const [claims, speakers, sources, users] = await Promise.all([
    ids.claim.size ? db.claim.findMany({ where: { id: { in: list("claim") } }, select: { id: true, statement: true } }) : [],
    ids.speaker.size ? db.speaker.findMany({ where: { id: { in: list("speaker") } }, select: { id: true, name: true } }) : [],
    ids.source.size ? db.source.findMany({ where: { id: { in: list("source") } }, select: { id: true, title: true } }) : [],
    ids.user.size ? db.user.findMany({ where: { id: { in: list("user") } }, select: { id: true, name: true } }) : [],
  ]);
  const names = emptyNames();
  for (const row of claims) names.claim.set(row.id, row.statement);
  for (const row of speakers) names.speaker.set(row.id, row.name);
  for (const row of sources) names.source.set(row.id, row.title);
  for (const row of users) names.user.set(row.id, row.name);
  return names;
}

/** The fields a change touched: before and after, side by side. */
export function auditDiff(before: string | null, after: string | null) {
  const parse = (text: string | null) => (text ? (JSON.parse(text) as Record<string, unknown>) : {});
  const a = parse(before);
  const b = parse(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .map((key) => ({ field: key, before: a[key], after: b[key] }));
}
