import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/auth/callback-url";
import { badInputResponse, malformedPath, malformedServerAction } from "@/lib/http/bad-input";

const isDeskPath = (pathname: string) => pathname === "/admin" || pathname.startsWith("/admin/");

/**
 * Two jobs, each on its own requests (the matcher below), so no ordinary public page view pays
 * for either:
 * - Input Next.js itself would answer with a 500 is refused with a 4xx and a reason
 *   (lib/http/bad-input.ts): a path with a malformed percent-escape, a malformed server action.
 * - Desk pages learn which address was asked for (a page cannot read its own URL), so a logged-out
 *   visitor is sent back to that very deep link after logging in (app/admin/login-redirect.ts). Any
 *   value a client sent under this header is replaced; whatever it holds is checked again there.
 */
export async function proxy(request: NextRequest) {
  const url = request.nextUrl;
  const problem = malformedPath(url.pathname) ?? (await malformedServerAction(request));
  if (problem) return badInputResponse(url.pathname, problem);
  if (!isDeskPath(url.pathname)) return NextResponse.next();

  const search = new URLSearchParams(url.search);
  search.delete("_rsc"); // Next's own marker on client-side navigations, not part of the page's address
  const query = search.toString();
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_PATH_HEADER, `${url.pathname}${query ? `?${query}` : ""}`);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  matcher: [
    "/admin",
    "/admin/:path*",
    // Only addresses with a percent sign: no page or API address ClaimDesk links to has one (slugs are
    // lowercase words and hyphens), so the cached public pages never run the proxy.
    "/(.*%.*)",
    // Server-action POSTs: from a page's script (the header) or a form posted without script (multipart).
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    // A `has` cannot see an empty header, and Next takes an empty Next-Action for an action too: every
    // request to a page with an Origin (a browser sends one with a POST, never with a same-site GET).
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "origin" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "(?:multipart|Multipart|MULTIPART)/.*" }] },
  ],
};
