// @ts-check
// Compressing a whole response body that server.mjs had to hold (a stamped page): Next's own
// compression works on the stream and is asked to stand aside for those.
import { promisify } from "node:util";
import zlib from "node:zlib";

/** What we can send, best first when the client likes them equally. */
const ENCODINGS = /** @type {const} */ (["br", "gzip"]);

/**
 * Brotli's quality 4 compresses the 30 kB home page a little better than gzip's default, in about
 * the same time (0.2 ms); its default quality (11) takes 45 ms.
 */
const BROTLI_QUALITY = 4;

/**
 * The encoding the client's Accept-Encoding prefers among those we send, or null for none
 * (no header, only identity, or every one refused with q=0).
 * @param {string | undefined} acceptEncoding
 * @returns {"br" | "gzip" | null}
 */
export function chooseEncoding(acceptEncoding) {
  /** @type {Map<string, number>} */
  const weights = new Map();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [name, ...params] = part.split(";").map((piece) => piece.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((param) => param.startsWith("q="));
    weights.set(name, q === undefined ? 1 : Number(q.slice(2)));
  }
  const weight = (/** @type {string} */ name) => weights.get(name) ?? weights.get("*") ?? 0;
  let best = null;
  for (const encoding of ENCODINGS) {
    // NaN (an unreadable q) fails both comparisons: that encoding is not chosen.
    if (weight(encoding) > 0 && (best === null || weight(encoding) > weight(best))) best = encoding;
  }
  return best;
}

const gzip = promisify(zlib.gzip);
const brotliCompress = promisify(zlib.brotliCompress);

/**
 * Compressed on libuv's thread pool, as Next's own compression does: on the main thread it nearly
 * halved the rate of compressed pages on two cores (measured; README, "Performance").
 * @param {Buffer} body
 * @param {"br" | "gzip"} encoding
 * @returns {Promise<Buffer>}
 */
export function compressBody(body, encoding) {
  if (encoding === "gzip") return gzip(body);
  return brotliCompress(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}
