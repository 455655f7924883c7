// @ts-check
// Every HTML page leaves with a nonce of its own on Next's scripts and a Content-Security-Policy
// that refuses every other script (server/script-nonce.mjs says which and why), whether Next
// rendered it now or served it from its cache.
//
// Next writes a cached page with one res.end(body) and a page rendered per request as a stream of
// res.write calls. An HTML body is held here until its end, then stamped, compressed and sent at
// once. Holding a whole page is fine for ours, at most ~200 kB (every list is paginated); it
// costs a page rendered per request its streaming, which gives nothing here (no page has a
// Suspense boundary to stream). Every other response — static files, API JSON, feeds, RSC
// payloads, redirects, 304s, HEAD — goes through untouched, streaming, compressed by Next.
import { compressBody, chooseEncoding } from "./compress-body.mjs";
import { contentSecurityPolicy, newNonce, stampScriptNonces } from "./script-nonce.mjs";

/** @typedef {import("node:http").IncomingMessage} Request */
/** @typedef {import("node:http").ServerResponse} Response */

/** @param {number | string | readonly string[] | undefined} value */
const isHtml = (value) => /^\s*text\/html\b/i.test(String(value ?? ""));

/** Statuses that send a page: not 1xx, 204 or 3xx (a redirect's body is never shown; a 304 has none). */
const sendsPage = (/** @type {number} */ status) => status >= 200 && status !== 204 && (status < 300 || status >= 400);

/**
 * Adds `name` to the Vary header unless it is there already.
 * @param {Response} res
 * @param {string} name
 */
function addVary(res, name) {
  const current = res.getHeader("vary");
  const names = (Array.isArray(current) ? current.join(",") : String(current ?? "")).split(",").map((part) => part.trim()).filter(Boolean);
  if (!names.some((part) => part === "*" || part.toLowerCase() === name.toLowerCase())) res.setHeader("Vary", [...names, name].join(", "));
}

/**
 * Call before handing req and res to Next's request handler.
 * @param {Request} req
 * @param {Response} res
 */
