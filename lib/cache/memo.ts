/**
 * Public data that is the same for every reader and costly to recompute per request (filter
 * options, counts, a page of a list or a search), kept in this process for a short time. Any
 * write this process sends to the database clears it at once (lib/db/query-count.ts); other
 * instances catch up within the TTL, the same bound as the pages Next caches. Concurrent callers
 * share one load; a failed load is not kept.
 *
 * The map lives on globalThis: Next bundles pages and server actions separately, each with its
 * own copy of this module, and an action's invalidation must reach the pages' entries.
 */
type Entry = { value: Promise<unknown>; expires: number };

/**
 * Entries kept at most, whatever readers ask for: keys can come from query strings, so the
 * store is bounded. A list page is tens of kB, so this caps it at a few tens of MB.
 */
export const MEMO_MAX_ENTRIES = 500;

const STORE = Symbol.for("claimdesk.memo");
const holder = globalThis as typeof globalThis & { [STORE]?: Map<string, Entry> };
const entries = (holder[STORE] ??= new Map<string, Entry>());

function remember<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const cached = entries.get(key);
  if (cached && cached.expires > now) return cached.value as Promise<T>;
  if (cached) entries.delete(key);
  if (entries.size >= MEMO_MAX_ENTRIES) evictOne(now);
  const value = load();
  entries.set(key, { value, expires: now + ttlMs });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}

/** Drops an expired entry if there is one, else the oldest (a Map keeps insertion order). */
function evictOne(now: number) {
  for (const [key, entry] of entries) {
    if (entry.expires <= now) {
      entries.delete(key);
      return;
    }
  }
  const oldest = entries.keys().next();
  if (!oldest.done) entries.delete(oldest.value);
}

export function memoize<T>(key: string, ttlMs: number, load: () => Promise<T>): () => Promise<T> {
  return () => remember(key, ttlMs, load);
}

/**
 * One memo per argument, keyed by `keyOf(argument)` under `namespace`. The key must capture
 * everything the result depends on.
 */
export function memoizeByKey<A, T>(
  namespace: string,
  ttlMs: number,
  keyOf: (argument: A) => string,
  load: (argument: A) => Promise<T>,
): (argument: A) => Promise<T> {
  return (argument) => remember(`${namespace}:${keyOf(argument)}`, ttlMs, () => load(argument));
}

/** Forgets everything memoized in this process: the next read loads afresh. */
export function invalidateMemos(): void {
  entries.clear();
}

/** How many entries are held now (for tests of the bound). */
export function memoEntryCount(): number {
  return entries.size;
}
