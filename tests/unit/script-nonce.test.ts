import { describe, expect, it } from "vitest";
// The module server.mjs stamps every HTML response with (server/stamp-html-responses.mjs).
import { contentSecurityPolicy, newNonce, stampScriptNonces } from "@/server/script-nonce.mjs";

const N = "bm9uY2U=";

describe("stampScriptNonces", () => {
  it("stamps Next's chunks, their preloads, its inline payload, its loader and React's form replay", () => {
    const html = [
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/p1.js"/>',
      '<script src="/_next/static/chunks/a1.js" async=""></script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
      "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
      '<script>self.__next_f.push([1,"1:x"])</script>',
      '<script>addEventListener("submit",function(a){if(!a.defaultPrevented){var b=a.target}})</script>',
    ].join("");
    const stamped = stampScriptNonces(html, N);
    expect(stamped.match(/<script nonce="bm9uY2U="/g)).toHaveLength(6);
    expect(stamped).toContain('<link nonce="bm9uY2U=" rel="preload" as="script"');
    expect(stamped.replaceAll(` nonce="${N}"`, "")).toBe(html);
  });

  it("leaves every other script without a nonce, so the browser refuses it", () => {
    for (const html of [
      "<script>alert(1)</script>",
      '<script src="https://evil.example/x.js"></script>',
      '<script src="/uploads/_next/static/x.js"></script>',
      "<SCRIPT>document.cookie</SCRIPT>",
      '<script type="module">self.__next_f.push(1)</script>',
      "<script>alert(1);self.__next_f.push(1)</script>",
      '<script>addEventListener("submit",function(e){fetch("https://evil.example")})</script>',
      '<link rel="preload" as="script" href="https://evil.example/_next/static/x.js"/>',
      '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
    ]) {
      expect(stampScriptNonces(html, N), html).toBe(html);
    }
  });

  it("never stamps JSON-LD (data, not run) and keeps an existing nonce", () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"ClaimReview"}</script>';
    expect(stampScriptNonces(jsonLd, N)).toBe(jsonLd);
    const already = '<script nonce="other" src="/_next/static/chunks/a.js"></script>';
    expect(stampScriptNonces(already, N)).toBe(already);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts by nonce only, never inline", () => {
    const policy = contentSecurityPolicy(N);
    expect(policy).toContain(`script-src 'nonce-${N}' 'strict-dynamic'`);
    expect(policy.split(";").find((part) => part.includes("script-src"))).not.toContain("unsafe-inline");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("makes a new nonce each time", () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(Buffer.from(newNonce(), "base64")).toHaveLength(16);
  });
});
