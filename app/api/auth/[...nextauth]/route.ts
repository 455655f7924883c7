import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { badInputResponse, malformedAuthRequest } from "@/lib/http/bad-input";

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth answers some malformed requests with a 500 (a JSON body it cannot parse, a callback
 * address that is not one, a GET callback, an error code a header cannot hold): refused here with a 4xx.
 */
async function handler(request: NextRequest, context: Context) {
  const problem = await malformedAuthRequest(request, (await context.params).nextauth);
  if (problem) return badInputResponse(request.nextUrl.pathname, problem);
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
