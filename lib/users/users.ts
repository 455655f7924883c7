import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { normalizeEmail } from "../auth/login";
import { hashPassword } from "../auth/password";
import { canManageUsers } from "../auth/permissions";
import { db } from "../db";
import { Role } from "../db/enums";
import { denied, failure, invalid, zodFieldErrors, type Result } from "../result";

export const MIN_PASSWORD_LENGTH = 12;

const email = z.email("Not an email address").max(320).transform(normalizeEmail);
const password = z
  .string({ error: "Choose a password" })
  .min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`)
  .max(1_024, "At most 1024 characters");

export const ZCreateUserInput = z.object({
  email,
  name: z.string().trim().min(1, "Give a name").max(200),
  role: z.enum(Role, { error: "Choose admin, editor or contributor" }),
  password,
});
export const ZChangeRoleInput = z.object({ userId: z.string().trim().min(1).max(64), role: z.enum(Role, { error: "Unknown role" }) });
export const ZSetDisabledInput = z.object({ userId: z.string().trim().min(1).max(64), disabled: z.boolean({ error: "Say whether to disable the account" }) });

const PUBLIC_USER = { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true } as const;

/**
 * Creates an account. Used by admins through the app, and by `npm run user:create` on the
 * server (actor null, which only that command passes: the operator has the database already).
 */
async function insertUser(actorId: string | null, input: unknown): Promise<Result<{ user: { id: string; email: string } }>> {
  const parsed = ZCreateUserInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const { password: plain, ...fields } = parsed.data;
  if (await db.user.findUnique({ where: { email: fields.email }, select: { id: true } })) {
    return invalid({ email: ["An account with this email already exists"] });
  }
  const passwordHash = await hashPassword(plain);
  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({ data: { ...fields, passwordHash }, select: PUBLIC_USER });
    await recordAudit(tx, { actorId, action: "user.create", entityType: "User", entityId: created.id, after: created });
    return created;
  });
  return { ok: true, user: { id: user.id, email: user.email } };
}

export async function createUser(actor: Actor | null, input: unknown) {
  if (!canManageUsers(actor)) return denied(actor, "Only admins manage users.");
  return insertUser(actor.id, input);
}

/** For the `user:create` command only (see above). */
export function createUserFromCommandLine(input: unknown) {
  return insertUser(null, input);
}

export async function changeUserRole(actor: Actor | null, input: unknown): Promise<Result<{ user: { id: string } }>> {
  if (!canManageUsers(actor)) return denied(actor, "Only admins manage users.");
  const parsed = ZChangeRoleInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const before = await db.user.findUnique({ where: { id: parsed.data.userId }, select: PUBLIC_USER });
  if (!before) return failure("not_found", "No such user.");
  if (before.id === actor.id && parsed.data.role !== "ADMIN") return invalid({ role: ["You cannot remove your own admin role"] });
  await db.$transaction(async (tx) => {
    const after = await tx.user.update({ where: { id: before.id }, data: { role: parsed.data.role }, select: PUBLIC_USER });
    await recordAudit(tx, { actorId: actor.id, action: "user.role", entityType: "User", entityId: before.id, before, after });
  });
  return { ok: true, user: { id: before.id } };
}

export async function setUserDisabled(actor: Actor | null, input: unknown): Promise<Result<{ user: { id: string } }>> {
  if (!canManageUsers(actor)) return denied(actor, "Only admins manage users.");
  const parsed = ZSetDisabledInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const before = await db.user.findUnique({ where: { id: parsed.data.userId }, select: PUBLIC_USER });
  if (!before) return failure("not_found", "No such user.");
  if (before.id === actor.id && parsed.data.disabled) return invalid({ disabled: ["You cannot disable your own account"] });
  await db.$transaction(async (tx) => {
    const after = await tx.user.update({
      where: { id: before.id },
      data: { disabledAt: parsed.data.disabled ? (before.disabledAt ?? new Date()) : null },
      select: PUBLIC_USER,
    });
    await recordAudit(tx, { actorId: actor.id, action: parsed.data.disabled ? "user.disable" : "user.enable", entityType: "User", entityId: before.id, before, after });
  });
  return { ok: true, user: { id: before.id } };
}

export async function listUsers(actor: Actor | null) {
  if (!canManageUsers(actor)) return null;
  return db.user.findMany({ orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }], select: PUBLIC_USER });
}