export function stampHtmlResponses(req, res) {
  // Next answers HEAD with the headers alone: no body to stamp, and no script to run.
  if (req.method === "HEAD") return;
  const acceptEncoding = req.headers["accept-encoding"];
  const original = {
    setHeader: res.setHeader,
    appendHeader: res.appendHeader,
    writeHead: res.writeHead,
    flushHeaders: res.flushHeaders,
    write: res.write,
    end: res.end,
  };
  /** @type {"undecided" | "stamp" | "pass"} */
  let mode = "undecided";
  /** @type {Buffer[]} */
  const chunks = [];
  /** Next has ended the page; it is being stamped and compressed (Next's compression, too, ends later than Next does). */
  let ended = false;

  // Next's compression (the `compression` middleware) picks its encoding from the request's
  // Accept-Encoding when the headers go out, after Next has set the Content-Type: an HTML body
  // must reach us uncompressed, so for HTML it sees none; for anything else, the client's own.
  /** @param {string} name @param {number | string | readonly string[]} value */
  const watchContentType = (name, value) => {
    if (name.toLowerCase() !== "content-type" || mode !== "undecided") return;
    if (isHtml(value)) delete req.headers["accept-encoding"];
    else if (acceptEncoding !== undefined) req.headers["accept-encoding"] = acceptEncoding;
  };
  res.setHeader = function (name, value) {
    watchContentType(name, value);
    return original.setHeader.call(this, name, value);
  };
  res.appendHeader = function (name, value) {
    watchContentType(name, value);
    return original.appendHeader.call(this, name, value);
  };

  // Decided once, when the headers would go out. Our methods stay in place afterwards (they pass
  // straight through when not stamping): Next's compression has wrapped them by then.
  const stamping = () => {
    if (mode === "undecided") {
      const stamp = isHtml(res.getHeader("content-type")) && !res.getHeader("content-encoding") && sendsPage(res.statusCode);
      mode = stamp ? "stamp" : "pass";
    }
    return mode === "stamp";
  };

  res.writeHead = /** @type {Response["writeHead"]} */ (
    function (/** @type {number} */ statusCode, /** @type {any[]} */ ...rest) {
      if (mode === "pass") return original.writeHead.apply(res, /** @type {any} */ ([statusCode, ...rest]));
      const statusMessage = typeof rest[0] === "string" ? rest[0] : undefined;
      const headers = statusMessage === undefined ? rest[0] : rest[1];
      // Headers given here count for the decision as if set before.
      if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) res.appendHeader(headers[i], headers[i + 1]);
      else if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
      res.statusCode = statusCode;
      if (statusMessage !== undefined) res.statusMessage = statusMessage;
      if (stamping()) return res;
      return original.writeHead.call(res, statusCode);
    }
  );

  res.flushHeaders = function () {
    if (!stamping()) original.flushHeaders.call(res);
  };

  res.write = /** @type {Response["write"]} */ (
    function (/** @type {unknown[]} */ ...args) {
      if (!stamping()) return original.write.apply(res, /** @type {any} */ (args));
      if (ended) return false;
      const [chunk, encoding, callback] = args;
      chunks.push(toBuffer(chunk, encoding));
      const done = [encoding, callback].find((arg) => typeof arg === "function");
      if (done) process.nextTick(/** @type {() => void} */ (done));
      return true;
    }
  );

  res.end = /** @type {Response["end"]} */ (
    function (/** @type {unknown[]} */ ...args) {
      if (!stamping()) return original.end.apply(res, /** @type {any} */ (args));
      if (ended) return res;
      ended = true;
      const callback = /** @type {(() => void) | undefined} */ (args.find((arg) => typeof arg === "function"));
      const [chunk, encoding] = args;
      if (chunk !== undefined && chunk !== null && typeof chunk !== "function") chunks.push(toBuffer(chunk, encoding));
      sendStamped(callback).catch((error) => {
        console.error(error);
        res.destroy();
      });
      return res;
    }
  );

  /** @param {(() => void) | undefined} callback */
  async function sendStamped(callback) {
    const nonce = newNonce();
    // Read as latin1, byte for byte: what is looked for and inserted is ASCII, and no byte of a
    // multi-byte UTF-8 character is "<" or ">", so every other byte comes back as it was.
    // Decoding UTF-8 instead was three quarters of the stamping's time (a page with curly quotes).
    const page = Buffer.from(stampScriptNonces(Buffer.concat(chunks).toString("latin1"), nonce), "latin1");
    chunks.length = 0;
    original.setHeader.call(res, "Content-Security-Policy", contentSecurityPolicy(nonce));
    // Next's ETag is that of the unstamped page, and each stamped page differs: no ETag, so no
    // client asks for a 304 that would revive an old page with a stale nonce.
    res.removeHeader("ETag");
    addVary(res, "Accept-Encoding");
    const encoding = chooseEncoding(acceptEncoding);
    const body = encoding ? await compressBody(page, encoding) : page;
    // The client went away meanwhile: nothing to send.
    if (res.destroyed) return;
    if (encoding) original.setHeader.call(res, "Content-Encoding", encoding);
    original.setHeader.call(res, "Content-Length", body.length);
    original.writeHead.call(res, res.statusCode);
    const end = /** @type {(chunk: Buffer, callback?: () => void) => Response} */ (original.end);
    end.call(res, body, callback);
  }
}

/**
 * @param {unknown} chunk a string, Buffer or Uint8Array, as res.write takes
 * @param {unknown} encoding
 */
function toBuffer(chunk, encoding) {
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8");
  // A copy: whoever wrote the chunk may reuse its memory once write returns.
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  throw new TypeError("res.write takes a string, a Buffer or a Uint8Array");
}
