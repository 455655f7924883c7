import type { NextRequest } from "next/server";
import { z } from "zod";

/**
 * Requests the app cannot understand, answered 4xx with a reason before Next.js or next-auth trip over
 * them and answer 500 (issue 10, point 9; tests/security/bad-input.e2e.test.ts). proxy.ts runs these
 * checks only on the requests that can carry such input, never on an ordinary page view.
 */

export type BadInput = { status: 400 | 403 | 405 | 413 | 415; message: string };

/**
 * Next's own limit on a server action's body (serverActions.bodySizeLimit, "1mb" by default). Next
 * enforces it too, but by throwing inside the action, which reaches the client as a 500.
 */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

/**
 * A path with a percent-escape that does not decode (`%FF`, `%E0%A4`, a lone `%`). Next decodes a
 * dynamic segment while matching routes and answers a failure with a 500 (it looks for a /400 page
 * an App Router app does not have), before any page or route handler of ours runs.
 */
export function malformedPath(pathname: string): BadInput | null {
  for (const segment of pathname.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return { status: 400, message: "Bad request: the address contains a malformed percent-escape." };
    }
  }
  return null;
}

/** The body, read up to `limit` bytes; null when it is longer. */
async function readAtMost(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(new ArrayBuffer(length));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

const tooLarge: BadInput = { status: 413, message: "Payload too large: a form sent to the desk may be at most 1 MB." };

/**
 * React's encoding of a call whose last argument is a FormData (what a form action is sent as):
 * the arguments are the JSON array in field "0", and the form is a reference "$K<n>" to the fields
 * named "<n>_…". Every ClaimDesk action takes a form (lib/auth/desk-action.ts), so anything else is
 * not a call the desk's pages make. The e2e suites submit real forms in Chromium, so a change in
 * React's encoding shows up there first.
 */
const ZFormActionArguments = z
  .array(z.unknown())
  .min(1)
  .refine((args) => /^\$K[0-9a-f]+$/.test(String(args.at(-1))));

/**
 * A POST that Next would treat as a server action: one sent by a page's script (the `Next-Action`
 * header) or a form posted without script (multipart, the action named in its fields). Next parses
 * these bodies inside its action handler, and a body too large, a multipart body that does not parse
 * or arguments of the wrong shape throw there and answer 500.
 */
export async function malformedServerAction(request: Request): Promise<BadInput | null> {
  if (request.method !== "POST") return null;
  const viaScript = request.headers.has("next-action");
  const contentType = request.headers.get("content-type") ?? "";
  const multipart = /^multipart\/form-data/i.test(contentType);
  if (!viaScript && !multipart) return null;

  const crossOrigin = crossOriginAction(request.headers);
  if (crossOrigin) return crossOrigin;
  const declared = Number(request.headers.get("content-length"));
  if (declared > SERVER_ACTION_BODY_LIMIT) return tooLarge;
  if (viaScript && !multipart) {
    return { status: 415, message: "Unsupported media type: a desk action takes a form, sent as multipart/form-data." };
  }
  const body = await readAtMost(request, SERVER_ACTION_BODY_LIMIT);
  if (!body) return tooLarge;

  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return { status: 400, message: "Bad request: the form data could not be read." };
  }
  if (!viaScript) return null; // a form posted without script: its fields reach the action as they are
  const root = form.get("0");
  let args: unknown = null;
  try {
    args = typeof root === "string" ? JSON.parse(root) : null;
  } catch {
    // not JSON: refused below
  }
  if (!ZFormActionArguments.safeParse(args).success) {
    return { status: 400, message: "Bad request: a desk action takes a form, and this request did not send one." };
  }
  return null;
}

/**
 * Next's own CSRF check on a server action, made here first: the Origin's host must be the host the
 * request was sent to (X-Forwarded-Host when present, else Host; Next's rule). No Origin passes, as in
 * Next (a browser always sends one with a POST; a hand-made request carries no one's cookies). Next
 * answers a mismatch, or an Origin that is not a URL, with a 500.
 */
function crossOriginAction(headers: Headers): BadInput | null {
  const origin = headers.get("origin");
  if (origin === null) return null;
  let originHost: string | null = null;
  try {
    originHost = origin === "null" ? null : new URL(origin).host;
  } catch {
    // not a URL: refused below
  }
  const forwardedHost = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = headers.get("host");
  if (originHost && (originHost === forwardedHost || originHost === host)) return null;
  return { status: 403, message: "Forbidden: a desk action is accepted only from this site's own pages." };
}

/**
 * What next-auth accepts as a JSON body: an object of strings, as its forms send. It parses a JSON
 * body itself and throws on one that does not parse (a 500), and would hand a non-object to its
 * handlers.
 */
const ZAuthJsonBody = z.record(z.string(), z.string());

/** next-auth's own test of a callback address (core/lib/assert.js): it answers a failure with a 500. */
function isHttpUrl(value: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

/** The cookie next-auth keeps the callback address in (its default names, over HTTP and HTTPS). */
const CALLBACK_URL_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/**
 * A request to next-auth it would answer with a 500: a callback address (query or cookie) that is not
 * an http(s) address, or a JSON body it cannot parse.
 */
export async function malformedAuthRequest(request: NextRequest, segments: string[]): Promise<BadInput | null> {
  const [action, detail] = segments;
  // ClaimDesk has no OAuth provider, so no callback comes as a GET; next-auth throws on one.
  if (action === "callback" && request.method !== "POST") return { status: 405, message: "Method not allowed: a login is sent with POST." };
  // next-auth copies the error code into a Location header unencoded: a character a header cannot
  // hold (past Latin-1, a line break) throws there. Its codes, and ours (lib/auth/options.ts), are words.
  const errorCode = action === "error" ? (request.nextUrl.searchParams.get("error") ?? detail) : undefined;
  if (errorCode && !/^[A-Za-z]{1,64}$/.test(errorCode)) return { status: 400, message: "Bad request: not a login error code." };
  const base = request.nextUrl.origin;
  const callbackUrls = [request.nextUrl.searchParams.get("callbackUrl"), ...CALLBACK_URL_COOKIES.map((name) => request.cookies.get(name)?.value)];
  if (callbackUrls.some((value) => value && !isHttpUrl(value, base))) {
    return { status: 400, message: "Bad request: the callback address is not an address on the web." };
  }
  return malformedAuthBody(request);
}

async function malformedAuthBody(request: Request): Promise<BadInput | null> {
  if (request.method !== "POST") return null;
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) return null;
  let body: unknown;
  try {
    body = JSON.parse(await request.clone().text());
  } catch {
    return { status: 400, message: "Bad request: the body is not valid JSON." };
  }
  if (!ZAuthJsonBody.safeParse(body).success) return { status: 400, message: "Bad request: the body must be a JSON object of strings." };
  return null;
}

const ERROR_CODES: Record<BadInput["status"], string> = {
  400: "bad_request",
  403: "forbidden",
  405: "method_not_allowed",
  413: "payload_too_large",
  415: "unsupported_media_type",
};

/** The answer: JSON under /api (like every API error), plain text elsewhere. */
export function badInputResponse(pathname: string, problem: BadInput): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store", ...(problem.status === 405 ? { Allow: "POST" } : {}) };
  if (pathname.startsWith("/api/")) {
    const error = ERROR_CODES[problem.status];
    return Response.json({ error, message: problem.message }, { status: problem.status, headers });
  }
  return new Response(`${problem.message}\n`, { status: problem.status, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
}
