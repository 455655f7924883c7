import { z } from "zod";
import type { Actor } from "../auth/actor";
import { canReadAuditLog } from "../auth/permissions";
import { db } from "../db";

export const ZAuditQuery = z.object({
  user: z.string().trim().max(64).optional().catch(undefined),
  entityType: z.string().trim().max(40).optional().catch(undefined),
  entityId: z.string().trim().max(64).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export const AUDIT_PAGE_SIZE = 50;

/** The audit log, newest first, filtered by user and record; admins only (null for anyone else). */
export async function auditLog(actor: Actor | null, query: z.output<typeof ZAuditQuery>) {
  if (!canReadAuditLog(actor)) return null;
  const where = {
    ...(query.user ? { actorId: query.user } : {}),
    ...(query.entityType ? { entityType: query.entityType } : {}),
    ...(query.entityId ? { entityId: query.entityId } : {}),
  };
  const [total, events, users] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { name: true, email: true } } },
    }),
    db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { total, events, users, page: query.page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
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
