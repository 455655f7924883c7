import type { DbTransaction } from "../db";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

const toJson = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** Writes an audit event inside the caller's transaction, so the change and its record stand or fall together. */
export async function recordAudit(tx: DbTransaction, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

/**
 * Two snapshots of a record cut down to the fields that differ (compared as JSON), so an audit
 * entry names every field a change touched and no other.
 */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const changed = (Object.keys({ ...before, ...after }) as (keyof T)[]).filter(
    (key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null),
  );
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key] ?? null])) as Partial<T>,
    after: Object.fromEntries(changed.map((key) => [key, after[key] ?? null])) as Partial<T>,
  };
}
