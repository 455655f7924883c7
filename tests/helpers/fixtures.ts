import { db } from "@/lib/db";
import type { Role } from "@/lib/db/enums";
import type { Actor } from "@/lib/auth/actor";
import { seedDatabase } from "@/seed/seed";

let counter = 0;

/** A user row in the test database, returned as the Actor services take. */
export async function createTestActor(role: Role, options: { disabled?: boolean } = {}): Promise<Actor> {
  counter += 1;
  const user = await db.user.create({
    data: {
      email: `${role.toLowerCase()}-${counter}-${Date.now()}@test.invalid`,
      name: `Test ${role}`,
      role,
      disabledAt: options.disabled ? new Date() : null,
    },
  });
  return { id: user.id, role: user.role, disabledAt: user.disabledAt };
}

export function seedTestDatabase() {
  return seedDatabase(db, { includeDemoUsers: true });
}

/** Row counts of every table a claim mutation could touch. */
export async function countRows() {
  const [claims, topics, audit, statusChanges, evidence] = await Promise.all([
    db.claim.count(),
    db.topic.count(),
    db.auditEvent.count(),
    db.statusChange.count(),
    db.evidence.count(),
  ]);
  return { claims, topics, audit, statusChanges, evidence };
}
