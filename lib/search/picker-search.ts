import { z } from "zod";
import type { Actor } from "../auth/actor";
import { canSearchDesk } from "../auth/permissions";
import { db, dbEngine, Prisma } from "../db";
import { denied, invalid, zodFieldErrors, type Result } from "../result";
import { WORKFLOW_LABELS } from "../claims/status-labels";
import { slugify } from "../text/slug";
import { searchClaimIds } from "./claim-search";
import { isEmptySearch, parseSearchQuery } from "./query";

/**
 * The desk's searching pickers (speaker, source, claim): a few matches for what was typed, so
 * the editor never ships every speaker and source to the browser (2,000 and 5,000 of them at
 * 100,000 claims). Bounded whatever the archive's size:
 *
 * - speakers and sources: first those whose slug starts with the typed words (slugs are the
 *   lowercased, accent-free names: a range on the unique slug index), then those whose name or
 *   title contains them anywhere, read in name/title order through its index and cut at `limit`;
 * - claims: the full-text index every claim list uses (lib/search/claim-search.ts).
 */
export const PICKER_KINDS = ["speaker", "source", "claim"] as const;
export type PickerKind = (typeof PICKER_KINDS)[number];
export const PICKER_MAX = 20;

export const ZPickerQuery = z.object({
  kind: z.enum(PICKER_KINDS, { error: "kind is speaker, source or claim" }),
  q: z.string().trim().max(100, "At most 100 characters").default(""),
  limit: z.coerce.number().int().min(1).max(PICKER_MAX, `At most ${PICKER_MAX}`).default(10),
  /** A claim to leave out (the one being linked from). */
  exclude: z.string().trim().max(64).optional(),
});

export type PickerItem = { id: string; label: string; detail: string | null };

export async function deskPickerSearch(actor: Actor | null, input: unknown): Promise<Result<{ items: PickerItem[] }>> {
  if (!canSearchDesk(actor)) return denied(actor);
  const parsed = ZPickerQuery.safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const { kind, q, limit, exclude } = parsed.data;
  const items =
    kind === "claim"
      ? await searchClaims(q, limit, exclude)
      : await searchNamed(kind === "speaker" ? SPEAKERS : SOURCES, q, limit);
  return { ok: true, items };
}

type Named = { table: "Speaker" | "Source"; label: "name" | "title"; detail: "title" | "publisher" };
const SPEAKERS: Named = { table: "Speaker", label: "name", detail: "title" };
const SOURCES: Named = { table: "Source", label: "title", detail: "publisher" };

/** The smallest string above every string that starts with `prefix` (slugs are [a-z0-9-]). */
export function prefixUpperBound(prefix: string): string {
  const trimmed = prefix.replace(/z+$/, "");
  if (!trimmed) return "{";
  const last = trimmed.at(-1)!;
  // After "9" come the letters, in the C order and in every locale's order.
  const next = last === "9" ? "a" : last === "-" ? "0" : String.fromCharCode(last.charCodeAt(0) + 1);
  return trimmed.slice(0, -1) + next;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

async function searchNamed(named: Named, q: string, limit: number): Promise<PickerItem[]> {
  const table = Prisma.raw(`"${named.table}"`);
  const label = Prisma.raw(`"${named.label}"`);
  const detail = Prisma.raw(`"${named.detail}"`);
  if (!q) {
    return db.$queryRaw<PickerItem[]>`SELECT "id", ${label} AS "label", ${detail} AS "detail" FROM ${table} ORDER BY ${label}, "id" LIMIT ${limit}`;
  }
  const slug = /[\p{L}\p{N}]/u.test(q) ? slugify(q) : "";
  const bySlug = slug
    ? db.$queryRaw<(PickerItem & { slug: string })[]>`SELECT "id", ${label} AS "label", ${detail} AS "detail", "slug" FROM ${table}
        WHERE "slug" >= ${slug} AND "slug" < ${prefixUpperBound(slug)} ORDER BY "slug" LIMIT ${limit}`
    : Promise.resolve([]);
  // Case-insensitive on both engines (SQLite's LIKE folds ASCII case; PostgreSQL needs ILIKE).
  const like = dbEngine() === "postgresql" ? Prisma.sql`ILIKE` : Prisma.sql`LIKE`;
  const byName = db.$queryRaw<PickerItem[]>`SELECT "id", ${label} AS "label", ${detail} AS "detail" FROM ${table}
    WHERE ${label} ${like} ${`%${escapeLike(q)}%`} ESCAPE '\\' ORDER BY ${label}, "id" LIMIT ${limit}`;
  const [first, rest] = await Promise.all([bySlug, byName]);
  const seen = new Set<string>();
  const items: PickerItem[] = [];
  // The range is exact in the C order; a locale's order may let others in, so check the prefix.
  for (const row of [...first.filter((row) => row.slug.startsWith(slug)), ...rest]) {
    if (seen.has(row.id) || items.length >= limit) continue;
    seen.add(row.id);
    items.push({ id: row.id, label: row.label, detail: row.detail });
  }
  return items;
}

async function searchClaims(q: string, limit: number, exclude: string | undefined): Promise<PickerItem[]> {
  const search = parseSearchQuery(q);
  const found = await searchClaimIds(search, {}, { order: isEmptySearch(search) ? "updated" : "relevance", skip: 0, take: limit + 1 });
  const ids = found.ids.filter((id) => id !== exclude).slice(0, limit);
  if (ids.length === 0) return [];
  const rows = await db.claim.findMany({
    where: { id: { in: ids } },
    select: { id: true, statement: true, workflow: true, claimant: { select: { name: true } } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ id: row.id, label: row.statement, detail: `${row.claimant.name} · ${WORKFLOW_LABELS[row.workflow]}` }] : [];
  });
}
