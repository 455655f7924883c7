// Issue 10, point 9: bad input answers 4xx with a reason, never 500, and writes nothing. Named cases
// for each finding of the attack pass, then fast-check driving every API route and every server
// action (as an editor and anonymously) with generated bad paths, queries, headers and bodies.
// A failing property prints its seed and the shrunk request: rerun with `seed` in fc.assert.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, Prisma, type DbClient } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { launchChromium } from "../helpers/browser";
import { loggedInPage } from "../helpers/desk";
import { startSeededServer, type SeededServer } from "../helpers/seeded-server";

let desk: SeededServer;
let browser: Browser;
let db: DbClient;
let base: string;
/** The editor's session cookies, as a Cookie header. */
let editorCookie: string;
let claimSlug: string;
let speakerSlug: string;
let sourceSlug: string;
let claimId: string;
let sitemapIds: string[];

/** Every server action in the build, by id (Next names them in this manifest). */
const ACTION_IDS: string[] = Object.keys(
  (JSON.parse(readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, unknown> }).node,
);

beforeAll(async () => {
  desk = await startSeededServer("sqlite");
  base = desk.server.url;
  db = createPrismaClient(resolveDatabaseTarget(desk.database.url));
  browser = await launchChromium();
  const page = await loggedInPage(browser, base, "editor@claimdesk.test");
  editorCookie = (await page.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
  await page.context().close();
  const claim = await db.claim.findFirstOrThrow({ where: { workflow: "PUBLISHED" } });
  claimSlug = claim.slug;
  claimId = claim.id;
  speakerSlug = (await db.speaker.findFirstOrThrow()).slug;
  sourceSlug = (await db.source.findFirstOrThrow()).slug;
  const index = await (await fetch(`${base}/sitemap-index.xml`)).text();
  sitemapIds = [...index.matchAll(/\/sitemap\/([^<"/]+)\.xml/g)].map((match) => match[1] ?? "");
}, 180_000);

afterAll(async () => {
  await db?.$disconnect();
  await browser?.close();
  await desk?.stop();
});

/**
 * Actions that take no input at all: logging out, and ending one's own sessions. Any body a
 * logged-in user posts to them is a valid call (the Origin check still applies), so the audit
 * entry they write is not bad input getting through.
 */
const INPUTLESS_AUDIT_ACTIONS = ["user.logout", "user.sessions.end"];

/** Every table's row count, read through the database (the input-less actions' audit entries aside). */
async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    const delegate = (db as unknown as Record<string, { count: (args?: object) => Promise<number> }>)[model.charAt(0).toLowerCase() + model.slice(1)];
    if (!delegate) throw new Error(`no client delegate for ${model}`);
    counts[model] = await delegate.count(model === "AuditEvent" ? { where: { action: { notIn: INPUTLESS_AUDIT_ACTIONS } } } : undefined);
  }
  return counts;
}

type Sent = { method: string; path: string; headers?: Record<string, string>; body?: BodyInit };

async function send({ method, path: address, headers = {}, body }: Sent): Promise<{ status: number; text: string }> {
  const response = await fetch(`${base}${address}`, { method, headers, body, redirect: "manual", signal: AbortSignal.timeout(30_000) });
  return { status: response.status, text: await response.text() };
}

const describeRequest = (request: Sent) =>
  `${request.method} ${request.path} ${JSON.stringify(request.headers)} ${typeof request.body === "string" ? request.body.slice(0, 200) : request.body ? "<binary>" : ""}`;

function multipart(fields: Record<string, string>, boundary = "----claimdesk"): { body: string; contentType: string } {
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: `${parts.join("")}--${boundary}--\r\n`, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A call as a desk page's script sends it: (previous state, the form). */
function actionCall(fields: Record<string, string>) {
  return multipart({ "0": JSON.stringify([null, "$K1"]), ...Object.fromEntries(Object.entries(fields).map(([key, value]) => [`1_${key}`, value])) });
}

const MALFORMED_ESCAPES = ["%FF", "%E0%A4%A", "%C0%AF", "%", "%zz", "%ED%A0%80", "a%F0%9F"];

describe("security: bad input answers 4xx, never 500 (issue 10, point 9)", () => {
  it("answers 400 to a malformed percent-escape on every dynamic route", async () => {
    const routes = [
      (bad: string) => `/claims/${bad}`,
      (bad: string) => `/speakers/${bad}`,
      (bad: string) => `/speakers/${bad}/p/2`,
      (bad: string) => `/sources/${bad}`,
      (bad: string) => `/sources/${sourceSlug}/p/${bad}`,
      (bad: string) => `/sources/all/${bad}`,
      (bad: string) => `/front-page/${bad}`,
      (bad: string) => `/api/v1/claims/${bad}`,
      (bad: string) => `/api/v1/speakers/${bad}`,
      (bad: string) => `/api/auth/${bad}`,
      (bad: string) => `/api/auth/callback/${bad}`,
      (bad: string) => `/sitemap/${bad}.xml`,
      (bad: string) => `/admin/claims/${bad}`,
    ];
    for (const route of routes) {
      for (const bad of MALFORMED_ESCAPES) {
        const address = route(bad);
        const { status, text } = await send({ method: "GET", path: address });
        expect(status, address).toBe(400);
        expect(text, address).toMatch(/malformed percent-escape/);
      }
    }
    // A page number holding a "%" once decoded: the rewrite to /…/p/<page> made it a malformed path.
    for (const address of ["/speakers/donald-trump?page=%25", "/sources?page=%", `/sources/${sourceSlug}?page=a%25FF`]) {
      expect((await send({ method: "GET", path: address })).status, address).toBe(200);
    }
    // An API address answers in JSON, like every other API error.
    const response = await fetch(`${base}/api/v1/claims/%FF`);
    expect(await response.json()).toMatchObject({ error: "bad_request" });
    // A well-formed escape is still an ordinary address: found, or not found.
    expect((await send({ method: "GET", path: `/claims/${claimSlug}` })).status).toBe(200);
    expect((await send({ method: "GET", path: "/claims/caf%C3%A9" })).status).toBe(404);
  });

  it("refuses a server-action body over 1 MB with 413", async () => {
    const before = await rowCounts();
    const big = actionCall({ claimId, visibility: "PUBLIC", body: "x".repeat(1024 * 1024 + 10) });
    for (const cookie of [editorCookie, ""]) {
      const response = await send({
        method: "POST",
        path: `/admin/claims/${claimId}`,
        headers: { "Next-Action": ACTION_IDS[0] ?? "", "Content-Type": big.contentType, Origin: base, Cookie: cookie },
        body: big.body,
      });
      expect(response.status).toBe(413);
      expect(response.text).toMatch(/at most 1 MB/);
      // Sent in chunks, without a length up front.
      const chunked = new Blob([big.body]).stream();
      const streamed = await fetch(`${base}/admin`, {
        method: "POST",
        headers: { "Next-Action": ACTION_IDS[0] ?? "", "Content-Type": big.contentType, Origin: base, Cookie: cookie },
        body: chunked,
        duplex: "half",
      } as RequestInit);
      expect(streamed.status).toBe(413);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses malformed server-action payloads with 4xx and a reason", async () => {
    const before = await rowCounts();
    // A few actions are enough here (the property below tries them all): the checks come before any action runs.
    const someIds = ACTION_IDS.slice(0, 2);
    const garbage = { body: "garbage", contentType: "multipart/form-data; boundary=xyz" };
    const cases: Array<{ name: string; id?: string; contentType: string; body: string }> = [
      { name: "unknown action id", id: `7f${"0".repeat(40)}`, ...actionCall({ claimId }) },
      { name: "garbage multipart", ...garbage },
      { name: "wrong content type (JSON)", contentType: "application/json", body: '{"a":1}' },
      { name: "plain-text arguments", contentType: "text/plain;charset=UTF-8", body: "[null,{}]" },
      { name: "not JSON", contentType: "text/plain;charset=UTF-8", body: "not json" },
      { name: "arguments not a form", ...multipart({ "0": "[1,2,3]" }) },
      { name: "arguments not JSON", ...multipart({ "0": "{" }) },
      { name: "no arguments", ...multipart({ x: "1" }) },
    ];
    for (const cookie of [editorCookie, ""]) {
      for (const id of someIds) {
        for (const { name, id: forcedId, contentType, body } of cases) {
          for (const page of ["/admin", `/admin/claims/${claimId}`, `/claims/${claimSlug}`]) {
            const response = await send({
              method: "POST",
              path: page,
              headers: { "Next-Action": forcedId ?? id, "Content-Type": contentType, Origin: base, Cookie: cookie },
              body,
            });
            expect(response.status, `${name} to ${page}`).toBeGreaterThanOrEqual(400);
            expect(response.status, `${name} to ${page}`).toBeLessThan(500);
          }
        }
      }
    }
    // From another site, or an Origin that is not an address: Next's CSRF check answered these with a 500.
    for (const origin of ["https://evil.example", "null", "not a url"]) {
      // An empty action id too: Next takes it for an action, but a proxy matcher cannot see an empty header.
      for (const [id, page] of [[ACTION_IDS[0] ?? "", "/admin"], ["", `/claims/${claimSlug}`]] as const) {
        const call = actionCall({ claimId, visibility: "PUBLIC", body: "x" });
        const response = await send({
          method: "POST",
          path: page,
          headers: { "Next-Action": id, "Content-Type": call.contentType, Origin: origin, Cookie: editorCookie },
          body: call.body,
        });
        expect(response.status, `${origin} ${id} ${page}`).toBe(403);
      }
    }
    // An empty Origin: Next's CSRF check throws parsing it, and no proxy matcher sees an empty header.
    for (const id of ["", ACTION_IDS[0] ?? ""]) {
      const response = await send({ method: "POST", path: `/claims/${claimSlug}`, headers: { "Next-Action": id, Origin: "" }, body: "" });
      expect(response.status, `empty Origin, action "${id}"`).toBe(400);
    }
    // A form posted without script: garbage multipart, or the action named with no state.
    for (const page of ["/admin", `/claims/${claimSlug}`, "/"]) {
      const response = await send({ method: "POST", path: page, headers: { "Content-Type": garbage.contentType, Origin: base }, body: garbage.body });
      expect(response.status, page).toBe(400);
    }
    for (const id of ACTION_IDS) {
      const form = multipart({ [`$ACTION_ID_${id}`]: "", claimId, body: "x" });
      const response = await send({
        method: "POST",
        path: `/admin/claims/${claimId}`,
        headers: { "Content-Type": form.contentType, Origin: base, Cookie: editorCookie },
        body: form.body,
      });
      expect(response.status).toBeLessThan(500);
    }
    expect(await rowCounts()).toEqual(before);
  }, 120_000);

  it("refuses malformed JSON to the credentials callback and the other auth routes with 400", async () => {
    const before = await rowCounts();
    const routes = ["callback/credentials", "signin/credentials", "signout", "session", "csrf", "providers", "_log", "error", "signin", "callback/nope"];
    for (const route of routes) {
      for (const body of ["", "{", "not json", "[1,2]", "null", "5", '{"email":{"$gt":""}}', '"x"']) {
        const response = await send({ method: "POST", path: `/api/auth/${route}`, headers: { "Content-Type": "application/json", Origin: base }, body });
        expect(response.status, `${route} ${body}`).toBe(400);
        expect(JSON.parse(response.text), `${route} ${body}`).toMatchObject({ error: "bad_request" });
      }
    }
    // A callback is a POST (there is no OAuth provider); next-auth threw on a GET.
    expect((await send({ method: "GET", path: "/api/auth/callback/credentials" })).status).toBe(405);
    // An error code next-auth would copy into a header that cannot hold it.
    for (const address of ["/api/auth/error?error=%E2%82%AC", "/api/auth/error?error=%0D%0AX:1", "/api/auth/error/credentials?error=%FF", "/api/auth/error/x%E2%82%AC"]) {
      expect((await send({ method: "GET", path: address })).status, address).toBe(400);
    }
    // A callback address next-auth cannot read, in the query or in its cookie.
    for (const [address, cookie] of [
      ["/api/auth/providers?callbackUrl==", ""],
      ["/api/auth/signin?callbackUrl=javascript:alert(1)", ""],
      ["/api/auth/session", "next-auth.callback-url=%25"],
    ] as const) {
      const response = await send({ method: "GET", path: address, headers: { Cookie: cookie } });
      expect(response.status, address).toBe(400);
    }
    expect(await rowCounts()).toEqual(before);
  });

  // ---- Properties -----------------------------------------------------------------------------------------

  const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 40 });
  const badSegment = fc.oneof(
    fc.constantFrom(...MALFORMED_ESCAPES, "..", ".", "%2F", "%00", "%2e%2e", "%5C", "a".repeat(300), "-", "🙂", "%F0%9F%99%82", "index.html"),
    fc.string({ maxLength: 20 }).map(encodeURIComponent),
    fc.stringMatching(/^[%0-9A-Fa-fz.~_-]{0,12}$/),
  );
  const badValue = fc.oneof(printable.map(encodeURIComponent), fc.stringMatching(/^[%0-9A-Fa-fz&=+.-]{0,16}$/), fc.constantFrom("%FF", "-1", "1e309", "NaN", "99999999999", "[]", "{}"));
  const queryKey = fc.oneof(
    fc.constantFrom("q", "page", "pageSize", "limit", "kind", "speaker", "source", "topic", "verification", "rating", "workflow", "sort", "from", "to", "assignee", "callbackUrl", "error", "id", "_rsc"),
    fc.stringMatching(/^[a-z%0-9[\]]{1,8}$/),
  );
  const query = fc.array(fc.tuple(queryKey, badValue), { maxLength: 5 }).map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}` : ""));
  const headerValue = fc.oneof(printable, fc.constantFrom("", "1", "text/plain", "application/json", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "*/*"));
  const headers = fc.dictionary(
    fc.constantFrom("Content-Type", "Accept", "Cookie", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "Range", "If-None-Match", "Accept-Encoding", "RSC", "Next-Router-State-Tree", "Next-Router-Prefetch", "Authorization", "Origin", "Host"),
    headerValue,
    { maxKeys: 4 },
  );
  const body = fc.oneof(
    fc.constant(undefined),
    printable,
    fc.json({ maxDepth: 3 }),
    fc.dictionary(printable, printable, { maxKeys: 4 }).map((fields) => new URLSearchParams(fields).toString()),
    fc.dictionary(fc.stringMatching(/^[a-zA-Z0-9_$]{1,10}$/), printable, { maxKeys: 4 }).map((fields) => multipart(fields).body),
    fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
  );

  it("property: every API route answers bad paths, queries, headers and bodies without a 5xx, and writes nothing", async () => {
    const before = await rowCounts();
    const slug = (known: () => string) => fc.oneof(fc.constant(null), badSegment).map((bad) => bad ?? known());
    const routePath = fc.oneof(
      fc.constantFrom("/api/v1/claims", "/api/v1/speakers", "/api/v1/openapi.json", "/api/desk/search", "/api/filter-options", "/api/health"),
      fc.constantFrom("/feed.xml", "/sitemap-index.xml", "/admin/claims/export"),
      slug(() => claimSlug).map((s) => `/api/v1/claims/${s}`),
      slug(() => speakerSlug).map((s) => `/api/v1/speakers/${s}`),
      slug(() => sitemapIds[0] ?? "0").map((s) => `/sitemap/${s}.xml`),
      fc
        .tuple(fc.constantFrom("signin", "signout", "callback", "session", "csrf", "providers", "_log", "error", "verify-request"), fc.oneof(fc.constant(""), fc.constantFrom("/credentials"), badSegment.map((s) => `/${s}`)))
        .map(([action, rest]) => `/api/auth/${action}${rest}`),
      fc.constantFrom("/claims/", "/speakers/", "/sources/", "/admin/claims/").chain((prefix) => badSegment.map((s) => `${prefix}${s}`)),
      fc.constantFrom("/claims", "/sources", () => `/speakers/${speakerSlug}`, () => `/sources/${sourceSlug}`).map((p) => (typeof p === "string" ? p : p())),
    );
    const request = fc
      .record({ method: fc.constantFrom("GET", "POST"), path: fc.tuple(routePath, query).map(([p, q]) => p + q), headers, body, asEditor: fc.boolean() })
      .map(({ method, path: address, headers: sentHeaders, body: sentBody, asEditor }) => {
        const withSession = asEditor ? { ...sentHeaders, Cookie: editorCookie } : sentHeaders;
        return { method, path: address, headers: withSession, body: method === "POST" ? sentBody : undefined } satisfies Sent;
      });
    await fc.assert(
      fc.asyncProperty(request, async (sent) => {
        let response;
        try {
          response = await send(sent);
        } catch (error) {
          // fetch itself refusing a header (e.g. Host) is not the server's answer: nothing was sent.
          if (error instanceof TypeError && !/fetch failed/.test(error.message)) return;
          throw new Error(`${describeRequest(sent)}: ${String(error)}`);
        }
        expect(response.status, `${describeRequest(sent)} → ${response.text.slice(0, 200)}`).toBeLessThan(500);
      }),
      { numRuns: 1000 },
    );
    expect(await rowCounts()).toEqual(before);
  }, 150_000);

  it("property: every server action answers generated bodies without a 5xx, as an editor and anonymously, and writes nothing", async () => {
    const before = await rowCounts();
    const fields = fc.dictionary(
      fc.constantFrom("claimId", "annotationId", "evidenceId", "speakerId", "sourceId", "userId", "body", "visibility", "statement", "reason", "expectedVersion", "ids", "role", "email"),
      fc.oneof(printable, fc.constant(claimId), fc.constant("")),
      { maxKeys: 5 },
    );
    const payload = fc.oneof(
      // A desk form's call, with generated fields.
      fields.map((f) => actionCall(f)),
      // React's encoding with generated arguments.
      fc.tuple(fc.json({ maxDepth: 2 }), fields).map(([args, f]) => multipart({ "0": args, ...f })),
      fc.tuple(fc.constantFrom("text/plain;charset=UTF-8", "application/json", "application/x-www-form-urlencoded", "multipart/form-data; boundary=----claimdesk", "multipart/form-data", ""), body).map(
        ([contentType, sentBody]) => ({ contentType, body: sentBody ?? "" }),
      ),
    );
    const request = fc
      .record({
        id: fc.oneof(fc.constantFrom(...ACTION_IDS), fc.stringMatching(/^[0-9a-f]{0,42}$/), printable),
        page: fc.constantFrom("/admin", "/admin/claims", `/admin/claims/${claimId}`, "/admin/claims/new", "/admin/speakers", "/admin/users", `/claims/${claimSlug}`, "/"),
        payload,
        asEditor: fc.boolean(),
        origin: fc.oneof(fc.constant(null), fc.constant("https://evil.example"), printable),
      })
      .map(({ id, page, payload: { contentType, body: sentBody }, asEditor, origin }) => {
        const sentHeaders: Record<string, string> = { "Next-Action": id, Origin: origin ?? base };
        if (contentType) sentHeaders["Content-Type"] = contentType;
        if (asEditor) sentHeaders.Cookie = editorCookie;
        return { method: "POST", path: page, headers: sentHeaders, body: sentBody } satisfies Sent;
      });
    await fc.assert(
      fc.asyncProperty(request, async (sent) => {
        let response;
        try {
          response = await send(sent);
        } catch (error) {
          if (error instanceof TypeError && !/fetch failed/.test(error.message)) return;
          throw new Error(`${describeRequest(sent)}: ${String(error)}`);
        }
        expect(response.status, `${describeRequest(sent)} → ${response.text.slice(0, 200)}`).toBeLessThan(500);
      }),
      { numRuns: 1000 },
    );
    expect(await rowCounts()).toEqual(before);
  }, 150_000);
});
