/**
 * Where to send a user after logging in (or out): the one rule for every `callbackUrl` ClaimDesk
 * reads (the login page, the login form, next-auth's redirect callback) and builds (the desk's
 * redirect to the login page). Pure, so the login form runs it in the browser too.
 *
 * Only a path on this site is followed; anything else becomes the fallback (`/admin`). Browsers
 * are generous with what they take for "another host": `//evil.example`, `/\evil.example`
 * (a backslash is a slash), `/<TAB>/evil.example` (tabs and newlines are dropped),
 * `https://evil.example`, `javascript:…`, and the same written with percent escapes that some
 * layer may decode once more. So a value is accepted only when, at every level of percent-decoding,
 * it starts with exactly one "/", has no backslash or control character in its path, and resolves
 * (as a browser would, with the WHATWG URL parser) to a URL on the base origin; what is returned is
 * that URL's normalised path, query and fragment, checked once more.
 */

export const DEFAULT_CALLBACK_PATH = "/admin";

/** Longer values are not deep links anyone made; refusing them keeps the login URL bounded too. */
export const MAX_CALLBACK_LENGTH = 2_000;

/** Any origin will do to resolve a path: what matters is that resolving it does not change it. */
const PROBE_ORIGIN = "http://claimdesk.invalid";

/** Backslashes, control characters (C0, DEL, C1) and any Unicode whitespace a browser may strip or fold. */
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f-\u009f\s\\]/u;

/**
 * One level of percent-decoding, as UTF-8; where that fails (a malformed escape), each valid `%XX`
 * is decoded as one byte-character and malformed ones are left as they are.
 */
function percentDecodeOnce(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value.replace(/%([0-9a-f]{2})/giu, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  }
}

/** The path part of a path-relative reference: up to the first "?" or "#". */
const pathPart = (value: string) => value.split(/[?#]/u, 1)[0] ?? "";

/** One layer: a single leading slash, nothing a browser would bend in the path, and same-origin. */
function isSafeLayer(layer: string): boolean {
  if (!layer.startsWith("/") || layer.startsWith("//")) return false;
  if (UNSAFE_CHARACTER.test(pathPart(layer))) return false;
  try {
    return new URL(layer, PROBE_ORIGIN).origin === PROBE_ORIGIN;
  } catch {
    return false;
  }
}

/** Whether a path (as returned below) stays on whatever origin it is resolved against. */
function isSinglySlashedPath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !UNSAFE_CHARACTER.test(pathPart(path));
}

export type CallbackOptions = {
  /** This site's origin: an absolute URL on it is accepted (and reduced to its path). */
  origin?: string | null;
  /** What to answer for anything not accepted; itself a safe path. */
  fallback?: string;
};

/**
 * The same-origin path to go to after logging in, or `fallback` (`/admin`) for anything else.
 * Whatever the input, the result starts with a single "/" and resolves to a URL on the origin it is
 * resolved against.
 */
export function safeCallbackPath(value: unknown, { origin = null, fallback = DEFAULT_CALLBACK_PATH }: CallbackOptions = {}): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_CALLBACK_LENGTH) return fallback;
  let candidate = value;
  // An absolute URL is followed only when it is on this very origin (next-auth hands these over).
  if (origin && !candidate.startsWith("/")) {
    const sameOrigin = sameOriginPath(candidate, origin);
    if (sameOrigin === null) return fallback;
    candidate = sameOrigin;
  }
  // Every level of decoding must be safe: a value decoded once more by some layer stays on this site.
  let layer = candidate;
  for (let depth = 0; depth < 8; depth++) {
    if (!isSafeLayer(layer)) return fallback;
    const decoded = percentDecodeOnce(layer);
    if (decoded === layer) break;
    layer = decoded;
  }
  if (layer !== percentDecodeOnce(layer)) return fallback; // still encoded after 8 rounds: not a link anyone made
  const url = new URL(candidate, PROBE_ORIGIN);
  const normalised = `${url.pathname}${url.search}${url.hash}`;
  // Normalising can make a path start with "//" again (`/..//evil.example`): check the result too.
  return isSinglySlashedPath(normalised) && new URL(normalised, PROBE_ORIGIN).origin === PROBE_ORIGIN ? normalised : fallback;
}

/** The path, query and fragment of an absolute URL on `origin`, or null. */
function sameOriginPath(value: string, origin: string): string | null {
  if (UNSAFE_CHARACTER.test(value)) return null;
  try {
    const url = new URL(value);
    if (url.origin !== new URL(origin).origin || url.username || url.password) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

/** The login page's address that brings the user back to `path` (a deep link, query included). */
export function loginPathFor(path: string | null | undefined): string {
  return `/login?callbackUrl=${encodeURIComponent(safeCallbackPath(path))}`;
}

/**
 * The request header carrying the path and query of the page asked for (set by `proxy.ts` on the
 * desk's routes), so a desk page that finds nobody logged in can send them back to it after login.
 */
export const REQUEST_PATH_HEADER = "x-claimdesk-request-path";
