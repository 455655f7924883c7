// @ts-check
// A Content-Security-Policy whose scripts need a nonce fresh for every response, for pages that
// Next.js serves from its cache as well as those rendered per request.
//
// Next puts a nonce on its scripts only while rendering, so a cached page would carry none (or a
// stale one). Instead server.mjs stamps each HTML response as it leaves
// (server/stamp-html-responses.mjs): the scripts that Next itself emits — its chunks under
// /_next/static/ (and their preload links), its inline React payload (`self.__next_f.push(…)`),
// its chunk-loader bootstrap and React's form-replay script — get this response's nonce; any
// other script in the page gets none, and the browser refuses to run it. React escapes every
// text it renders, so a script can only reach a page through a hole in that escaping; this
// policy is the second line behind it.
// It is weaker than render-time nonces in one way, said plainly: an injected inline script that
// begins exactly as one of those does would be stamped too; every other injected script is
// refused. JSON-LD (`type="application/ld+json"`) is data, never run, and gets no nonce. A page
// that streams a Suspense boundary would bring React's `$RC(…)` scripts, not stamped yet: the
// Chromium test of every page (tests/security/headers.e2e.test.ts) would show them refused.
import { randomBytes } from "node:crypto";

/** An opening <script> or <link> tag; what follows a script tag is read from the offset. */
const OPENING_TAG = /<(script|link)(\s[^>]*)?>/gi;
/** How much of an inline script's text says whether Next wrote it. */
const INLINE_START_LENGTH = 64;
/** Next's chunks: always this path, always double-quoted (no basePath or assetPrefix is set). */
const NEXT_CHUNK_SRC = /\ssrc="\/_next\/static\/[^"]+"/i;
const NEXT_CHUNK_PRELOAD = /\shref="\/_next\/static\/[^"]+"/i;
/** How Next's inline scripts begin, and React's, which keeps a form submitted before hydration for its action. */
const NEXT_INLINE =
  /^(?:self\.__next_f\.push\(|\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(|\(globalThis\["TURBOPACK"\]|addEventListener\("submit",function\(a\)\{if\(!a\.defaultPrevented\)\{)/;

/** @returns {string} 128 random bits, base64. */
export function newNonce() {
  return randomBytes(16).toString("base64");
}

/**
 * Whether Next wrote this tag: one of its chunks, a preload of one (under 'strict-dynamic' a
 * preload needs the nonce too), or one of its inline scripts.
 * @param {string} name `script` or `link`, as written
 * @param {string} attrs
 * @param {() => string} inlineStart the first characters of the script's text
 */
function isNextScript(name, attrs, inlineStart) {
  if (/\snonce=/i.test(attrs)) return false;
  if (name.toLowerCase() === "link") {
    return /\srel="preload"/i.test(attrs) && /\sas="script"/i.test(attrs) && NEXT_CHUNK_PRELOAD.test(attrs);
  }
  if (NEXT_CHUNK_SRC.test(attrs)) return true;
  return !/\ssrc=/i.test(attrs) && !/\stype=/i.test(attrs) && NEXT_INLINE.test(inlineStart());
}

/**
 * The page's HTML with `nonce` on Next's own scripts, and on no other.
 * @param {string} html
 * @param {string} nonce
 * @returns {string}
 */
export function stampScriptNonces(html, nonce) {
  return html.replace(OPENING_TAG, (tag, /** @type {string} */ name, /** @type {string | undefined} */ attributes, /** @type {number} */ offset) => {
    const attrs = attributes ?? "";
    const contentStart = offset + tag.length;
    if (!isNextScript(name, attrs, () => html.slice(contentStart, contentStart + INLINE_START_LENGTH))) return tag;
    return `<${name} nonce="${nonce}"${attrs}>`;
  });
}

/**
 * The whole policy for an HTML response; it replaces next.config.js's, whose page-independent
 * directives (the last four) it repeats. 'strict-dynamic' lets Next's nonced loader add the
 * chunks it needs. Styles may be inline: our pages have none, but Next's own error page (served
 * when a render fails) is styled by style attributes, which no nonce can cover; scripts never.
 * Images, fonts and fetches are all this site's: the pages load nothing from elsewhere.
 * @param {string} nonce
 * @returns {string}
 */
export function contentSecurityPolicy(nonce) {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}
