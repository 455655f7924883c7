import type { z } from "zod";
import type { QueryProblem } from "../../claims/list-query";
import { ZApiError } from "./schemas";

const HEADERS = {
  "Cache-Control": "no-cache",
  "Access-Control-Allow-Origin": "*",
};

/** A response body checked against its documented schema before it leaves. */
export function apiJson<S extends z.ZodType>(schema: S, body: z.input<S>, init: ResponseInit = {}): Response {
  return Response.json(schema.parse(body), { ...init, headers: { ...HEADERS, ...init.headers } });
}

export function apiInvalidQuery(problems: QueryProblem[]): Response {
  return apiJson(
    ZApiError,
    { error: "invalid_query", message: `Invalid query parameter${problems.length === 1 ? "" : "s"}: ${problems.map((p) => p.field).join(", ")}`, problems },
    { status: 400 },
  );
}

export function apiNotFound(what: string): Response {
  return apiJson(ZApiError, { error: "not_found", message: `No published ${what} at this address` }, { status: 404 });
}

/** Public slugs are lowercase words and hyphens; anything else cannot name a record. */
export function isPlausibleSlug(slug: string): boolean {
  return /^[a-z0-9-]{1,120}$/.test(slug);
}
