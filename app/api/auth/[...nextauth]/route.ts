import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { badInputResponse, malformedAuthRequest } from "@/lib/http/bad-input";

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth answers a JSON body it cannot parse, a callback address that is not one or a GET callback with a 500: refused here. */
async function handler(request: NextRequest, context: Context) {
  const problem = await malformedAuthRequest(request, (await context.params).nextauth[0]);
  if (problem) return badInputResponse(request.nextUrl.pathname, problem);
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
