import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_CALLBACK_PATH, loginPathFor, MAX_CALLBACK_LENGTH, safeCallbackPath } from "@/lib/auth/callback-url";

const ORIGINS = ["http://localhost:3000", "http://127.0.0.1:4000", "https://desk.example.org", "https://news.example:8443"];

/** The property every answer must have: one leading slash, and it stays on any origin it is resolved on. */
function staysOnSite(path: string) {
  expect(path.startsWith("/")).toBe(true);
  expect(path.startsWith("//")).toBe(false);
  expect(path.startsWith("/\\")).toBe(false);
  for (const origin of ORIGINS) expect(new URL(path, origin).origin).toBe(origin);
  // Decoded once more by some other layer, it still stays: no slash, backslash or control character appears in front.
  let layer = path;
  for (let i = 0; i < 4; i++) {
    try {
      layer = decodeURIComponent(layer);
    } catch {
      break;
    }
    for (const origin of ORIGINS) expect(new URL(layer, origin).origin).toBe(origin);
  }
}

describe("safeCallbackPath: where to go after login", () => {
  it.each([
    "/admin",
    "/admin/claims",
    "/admin/claims/clx123abc",
    "/admin/claims?workflow=IN_REVIEW&verification=DISPUTED&page=2",
    "/admin/claims?q=%22Witkoff%22+Ushakov",
    "/admin/audit?entityType=Claim&entityId=abc#top",
    "/claims/witkoff-advised-ushakov-to-congratulate-trump-on-gaza",
    "/",
  ])("follows a path on this site: %s", (path) => {
    expect(safeCallbackPath(path)).toBe(path);
  });

  it("normalises dot segments and keeps the query", () => {
    expect(safeCallbackPath("/admin/./claims/../claims?x=1")).toBe("/admin/claims?x=1");
    expect(safeCallbackPath("/admin/claims/é")).toBe("/admin/claims/%C3%A9");
  });

  it.each([
    // another host, written every way a browser accepts
    "//evil.example",
    "///evil.example",
    "////evil.example/admin",
    "https://evil.example",
    "http://evil.example/admin",
    "HTTPS://evil.example",
    "https:evil.example",
    "http:/evil.example",
    "//evil.example/%2F..",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "/\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    " //evil.example",
    "/ /evil.example",
    "/\u0000/evil.example",
    "/\u00a0/evil.example",
    "/\u3000/evil.example",
    "/\ufeff/evil.example",
    "/..//evil.example",
    "/.//evil.example",
    "/admin/..//evil.example",
    "/admin/../..//evil.example",
    "/%2e%2e//evil.example",
    "/%2e//evil.example",
    // percent-encoded variants, once and twice
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%255Cevil.example",
    "/%25255Cevil.example",
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "%2F%2Fevil.example",
    "/%252F/evil.example",
    "/%09/evil.example",
    "/%0a/evil.example",
    "/%0d%0a/evil.example",
    "/%2509/evil.example",
    "/%00/evil.example",
    "/%E3%80%80/evil.example",
    "%2Fadmin",
    // other schemes and nonsense
    "javascript:alert(1)",
    "JavaScript:alert(document.domain)",
    "java\tscript:alert(1)",
    "/javascript:alert(1)//%0a",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "mailto:someone@evil.example",
    "evil.example",
    "admin",
    "./admin",
    "../admin",
    "?callbackUrl=//evil.example",
    "#/evil",
    "",
    "   ",
    "/" + "a".repeat(MAX_CALLBACK_LENGTH),
  ])("falls back to /admin for %j", (hostile) => {
    expect(safeCallbackPath(hostile)).toBe(DEFAULT_CALLBACK_PATH);
  });

  it.each([undefined, null, 42, {}, ["/admin/claims"], true])("falls back to /admin for a non-string (%j)", (value) => {
    expect(safeCallbackPath(value)).toBe(DEFAULT_CALLBACK_PATH);
  });

  it("accepts an absolute URL on this site's own origin only, as its path", () => {
    const origin = "http://127.0.0.1:4000";
    expect(safeCallbackPath("http://127.0.0.1:4000/admin/claims?page=2", { origin })).toBe("/admin/claims?page=2");
    expect(safeCallbackPath("http://127.0.0.1:4001/admin", { origin })).toBe(DEFAULT_CALLBACK_PATH);
    expect(safeCallbackPath("https://127.0.0.1:4000/admin", { origin })).toBe(DEFAULT_CALLBACK_PATH);
    expect(safeCallbackPath("http://user:pw@127.0.0.1:4000/admin", { origin })).toBe(DEFAULT_CALLBACK_PATH);
    expect(safeCallbackPath("http://127.0.0.1:4000//evil.example", { origin })).toBe(DEFAULT_CALLBACK_PATH);
    expect(safeCallbackPath("http://127.0.0.1:4000/%5Cevil.example", { origin })).toBe(DEFAULT_CALLBACK_PATH);
    expect(safeCallbackPath("http://127.0.0.1:4000/admin")).toBe(DEFAULT_CALLBACK_PATH); // no origin given: paths only
  });

  it("uses the fallback it is given", () => {
    expect(safeCallbackPath("//evil.example", { fallback: "/" })).toBe("/");
  });

  it("property: whatever the input, the answer is a single-slash path that keeps any origin", () => {
    const fragments = ["/", "//", "\\", "%2F", "%5C", "%25", "%09", "%0A", "\t", "\n", " ", ".", "..", ":", "@", "?", "#", "evil.example", "admin", "http:", "javascript:", "%2e", "\u3000", "\u0000"];
    const hostile = fc.array(fc.constantFrom(...fragments), { maxLength: 12 }).map((parts) => parts.join(""));
    const anyInput = fc.oneof(fc.string({ unit: "binary", maxLength: 80 }), fc.webUrl(), hostile, hostile.map((value) => `/${value}`));
    fc.assert(
      fc.property(anyInput, fc.constantFrom(...ORIGINS), (input, origin) => {
        staysOnSite(safeCallbackPath(input));
        staysOnSite(safeCallbackPath(input, { origin }));
      }),
      { numRuns: 1_500 },
    );
  }, 60_000);

  it("property: a path it accepts is accepted again unchanged (idempotent)", () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/u);
    const path = fc.tuple(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.dictionary(segment, segment, { maxKeys: 3 })).map(
      ([segments, query]) => `/${segments.join("/")}${Object.keys(query).length ? `?${new URLSearchParams(query)}` : ""}`,
    );
    fc.assert(
      fc.property(path, (value) => {
        expect(safeCallbackPath(value)).toBe(value);
        expect(safeCallbackPath(safeCallbackPath(value))).toBe(value);
      }),
    );
  });
});

