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
