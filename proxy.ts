import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/auth/callback-url";

/**
 * Desk pages learn which address was asked for (a page cannot read its own URL), so a logged-out
 * visitor is sent back to that very deep link after logging in (app/admin/login-redirect.ts). Any
 * value a client sent under this header is replaced; whatever it holds is checked again there.
 */
export function proxy(request: NextRequest) {
  const url = request.nextUrl;
  const search = new URLSearchParams(url.search);
  search.delete("_rsc"); // Next's own marker on client-side navigations, not part of the page's address
  const query = search.toString();
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_PATH_HEADER, `${url.pathname}${query ? `?${query}` : ""}`);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
