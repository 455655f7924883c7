// The checks proxy.ts and the next-auth route run before Next.js or next-auth would answer 500
// (lib/http/bad-input.ts); tests/security/bad-input.e2e.test.ts drives them on a real server.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { badInputResponse, malformedAuthRequest, malformedPath, malformedServerAction, SERVER_ACTION_BODY_LIMIT } from "@/lib/http/bad-input";

const SITE = "http://desk.test";

function actionPost(body: BodyInit, headers: Record<string, string>) {
  return new Request(`${SITE}/admin`, { method: "POST", body, headers: { Origin: SITE, Host: "desk.test", ...headers } });
}

function formCall(args: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set("0", args);
  for (const [key, value] of Object.entries(fields)) form.set(`1_${key}`, value);
  return form;
}

describe("malformedPath", () => {
  it("refuses a percent-escape that does not decode, and only that", () => {
    for (const path of ["/claims/%FF", "/claims/%", "/speakers/%E0%A4%A", "/a%zz/b"]) expect(malformedPath(path)?.status, path).toBe(400);
    for (const path of ["/claims/some-claim", "/claims/caf%C3%A9", "/sources/%25", "/"]) expect(malformedPath(path), path).toBeNull();
  });
});

describe("malformedServerAction", () => {
  it("lets a form call through, as a page's script sends it", async () => {
    const form = formCall('[null,"$K1"]', { body: "A note." });
    // Request sets the multipart content type (with its boundary) itself.
    const request = new Request(`${SITE}/admin`, { method: "POST", body: form, headers: { "Next-Action": "7fab", Origin: SITE, Host: "desk.test" } });
    expect(await malformedServerAction(request)).toBeNull();
  });

  it("ignores what is not a server action: a GET, a POST with neither the header nor a multipart body", async () => {
    expect(await malformedServerAction(new Request(`${SITE}/admin`, { headers: { "Next-Action": "x", Origin: "https://evil.example" } }))).toBeNull();
    expect(await malformedServerAction(new Request(`${SITE}/api/auth/signout`, { method: "POST", body: "a=b", headers: { "Content-Type": "application/x-www-form-urlencoded" } }))).toBeNull();
  });

  it("refuses another site's Origin, or one that is not an address, with 403", async () => {
    for (const origin of ["https://evil.example", "null", "not a url", "http://desk.test.evil.example"]) {
      const request = actionPost(formCall('[null,"$K1"]'), { "Next-Action": "", Origin: origin });
      expect((await malformedServerAction(request))?.status, origin).toBe(403);
    }
  });

  it("refuses a body over the limit with 413, declared or not", async () => {
    const big = "x".repeat(SERVER_ACTION_BODY_LIMIT + 1);
    expect((await malformedServerAction(actionPost(formCall('[null,"$K1"]', { body: big }), { "Next-Action": "7fab" })))?.status).toBe(413);
    const streamed = new Request(`${SITE}/admin`, {
      method: "POST",
      body: new Blob([big]).stream(),
      headers: { "Next-Action": "7fab", "Content-Type": "multipart/form-data; boundary=x", Origin: SITE, Host: "desk.test" },
      duplex: "half",
    } as RequestInit);
    expect((await malformedServerAction(streamed))?.status).toBe(413);
  });

  it("refuses what is not a form call: another content type 415, garbage multipart or arguments 400", async () => {
    expect((await malformedServerAction(actionPost('[null,"x"]', { "Next-Action": "7fab", "Content-Type": "text/plain;charset=UTF-8" })))?.status).toBe(415);
    expect((await malformedServerAction(actionPost("garbage", { "Next-Action": "7fab", "Content-Type": "multipart/form-data; boundary=x" })))?.status).toBe(400);
    expect((await malformedServerAction(actionPost("garbage", { "Content-Type": "multipart/form-data; boundary=x" })))?.status).toBe(400);
    for (const args of ["[1,2,3]", "{", '"$K1"', "[]", '[null,{"a":1}]']) {
      expect((await malformedServerAction(actionPost(formCall(args), { "Next-Action": "7fab" })))?.status, args).toBe(400);
    }
  });
});

describe("malformedAuthRequest", () => {
  const auth = (path: string, init: ConstructorParameters<typeof NextRequest>[1] = {}) => new NextRequest(`${SITE}/api/auth/${path}`, init);
  const json = (body: string) => ({ method: "POST", body, headers: { "Content-Type": "application/json" } });

  it("lets next-auth's own requests through", async () => {
    expect(await malformedAuthRequest(auth("session"), ["session"])).toBeNull();
    expect(await malformedAuthRequest(auth("callback/credentials", json('{"email":"a@b.c","password":"x","csrfToken":"t"}')), ["callback", "credentials"])).toBeNull();
    expect(await malformedAuthRequest(auth("signin?callbackUrl=%2Fadmin"), ["signin"])).toBeNull();
    expect(await malformedAuthRequest(auth("error?error=CredentialsSignin"), ["error"])).toBeNull();
  });

  it("refuses a JSON body it cannot parse, or one that is not an object of strings", async () => {
    for (const body of ["", "{", "[1]", "null", '{"email":{"$gt":""}}']) {
      expect((await malformedAuthRequest(auth("callback/credentials", json(body)), ["callback", "credentials"]))?.status, body).toBe(400);
    }
  });

  it("refuses a GET callback, a callback address that is not one, and an error code a header cannot hold", async () => {
    expect((await malformedAuthRequest(auth("callback/credentials"), ["callback", "credentials"]))?.status).toBe(405);
    expect((await malformedAuthRequest(auth("providers?callbackUrl=="), ["providers"]))?.status).toBe(400);
    expect((await malformedAuthRequest(auth("session", { headers: { Cookie: "next-auth.callback-url=javascript:x" } }), ["session"]))?.status).toBe(400);
    expect((await malformedAuthRequest(auth("error?error=%E2%82%AC"), ["error"]))?.status).toBe(400);
    expect((await malformedAuthRequest(auth("error/x%0A"), ["error", "x\n"]))?.status).toBe(400);
  });
});

describe("badInputResponse", () => {
  it("answers JSON under /api and plain text elsewhere, never cached", async () => {
    const api = badInputResponse("/api/v1/claims/%FF", { status: 400, message: "Bad request: …" });
    expect(await api.json()).toEqual({ error: "bad_request", message: "Bad request: …" });
    const page = badInputResponse("/claims/%FF", { status: 413, message: "Payload too large" });
    expect(page.status).toBe(413);
    expect(page.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(page.headers.get("cache-control")).toBe("no-store");
  });
});
