// Issue 10, points 2 and 3: parallel guesses get no more password checks than the limits allow,
// and someone guessing an account's password can delay its owner's login, never lock it.
import { beforeAll, describe, expect, it } from "vitest";
import { attemptLogin } from "@/lib/auth/login";
import { FREE_ACCOUNT_FAILURES, MAX_ACCOUNT_DELAY_MS, MAX_CLIENT_FAILURES } from "@/lib/auth/login-limits";
import { db } from "@/lib/db";
import { createUser } from "@/lib/users/users";
import { createTestActor } from "../helpers/fixtures";
import { TEST_ENGINE } from "../helpers/test-database";

const PASSWORD = "correct horse battery staple";
let counter = 0;

async function account() {
  counter += 1;
  const admin = await createTestActor("ADMIN");
  const email = `limits-${counter}-${Date.now()}@test.invalid`;
  const created = await createUser(admin, { email, name: "Limits Test", role: "EDITOR", password: PASSWORD });
  if (!created.ok) throw new Error(created.message);
  return email;
}

const client = () => `192.0.2.${(counter += 1)}`;
const checkedFailures = (key: string) => db.loginAttempt.count({ where: { key, succeeded: false } });

beforeAll(async () => {
  await db.loginAttempt.deleteMany();
});

describe(`security: login limits (issue 10, points 2 and 3; ${TEST_ENGINE})`, () => {
  it("point 2: 12 parallel wrong passwords check at most the allowed number, and the right one is then refused", async () => {
    const email = await account();
    const now = new Date();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => attemptLogin({ email, password: `wrong ${i}`, clientAddress: client() }, now)),
    );
    const invalid = answers.filter((answer) => !answer.ok && answer.reason === "invalid").length;
    expect(invalid).toBeLessThanOrEqual(FREE_ACCOUNT_FAILURES);
    expect(await checkedFailures(`account:${email}`)).toBe(invalid);
    // Refused attempts left nothing behind to count.
    expect(await db.loginAttempt.count({ where: { key: `account:${email}`, succeeded: null } })).toBe(0);

    const right = await attemptLogin({ email, password: PASSWORD, clientAddress: client() }, new Date(now.getTime() + 100));
    expect(right).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("point 2: 12 parallel guesses from one client at 12 accounts check at most the client's limit", async () => {
    const address = client();
    const now = new Date();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => attemptLogin({ email: `spray-${counter}-${i}@test.invalid`, password: "guess", clientAddress: address }, now)),
    );
    expect(answers.filter((answer) => !answer.ok && answer.reason === "invalid").length).toBeLessThanOrEqual(MAX_CLIENT_FAILURES);
    expect(await checkedFailures(`client:${address}`)).toBeLessThanOrEqual(MAX_CLIENT_FAILURES);
    expect(answers.filter((answer) => !answer.ok && answer.reason === "rate_limited").length).toBeGreaterThanOrEqual(12 - MAX_CLIENT_FAILURES);
  });

  it("point 3: the owner of an account someone keeps guessing at logs in after at most the short delay", async () => {
    const email = await account();
    const attacker = client();
    const start = new Date();
    const at = (ms: number) => new Date(start.getTime() + ms);
    // Twenty guesses, one every three seconds: the account's growing delay refuses most of them.
    for (let i = 0; i < 20; i++) {
      expect(await attemptLogin({ email, password: `guess ${i}`, clientAddress: attacker }, at(i * 3_000))).toMatchObject({ ok: false });
    }
    const lastGuess = at(19 * 3_000);
    const victim = client();
    const soon = await attemptLogin({ email, password: PASSWORD, clientAddress: victim }, lastGuess);
    if (!soon.ok) {
      expect(soon).toMatchObject({ reason: "rate_limited" });
      expect((soon as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(MAX_ACCOUNT_DELAY_MS / 1000);
    }
    const afterDelay = new Date(lastGuess.getTime() + MAX_ACCOUNT_DELAY_MS);
    expect(await attemptLogin({ email, password: PASSWORD, clientAddress: victim }, afterDelay)).toMatchObject({ ok: true });
  });
});