describe("loginPathFor: the login page's address for a deep link", () => {
  it("carries the whole deep link, query string included, encoded once", () => {
    const deep = "/admin/claims?workflow=IN_REVIEW&page=2";
    const login = loginPathFor(deep);
    expect(login).toBe(`/login?callbackUrl=${encodeURIComponent(deep)}`);
    expect(new URL(login, "http://localhost").searchParams.get("callbackUrl")).toBe(deep);
  });

  it("falls back to /admin when there is no path or a hostile one", () => {
    expect(loginPathFor(null)).toBe("/login?callbackUrl=%2Fadmin");
    expect(loginPathFor("//evil.example")).toBe("/login?callbackUrl=%2Fadmin");
  });
});

describe("next-auth's redirect callback", () => {
  it("answers only this origin, through the same rule", async () => {
    const { authOptions } = await import("@/lib/auth/options");
    const redirect = authOptions().callbacks?.redirect;
    if (!redirect) throw new Error("no redirect callback");
    const baseUrl = "http://localhost:3000";
    expect(await redirect({ url: "/admin/claims?page=2", baseUrl })).toBe("http://localhost:3000/admin/claims?page=2");
    expect(await redirect({ url: "http://localhost:3000/admin", baseUrl })).toBe("http://localhost:3000/admin");
    for (const hostile of ["https://evil.example", "//evil.example", "/\\evil.example", "/%5Cevil.example", "javascript:alert(1)"]) {
      expect(await redirect({ url: hostile, baseUrl })).toBe("http://localhost:3000/");
    }
  });
});
