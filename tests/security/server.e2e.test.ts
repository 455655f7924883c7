// Issue 10, points 3 and 11, request logs and graceful shutdown, through the real HTTP server
// (server.mjs, what `npm start` runs): what a client sends in forwarded headers counts for
// nothing unless TRUSTED_PROXIES says the peer is a proxy.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_CLIENT_FAILURES } from "@/lib/auth/login-limits";
import { startSeededServer, type SeededServer } from "../helpers/seeded-server";

let direct: SeededServer; // no TRUSTED_PROXIES: clients connect straight to it
let proxied: SeededServer; // TRUSTED_PROXIES=loopback: as behind a proxy on this machine

beforeAll(async () => {
  [direct, proxied] = await Promise.all([startSeededServer("sqlite"), startSeededServer("sqlite", { TRUSTED_PROXIES: "loopback" })]);
});

afterAll(async () => {
  await Promise.all([direct?.stop(), proxied?.stop()]);
});

/** Logs in the way the login form does (next-auth's credentials callback); returns next-auth's error code, if any. */
async function logIn(baseUrl: string, email: string, password: string, headers: Record<string, string> = {}) {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const cookie = csrf.headers.getSetCookie().map((value) => value.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...headers },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/admin" }),
  });
  const location = new URL(response.headers.get("location") ?? "/", baseUrl);
  return { response, error: location.searchParams.get("error") };
}

/** Wrong passwords for distinct accounts, each claiming to come from another address. */
async function sprayWithRotatingForwardedFor(baseUrl: string, count: number) {
  const errors: (string | null)[] = [];
  for (let i = 0; i < count; i++) {
    const { error } = await logIn(baseUrl, `spray-${i}@test.invalid`, "guess", { "X-Forwarded-For": `203.0.113.${i + 1}` });
    errors.push(error);
  }
  return errors;
}

/** The request lines the server has logged so far. */
function requestLines(server: SeededServer) {
  return server.server
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.msg === "request");
}

describe("security: the HTTP server (issue 10, points 3 and 11; logs; shutdown)", () => {
  it("point 3: ignores a client's X-Forwarded-For unless TRUSTED_PROXIES says so", async () => {
    const count = MAX_CLIENT_FAILURES + 2;
    const direct_ = await sprayWithRotatingForwardedFor(direct.server.url, count);
    expect(direct_.slice(0, MAX_CLIENT_FAILURES)).toEqual(Array(MAX_CLIENT_FAILURES).fill("CredentialsSignin"));
    expect(direct_.slice(MAX_CLIENT_FAILURES)).toEqual(["RateLimited", "RateLimited"]);
    // Behind a trusted proxy, the addresses it forwards are distinct clients.
    expect(await sprayWithRotatingForwardedFor(proxied.server.url, count)).toEqual(Array(count).fill("CredentialsSignin"));
  });

  it("point 11: refuses a server action posted with a forged X-Forwarded-Host and a foreign Origin", async () => {
    // A server action as a browser posts a form (React's multipart encoding), to an unknown action id.
    const boundary = "----ClaimDeskSecurityTest";
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n${JSON.stringify([null, "$K1"])}\r\n--${boundary}--\r\n`;
    const post = (headers: Record<string, string>) =>
      fetch(`${direct.server.url}/login`, {
        method: "POST",
        headers: { "Next-Action": "7f".padEnd(42, "0"), "content-type": `multipart/form-data; boundary=${boundary}`, ...headers },
        body,
      });
    // Same origin: past the Origin check, to the lookup of this (unknown) action.
    const sameOrigin = await post({ Origin: direct.server.url });
    expect(sameOrigin.headers.get("x-nextjs-action-not-found")).toBe("1");
    // A foreign Origin dressed up with a forged X-Forwarded-Host: the server drops the header (no
    // trusted proxy sent it), so the host stays this one and the Origin check refuses the action.
    const forged = await post({ Origin: "http://evil.example", "X-Forwarded-Host": "evil.example" });
    expect(forged.headers.get("x-nextjs-action-not-found")).toBeNull();
    expect(forged.status).toBe(403);
  });

  it("logs exactly one JSON line per request, with no password, cookie or query string", async () => {
    const password = "hunter2-never-logged";
    const { response: login } = await logIn(direct.server.url, "admin@claimdesk.test", password, {
      cookie: "next-auth.session-token=cookie-never-logged",
    });
    const page = await fetch(`${direct.server.url}/claims?q=query-never-logged`, { headers: { authorization: "Bearer token-never-logged" } });
    const ids = [login.headers.get("x-request-id"), page.headers.get("x-request-id")];
    expect(ids.every((id) => typeof id === "string" && id.length > 0)).toBe(true);
    await expect.poll(() => requestLines(direct).filter((line) => ids.includes(line.id as string)).length).toBe(2);
    const [loginLine, pageLine] = ids.map((id) => requestLines(direct).filter((line) => line.id === id));
    expect(loginLine).toEqual([expect.objectContaining({ method: "POST", path: "/api/auth/callback/credentials", status: login.status })]);
    expect(pageLine).toEqual([expect.objectContaining({ method: "GET", path: "/claims", status: 200, durationMs: expect.any(Number) })]);
    const output = direct.server.output();
    for (const secret of [password, "cookie-never-logged", "query-never-logged", "token-never-logged"]) expect(output).not.toContain(secret);
  });

  it("on SIGTERM lets a slow request finish, takes no new one, and exits 0", async () => {
    const url = new URL("/api/auth/callback/credentials", proxied.server.url);
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const slow = request(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" } }, (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      });
      slow.on("error", reject);
      slow.write("email=admin%40claimdesk.test&");
      setTimeout(() => {
        proxied.server.process.kill("SIGTERM");
        // Still sending its body two seconds after the signal.
        setTimeout(() => slow.end("password=slow"), 2_000);
      }, 500);
    });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await expect(fetch(`${proxied.server.url}/api/health`)).rejects.toThrow();
    const { status } = await answer;
    expect(status).toBeGreaterThanOrEqual(200);
    expect(status).toBeLessThan(500);
    expect(await proxied.server.exited).toBe(0);
    expect(proxied.server.output()).toMatch(/"msg":"stopped"/);
  });
});
