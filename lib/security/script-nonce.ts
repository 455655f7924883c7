import { randomBytes } from "node:crypto";

/**
 * A Content-Security-Policy whose scripts need a nonce fresh for every response, for pages that
 * Next.js serves from its cache as well as those rendered per request.
 *
 * Next puts a nonce on its scripts only while rendering, so a cached page would carry none (or a
 * stale one). Instead the server is to stamp each response as it leaves (server.mjs; not wired
 * yet — issue 10, point 5, the next step: it must also compress after stamping): the scripts that
 * Next itself emits — its chunks under /_next/static/, its inline React payload
 * (`self.__next_f.push(…)`) and its chunk-loader bootstrap — get this response's nonce; any
 * other script in the page gets none, and the browser refuses to run it. React escapes every
 * text it renders, so a script can only reach a page through a hole in that escaping; this
 * policy is the second line behind it. It is weaker than render-time nonces in one way, said
 * plainly: an injected inline script that begins exactly as Next's payload does would be stamped
 * too; every other injected script is refused. JSON-LD (`type="application/ld+json"`) is data,
 * never run, and gets no nonce.
 */

/** An opening <script> tag and what follows it, up to the first 64 characters of its content. */
const SCRIPT_TAG = /<script(\s[^>]*)?>([^<]{0,64})/gi;
const NEXT_CHUNK_SRC = /\ssrc="\/_next\/static\/[^"]+"/i;
const NEXT_INLINE = /^(?:self\.__next_f\.push\(|\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(|\(globalThis\["TURBOPACK"\])/;

export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/** The page's HTML with `nonce` on Next's own scripts, and on no other. */
export function stampScriptNonces(html: string, nonce: string): string {
  return html.replace(SCRIPT_TAG, (tag: string, attributes: string | undefined, start: string) => {
    const attrs = attributes ?? "";
    if (/\snonce=/i.test(attrs)) return tag;
    const isNextChunk = NEXT_CHUNK_SRC.test(attrs);
    const isNextInline = !/\ssrc=/i.test(attrs) && !/\stype=/i.test(attrs) && NEXT_INLINE.test(start);
    if (!isNextChunk && !isNextInline) return tag;
    return `<script nonce="${nonce}"${attrs}>${start}`;
  });
}

/**
 * The whole policy for an HTML response. 'strict-dynamic' lets Next's nonced loader add the
 * chunks it needs; styles may be inline (React sets style attributes), scripts never.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
