import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { normalizeEmail } from "../auth/login";
import { hashPassword, verifyPassword } from "../auth/password";
import { canChangeOwnPassword, canEndSessions, canManageUsers } from "../auth/permissions";
import { ENDS_SESSIONS, endSessionsOf } from "../auth/session-version";
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
export const ZEndSessionsInput = z.object({ userId: z.string().trim().min(1).max(64) });
export const ZChangePasswordInput = z.object({
  currentPassword: z.string({ error: "Give your current password" }).min(1, "Give your current password").max(1_024),
  newPassword: password,
});

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
  if (before.role === parsed.data.role) return { ok: true, user: { id: before.id } };
  await db.$transaction(async (tx) => {
    // A new role ends the user's sessions: whatever a page showed under the old role is gone with them.
    const after = await tx.user.update({ where: { id: before.id }, data: { role: parsed.data.role, ...ENDS_SESSIONS }, select: PUBLIC_USER });
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
      // Both ways end the user's sessions: disabling for good measure (a disabled user is refused
      // anyway), enabling so that tokens from before the account was disabled stay dead.
      data: { disabledAt: parsed.data.disabled ? (before.disabledAt ?? new Date()) : null, ...ENDS_SESSIONS },
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

/**
 * Logging out: ends every session of the acting user on the server (lib/auth/session-version.ts),
 * so a copy of the session cookie is refused from now on; the logout button then clears the
 * cookie itself. Nobody to log out (already logged out, or the session already ended) is refused.
 */
export async function logOut(actor: Actor | null): Promise<Result<{ user: { id: string } }>> {
  if (!actor || !canEndSessions(actor, actor)) return denied(actor, "You are not logged in.");
  await db.$transaction(async (tx) => {
    await endSessionsOf(tx, actor.id);
    await recordAudit(tx, { actorId: actor.id, action: "user.logout", entityType: "User", entityId: actor.id });
  });
  return { ok: true, user: { id: actor.id } };
}

/**
 * "Log out everywhere": ends every session of a user, on every device. Any user for their own
 * account, admins for anyone's (a lost laptop, a departing colleague).
 */
export async function endUserSessions(actor: Actor | null, input: unknown): Promise<Result<{ user: { id: string }; self: boolean }>> {
  if (!actor) return denied(actor);
  const parsed = ZEndSessionsInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  if (!canEndSessions(actor, { id: parsed.data.userId })) return denied(actor, "Only admins log out other users.");
  const user = await db.user.findUnique({ where: { id: parsed.data.userId }, select: { id: true } });
  if (!user) return failure("not_found", "No such user.");
  await db.$transaction(async (tx) => {
    await endSessionsOf(tx, user.id);
    await recordAudit(tx, { actorId: actor.id, action: "user.sessions.end", entityType: "User", entityId: user.id });
  });
  return { ok: true, user: { id: user.id }, self: user.id === actor.id };
}

/**
 * A user changes their own password, proving they know the current one (a session left open on
 * a shared screen must not be enough to take the account over). It ends every session, this one
 * included: whoever knew the old password is logged out, and the user logs in with the new one.
 */
export async function changeOwnPassword(actor: Actor | null, input: unknown): Promise<Result<{ user: { id: string } }>> {
  if (!canChangeOwnPassword(actor)) return denied(actor);
  const parsed = ZChangePasswordInput.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { id: true, passwordHash: true } });
  if (!user) return failure("not_found", "No such user.");
  const matches = user.passwordHash ? await verifyPassword(user.passwordHash, parsed.data.currentPassword).catch(() => false) : false;
  if (!matches) return invalid({ currentPassword: ["That is not your current password"] });
  const passwordHash = await hashPassword(parsed.data.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, ...ENDS_SESSIONS }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "user.password", entityType: "User", entityId: user.id });
  });
  return { ok: true, user: { id: user.id } };
}
