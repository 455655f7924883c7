// Issue 10, point 4: logging out ends the session. Each user has a session version, carried by
// every session token issued at login and compared with the user row whenever a session becomes
// an actor (lib/auth/session.ts); logout, a password change, disabling, enabling, a role change
// and "log out everywhere" bump it, so a token minted before any of them is refused after it.
// Tokens here are minted and read exactly as next-auth does for a cookie: the jwt callback at
// login, encoded and signed with the app's secret; decoded, then the session callback.
import type { Session } from "next-auth";
import { decode, encode, type JWT } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { auditLog, ZAuditQuery } from "@/lib/audit/queries";
import { authOptions } from "@/lib/auth/options";
import { actorForSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { changeOwnPassword, changeUserRole, createUser, endUserSessions, logOut, setUserDisabled } from "@/lib/users/users";
import { createTestActor } from "../helpers/fixtures";
import { TEST_ENGINE } from "../helpers/test-database";

const PASSWORD = "correct horse battery staple";
let admin: Actor;
let counter = 0;

beforeAll(async () => {
  admin = await createTestActor("ADMIN");
});

/** A desk user with a password, as an admin creates one. */
async function user(role: "EDITOR" | "CONTRIBUTOR" = "EDITOR"): Promise<Actor> {
  counter += 1;
  const created = await createUser(admin, { email: `session-${counter}-${Date.now()}@test.invalid`, name: "Session Test", role, password: PASSWORD });
  if (!created.ok) throw new Error(created.message);
  return db.user.findUniqueOrThrow({ where: { id: created.user.id }, select: { id: true, role: true, disabledAt: true } });
}

/** The session cookie's value a login issues for this user now (next-auth's jwt callback, then signing). */
async function logIn(actor: Actor): Promise<string> {
  const { callbacks, secret } = authOptions();
  const jwt = callbacks!.jwt! as (params: { token: JWT; user: { id: string }; trigger: "signIn" }) => Promise<JWT>;
  const token = await jwt({ token: { sub: actor.id }, user: { id: actor.id }, trigger: "signIn" });
  return encode({ token, secret: secret! });
}

/** Who a request carrying this cookie acts as (what currentActor does with getServerSession's answer). */
async function actorFor(cookie: string) {
  const { callbacks, secret } = authOptions();
  const token = await decode({ token: cookie, secret: secret! });
  if (!token) return null;
  const toSession = callbacks!.session! as (params: { session: Session; token: JWT }) => Promise<Session> | Session;
  const session = await toSession({ session: { user: {}, expires: new Date(Date.now() + 3_600_000).toISOString() }, token });
  return actorForSession(session.user);
}

const auditActions = async (entityId: string) =>
  (await db.auditEvent.findMany({ where: { entityId }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true } })).map((e) => e.action);

