import { beforeAll, describe, expect, it } from "vitest";
import { attemptLogin } from "@/lib/auth/login";
import { FREE_ACCOUNT_FAILURES, MAX_ACCOUNT_DELAY_MS, MAX_CLIENT_FAILURES } from "@/lib/auth/login-limits";
import { clientAddress } from "@/lib/auth/options";
import { db } from "@/lib/db";
import { createUser } from "@/lib/users/users";
import { createTestActor } from "../helpers/fixtures";
import { TEST_ENGINE } from "../helpers/test-database";

const PASSWORD = "correct horse battery staple";
let counter = 0;

async function account(options: { disabled?: boolean } = {}) {
  counter += 1;
  const admin = await createTestActor("ADMIN");
  const email = `login-${counter}-${Date.now()}@test.invalid`;
  const created = await createUser(admin, { email, name: "Login Test", role: "EDITOR", password: PASSWORD });
  if (!created.ok) throw new Error(created.message);
  if (options.disabled) await db.user.update({ where: { id: created.user.id }, data: { disabledAt: new Date() } });
  return email;
}

const client = () => `198.51.100.${(counter += 1)}`;

beforeAll(async () => {
  await db.loginAttempt.deleteMany();
});

describe(`logging in (${TEST_ENGINE})`, () => {
  it("accepts the right password, whatever the email's case", async () => {
    const email = await account();
    const result = await attemptLogin({ email: email.toUpperCase(), password: PASSWORD, clientAddress: client() });
    expect(result).toMatchObject({ ok: true, user: { email, role: "EDITOR" } });
  });

  it("gives the same answer for a wrong password, an unknown email and a disabled account", async () => {
    const email = await account();
    const disabled = await account({ disabled: true });
    const answers = await Promise.all([
      attemptLogin({ email, password: "wrong password", clientAddress: client() }),
      attemptLogin({ email: "nobody@test.invalid", password: PASSWORD, clientAddress: client() }),
      attemptLogin({ email: disabled, password: PASSWORD, clientAddress: client() }),
    ]);
    expect(answers).toEqual([{ ok: false, reason: "invalid" }, { ok: false, reason: "invalid" }, { ok: false, reason: "invalid" }]);
  });

  it("makes an account wait after a few failures, with a delay that grows but never past a minute", async () => {
    const email = await account();
    const start = new Date();
    const at = (ms: number) => new Date(start.getTime() + ms);
    for (let i = 0; i < FREE_ACCOUNT_FAILURES; i++) {
      expect(await attemptLogin({ email, password: `wrong ${i}`, clientAddress: client() }, at(i))).toMatchObject({ reason: "invalid" });
    }
    const blocked = await attemptLogin({ email, password: PASSWORD, clientAddress: client() }, at(100));
    expect(blocked).toMatchObject({ ok: false, reason: "rate_limited" });
    expect((blocked as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(MAX_ACCOUNT_DELAY_MS / 1000);
    expect(await attemptLogin({ email, password: PASSWORD, clientAddress: client() }, at(MAX_ACCOUNT_DELAY_MS + 10))).toMatchObject({ ok: true });
  });

  it(`refuses a client address after ${MAX_CLIENT_FAILURES} failures, whichever accounts it tried`, async () => {
    const address = client();
    for (let i = 0; i < MAX_CLIENT_FAILURES; i++) {
      await attemptLogin({ email: `guess-${i}@test.invalid`, password: "guess", clientAddress: address });
    }
    const email = await account();
    expect(await attemptLogin({ email, password: PASSWORD, clientAddress: address })).toMatchObject({ reason: "rate_limited" });
    expect(await attemptLogin({ email, password: PASSWORD, clientAddress: client() })).toMatchObject({ ok: true });
  });

  it("keeps counting in the database, so another instance sees the same failures", async () => {
    const email = await account();
    await attemptLogin({ email, password: "wrong", clientAddress: client() });
    expect(await db.loginAttempt.count({ where: { key: `account:${email}`, succeeded: false } })).toBe(1);
  });
});

describe("clientAddress", () => {
  it("reads only the header the HTTP server sets, and only when that server runs", () => {
    const headers = { "x-claimdesk-client-address": "203.0.113.9", "x-forwarded-for": "6.6.6.6" };
    expect(clientAddress(headers)).toBe("unknown");
    process.env.CLAIMDESK_SERVER_SETS_CLIENT_ADDRESS = "1";
    try {
      expect(clientAddress(headers)).toBe("203.0.113.9");
      expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6" }))).toBe("unknown");
      expect(clientAddress(undefined)).toBe("unknown");
    } finally {
      delete process.env.CLAIMDESK_SERVER_SETS_CLIENT_ADDRESS;
    }
  });
});
