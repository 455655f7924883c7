// Issue 10, point 5: security headers on every kind of page and route (cached pages, pages
// rendered per request, the desk and its login, API routes, feeds, sitemaps, static files, errors).
import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");

const EXPECTED = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
};

async function staticAssetPath(): Promise<string> {
  const html = await (await fetch(baseUrl)).text();
  const match = /\/_next\/static\/[^"]+\.(?:css|js)/.exec(html);
  if (!match) throw new Error("no static asset linked from the home page");
  return match[0];
}

describe("security: response headers (issue 10, point 5)", () => {
  it("sends them from every kind of page and route", async () => {
    const addresses = [
      "/", // cached
      "/claims/witkoff-coached-ushakov-on-trump-pitch", // cached
      "/claims?q=plan", // rendered per request
      "/speakers/donald-trump",
      "/sources",
      "/login",
      "/admin", // redirects to the login
      "/api/v1/claims?q=plan",
      "/api/health",
      "/feed.xml",
      "/sitemap-index.xml",
      "/robots.txt",
      "/no-such-page", // 404
      await staticAssetPath(),
    ];
    for (const address of addresses) {
      const response = await fetch(`${baseUrl}${address}`, { redirect: "manual" });
      const headers = Object.fromEntries(Object.keys(EXPECTED).map((name) => [name, response.headers.get(name)]));
      expect(headers, address).toEqual(EXPECTED);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, address).toContain("frame-ancestors 'none'");
      expect(csp, address).toContain("object-src 'none'");
      expect(csp, address).not.toContain("unsafe-inline");
      // Plain HTTP: no HSTS (a browser would ignore it, and it would be wrong behind no TLS).
      expect(response.headers.get("strict-transport-security"), address).toBeNull();
    }
  });

  it("adds HSTS when the request came over HTTPS", async () => {
    const response = await fetch(`${baseUrl}/`, { headers: { "X-Forwarded-Proto": "https" } });
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
  });
});
