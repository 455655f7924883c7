import { z } from "zod";
import { Rating, Verification } from "../db/enums";

/**
 * The claim list's query, as it lives in the URL (`/claims?…` and `/api/v1/claims?…`), so a
 * search is shareable. Pages ignore a bad value with a notice; the API answers 400 naming it.
 */
const slug = z.string().trim().regex(/^[a-z0-9-]{1,120}$/, "Not a valid slug");
const day = z.iso.date("Use a date like 2025-11-25");

/** Relevance applies to a search; without one, the list is newest first unless a reader chose otherwise. */
export const CLAIM_SORTS = ["relevance", "newest", "updated"] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export const ZClaimListQuery = z.object({
  q: z.string().trim().max(200, "At most 200 characters").optional(),
  verification: z.enum(Verification, { error: "Unknown verification status" }).optional(),
  rating: z.enum(Rating, { error: "Unknown rating" }).optional(),
  speaker: slug.optional(),
  topic: slug.optional(),
  source: slug.optional(),
  from: day.optional(),
  to: day.optional(),
  sort: z.enum(CLAIM_SORTS, { error: `Sort by ${CLAIM_SORTS.join(", ")}` }).optional(),
  page: z.coerce.number({ error: "Not a page number" }).int("Not a page number").min(1, "Pages start at 1").max(10_000).default(1),
  pageSize: z.coerce
    .number({ error: "Not a number" })
    .int("Not a whole number")
    .min(1, "At least 1")
    .max(MAX_PAGE_SIZE, `At most ${MAX_PAGE_SIZE}`)
    .default(DEFAULT_PAGE_SIZE),
});

export type TClaimListQuery = z.output<typeof ZClaimListQuery>;
export type QueryProblem = { field: string; value: string; message: string };

const FIELDS = Object.keys(ZClaimListQuery.shape) as (keyof TClaimListQuery)[];

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function entries(params: ParamSource): [string, string][] {
  if (params instanceof URLSearchParams) return [...params.entries()];
  return Object.entries(params).flatMap(([key, value]) =>
    value === undefined ? [] : Array.isArray(value) ? value.map((v) => [key, v] as [string, string]) : [[key, value]],
  );
}

/**
 * Parses each parameter on its own, so one bad value does not cost the others: what is valid
 * is kept, what is not is dropped and reported. Empty values mean "not set" (a form's blank select).
 */
export function parseClaimListQuery(
  params: ParamSource,
  { rejectUnknownParameters = false }: { rejectUnknownParameters?: boolean } = {},
): { query: TClaimListQuery; problems: QueryProblem[] } {
  const problems: QueryProblem[] = [];
  const raw: Record<string, string> = {};
  for (const [key, value] of entries(params)) {
    if (!FIELDS.includes(key as keyof TClaimListQuery)) {
      if (rejectUnknownParameters) problems.push({ field: key, value, message: "Unknown parameter" });
      continue;
    }
    if (key in raw) {
      problems.push({ field: key, value, message: "Given more than once" });
      continue;
    }
    if (value.trim() !== "") raw[key] = value;
  }

  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = ZClaimListQuery.shape[key as keyof TClaimListQuery];
    const parsed = field.safeParse(value);
    if (parsed.success) kept[key] = parsed.data;
    else problems.push({ field: key, value, message: parsed.error.issues[0]?.message ?? "Invalid value" });
  }
  if (typeof kept.from === "string" && typeof kept.to === "string" && kept.from > kept.to) {
    problems.push({ field: "to", value: kept.to, message: "Ends before the start date" });
    delete kept.to;
  }
  return { query: ZClaimListQuery.parse(kept), problems };
}

/** The URL query string for a list query, leaving out defaults, so links stay short and stable. */
export function claimListSearchParams(query: Partial<TClaimListQuery>): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    const value = query[field];
    if (value === undefined || value === "") continue;
    if (field === "page" && value === 1) continue;
    if (field === "pageSize" && value === DEFAULT_PAGE_SIZE) continue;
    params.set(field, String(value));
  }
  return params;
}

/**
 * The same query string without its empty parameters (`verification=&rating=`, as a plain GET
 * form sends them), or null when it has none: the address to redirect to, so shared links stay
 * clean. Other parameters are kept as they are, understood or not.
 */
export function withoutEmptyParameters(searchParams: Record<string, string | string[] | undefined>): string | null {
  const kept = new URLSearchParams();
  let dropped = false;
  for (const [name, value] of Object.entries(searchParams)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one === undefined || one.trim() === "") dropped = true;
      else kept.append(name, one);
    }
  }
  return dropped ? kept.toString() : null;
}
