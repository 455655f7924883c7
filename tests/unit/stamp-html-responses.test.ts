// server.mjs's stamping of HTML responses, on a real HTTP server with Next's own compression
// middleware in front of the handler, as Next's request handler puts it: the handlers below
// write as Next does (a cached page in one res.end, a page rendered per request as a stream
// after flushHeaders, JSON and redirects and 304s that must pass untouched).
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseEncoding, compressBody } from "@/server/compress-body.mjs";
import { stampHtmlResponses } from "@/server/stamp-html-responses.mjs";

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
const nextCompression = createRequire(import.meta.url)("next/dist/compiled/compression") as () => (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
) => void;

const BASE_POLICY = "frame-ancestors 'none'";
// Multi-byte characters, which the streamed page's chunks cut in half, must come through whole.
const PAGE = `<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body>${"<p>Zelenskyy’s “plan” — Київ</p>".repeat(100)}<script>self.__next_f.push([1,"x"])</script><script>alert(1)</script></body></html>`;

/** The headers every handler gets from next.config.js before it writes. */
function nextConfigHeaders(res: ServerResponse) {
  res.setHeader("Content-Security-Policy", BASE_POLICY);
  res.setHeader("Vary", "rsc, next-router-state-tree");
}

const handlers: Record<string, Handler> = {
  // As Next's sendRenderResult sends a cached page.
  "/cached": (req, res) => {
    nextConfigHeaders(res);
    res.setHeader("x-nextjs-cache", "HIT");
    res.setHeader("ETag", '"abc"');
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Content-Length", Buffer.byteLength(PAGE));
    res.end(PAGE);
  },
  // As Next's pipeToNodeResponse streams a page rendered per request.
  "/streamed": async (req, res) => {
    nextConfigHeaders(res);
    res.statusCode = 404;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.flushHeaders();
    const bytes = new TextEncoder().encode(PAGE);
    for (let at = 0; at < bytes.length; at += 1000) {
      res.write(bytes.subarray(at, at + 1000));
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    res.end();
  },
  "/json": (req, res) => {
    nextConfigHeaders(res);
    res.appendHeader("content-type", "application/json");
    res.setHeader("ETag", '"json"');
    res.end(JSON.stringify({ claims: Array(200).fill("claim") }));
  },
  // Writes a first chunk and finishes only once the client has read it: a held body never would.
  "/streamed-json": async (req, res) => {
    nextConfigHeaders(res);
    res.setHeader("Content-Type", "application/json");
    const firstChunkRead = new Promise<void>((resolve) => (onFirstChunkRead = resolve));
    res.write("[");
    await firstChunkRead;
    res.end("1]");
  },
  "/redirect": (req, res) => {
    nextConfigHeaders(res);
    res.writeHead(307, { Location: "/login", "Content-Type": "text/html; charset=utf-8" });
    res.end("/login");
  },
  "/not-modified": (req, res) => {
    nextConfigHeaders(res);
    res.setHeader("ETag", '"abc"');
    res.statusCode = 304;
    res.end();
  },
};

/** Set by /streamed-json, called by the client when it has read the first chunk. */
let onFirstChunkRead = () => {};

let server: Server;
let port: number;

beforeAll(async () => {
  const compress = nextCompression();
  server = createServer((req, res) => {
    stampHtmlResponses(req, res);
    compress(req, res, () => {});
    void handlers[req.url ?? ""]!(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

type Answer = { status: number; headers: IncomingMessage["headers"]; body: Buffer };

function get(path: string, headers: Record<string, string> = {}, method = "GET", onData = () => {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        onData();
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

const nonceOf = (answer: Answer) => /'nonce-([^']+)'/.exec(String(answer.headers["content-security-policy"]))?.[1];

describe("stampHtmlResponses", () => {
  it("stamps a cached page with a fresh nonce, names it in the policy, drops the ETag and keeps Next's other headers", async () => {
    const [first, second] = [await get("/cached"), await get("/cached")];
    for (const answer of [first, second]) {
      const nonce = nonceOf(answer);
      const html = answer.body.toString();
      expect(answer.headers["content-security-policy"]).toContain(`script-src 'nonce-${nonce}' 'strict-dynamic'`);
      expect(html).toContain(`<script nonce="${nonce}" src="/_next/static/chunks/a.js"`);
      expect(html).toContain(`<script nonce="${nonce}">self.__next_f.push(`);
      expect(html).toContain("<script>alert(1)</script>");
      expect(answer.headers["content-length"]).toBe(String(answer.body.length));
      expect(answer.headers.etag).toBeUndefined();
      expect(answer.headers["x-nextjs-cache"]).toBe("HIT");
      expect(answer.headers.vary).toBe("rsc, next-router-state-tree, Accept-Encoding");
      expect(answer.headers["content-encoding"]).toBeUndefined();
    }
    expect(nonceOf(first)).not.toBe(nonceOf(second));
  });

  it("compresses the stamped page as the client asked: brotli, gzip, or not at all", async () => {
    const asked = { "gzip, deflate, br": "br", "gzip, br;q=0.5": "gzip", identity: undefined } as const;
    for (const [acceptEncoding, expected] of Object.entries(asked)) {
      const answer = await get("/cached", { "Accept-Encoding": acceptEncoding });
      expect(answer.headers["content-encoding"], acceptEncoding).toBe(expected);
      expect(answer.headers["content-length"]).toBe(String(answer.body.length));
      const html = (expected === "br" ? brotliDecompressSync : expected === "gzip" ? gunzipSync : (body: Buffer) => body)(answer.body).toString();
      expect(html).toContain(`<script nonce="${nonceOf(answer)}" src="/_next/static/chunks/a.js"`);
    }
  });

  it("holds a streamed page (any status with a page) until its end, then stamps all of it", async () => {
    const answer = await get("/streamed", { "Accept-Encoding": "gzip" });
    expect(answer.status).toBe(404);
    const html = gunzipSync(answer.body).toString();
    expect(html).toBe(PAGE.replace("<script src", `<script nonce="${nonceOf(answer)}" src`).replace("<script>self", `<script nonce="${nonceOf(answer)}">self`));
  });

  it("leaves everything else to Next: compressed by it, with its own headers", async () => {
    const json = await get("/json", { "Accept-Encoding": "gzip" });
    expect(json.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(json.body).toString())).toEqual({ claims: Array(200).fill("claim") });
    expect(json.headers["content-security-policy"]).toBe(BASE_POLICY);
    expect(json.headers.etag).toBe('"json"');

    const redirect = await get("/redirect");
    expect([redirect.status, redirect.headers.location, redirect.headers["content-security-policy"]]).toEqual([307, "/login", BASE_POLICY]);
    expect(redirect.body.toString()).toBe("/login");

    const notModified = await get("/not-modified");
    expect([notModified.status, notModified.headers.etag, notModified.headers["content-security-policy"]]).toEqual([304, '"abc"', BASE_POLICY]);

    const head = await get("/cached", {}, "HEAD");
    expect([head.headers["content-security-policy"], head.headers.etag]).toEqual([BASE_POLICY, '"abc"']);
  });

  it("streams what it does not stamp: the first chunk arrives before the handler ends", async () => {
    expect((await get("/streamed-json", {}, "GET", () => onFirstChunkRead())).body.toString()).toBe("[1]");
  });
});

describe("chooseEncoding", () => {
  it("takes the client's preference among brotli and gzip, brotli on a tie, none when none is wanted", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("br;q=0.5, gzip")).toBe("gzip");
    expect(chooseEncoding("gzip;q=0, *")).toBe("br");
    expect(chooseEncoding("*;q=0.1, gzip;q=0.2")).toBe("gzip");
    expect(chooseEncoding("deflate")).toBeNull();
    expect(chooseEncoding("identity")).toBeNull();
    expect(chooseEncoding("gzip;q=0, br;q=0")).toBeNull();
    expect(chooseEncoding("gzip;q=oops")).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });
});

describe("compressBody", () => {
  it("round-trips a page through gzip and brotli, smaller than it was", async () => {
    const page = Buffer.from(PAGE);
    for (const [encoding, decompress] of [
      ["gzip", gunzipSync],
      ["br", brotliDecompressSync],
    ] as const) {
      const compressed = await compressBody(page, encoding);
      expect(compressed.length, encoding).toBeLessThan(page.length / 4);
      expect(decompress(compressed).equals(page), encoding).toBe(true);
    }
  });
});