describe(`security: logout ends the session (issue 10, point 4; ${TEST_ENGINE})`, () => {
  it("refuses a copied session token after its user logs out, while a new login works", async () => {
    const editor = await user();
    const cookie = await logIn(editor);
    const copy = cookie; // what an attacker lifted from the browser
    expect(await actorFor(copy)).toMatchObject({ id: editor.id, role: "EDITOR" });

    expect(await logOut(editor)).toMatchObject({ ok: true });
    expect(await actorFor(cookie)).toBeNull();
    expect(await actorFor(copy)).toBeNull();
    expect(await auditActions(editor.id)).toContain("user.logout");

    const again = await logIn(editor);
    expect(await actorFor(again)).toMatchObject({ id: editor.id });
    expect(await actorFor(copy)).toBeNull();
  });

  it("ends every session on a password change, and none when the current password is wrong", async () => {
    const editor = await user();
    const cookie = await logIn(editor);
    const wrong = await changeOwnPassword(editor, { currentPassword: "not the password", newPassword: "a brand new passphrase" });
    expect(wrong).toMatchObject({ ok: false, error: "invalid", fieldErrors: { currentPassword: [expect.any(String)] } });
    expect(await actorFor(cookie)).toMatchObject({ id: editor.id });

    expect(await changeOwnPassword(editor, { currentPassword: PASSWORD, newPassword: "a brand new passphrase" })).toMatchObject({ ok: true });
    expect(await actorFor(cookie)).toBeNull();
    expect(await auditActions(editor.id)).toContain("user.password");
  });

  it("ends every session when an account is disabled, and re-enabling it does not revive them", async () => {
    const editor = await user();
    const cookie = await logIn(editor);
    expect(await setUserDisabled(admin, { userId: editor.id, disabled: true })).toMatchObject({ ok: true });
    expect(await actorFor(cookie)).toBeNull();
    expect(await setUserDisabled(admin, { userId: editor.id, disabled: false })).toMatchObject({ ok: true });
    expect(await actorFor(cookie)).toBeNull();
    // A token minted while disabled (issued just before the admin's click, say) dies on enabling too.
    await setUserDisabled(admin, { userId: editor.id, disabled: true });
    const mintedWhileDisabled = await logIn(editor);
    await setUserDisabled(admin, { userId: editor.id, disabled: false });
    expect(await actorFor(mintedWhileDisabled)).toBeNull();
    expect(await actorFor(await logIn(editor))).toMatchObject({ id: editor.id });
  });

  it("ends every session on a role change, and not when the role stays the same", async () => {
    const contributor = await user("CONTRIBUTOR");
    const cookie = await logIn(contributor);
    expect(await changeUserRole(admin, { userId: contributor.id, role: "CONTRIBUTOR" })).toMatchObject({ ok: true });
    expect(await actorFor(cookie)).toMatchObject({ id: contributor.id });
    expect(await changeUserRole(admin, { userId: contributor.id, role: "EDITOR" })).toMatchObject({ ok: true });
    expect(await actorFor(cookie)).toBeNull();
    expect(await actorFor(await logIn(contributor))).toMatchObject({ id: contributor.id, role: "EDITOR" });
  });

  it("logs a user out everywhere: themselves, or any user for an admin; nobody else", async () => {
    const editor = await user();
    const other = await user();
    const [laptop, phone] = [await logIn(editor), await logIn(editor)];

    // Another non-admin may not end someone's sessions.
    expect(await endUserSessions(other, { userId: editor.id })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await actorFor(laptop)).toMatchObject({ id: editor.id });

    expect(await endUserSessions(editor, { userId: editor.id })).toMatchObject({ ok: true, self: true });
    expect([await actorFor(laptop), await actorFor(phone)]).toEqual([null, null]);

    const tablet = await logIn(editor);
    const otherSession = await logIn(other);
    expect(await endUserSessions(admin, { userId: editor.id })).toMatchObject({ ok: true, self: false });
    expect(await actorFor(tablet)).toBeNull();
    expect(await actorFor(otherSession)).toMatchObject({ id: other.id }); // only that user's sessions end
    expect((await auditActions(editor.id)).filter((action) => action === "user.sessions.end")).toHaveLength(2);

    // The audit log says it in words: who ended whose sessions.
    const log = await auditLog(admin, ZAuditQuery.parse({ user: admin.id }));
    expect(log!.events.find((event) => event.action === "user.sessions.end")).toMatchObject({
      what: "Logged an account out everywhere",
      subject: { type: "User", title: "Session Test" },
    });

    expect(await endUserSessions(admin, { userId: "no-such-user" })).toMatchObject({ ok: false, error: "not_found" });
    expect(await endUserSessions(null, { userId: editor.id })).toMatchObject({ ok: false, error: "unauthenticated" });
  });

  it("refuses a token that carries no session version (issued before versions existed)", async () => {
    const editor = await user();
    const { secret } = authOptions();
    const legacy = await encode({ token: { sub: editor.id, uid: editor.id }, secret: secret! });
    expect(await actorFor(legacy)).toBeNull();
    expect(await actorFor(await logIn(editor))).toMatchObject({ id: editor.id });
  });
});
