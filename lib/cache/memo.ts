/**
 * Public data that is the same for everyone and costly to recompute per request (filter
 * options, counts), kept in this process for a short time. A desk write on this instance clears
 * it at once (lib/auth/desk-action.ts); other instances catch up within the TTL. Concurrent
 * callers share one load; a failed load is not kept.
 *
 * The map lives on globalThis: Next bundles pages and server actions separately, each with its
 * own copy of this module, and an action's invalidation must reach the pages' entries.
 */
type Entry = { value: Promise<unknown>; expires: number };

const STORE = Symbol.for("claimdesk.memo");
const holder = globalThis as typeof globalThis & { [STORE]?: Map<string, Entry> };
const entries = (holder[STORE] ??= new Map<string, Entry>());

export function memoize<T>(key: string, ttlMs: number, load: () => Promise<T>): () => Promise<T> {
  return () => {
    const now = Date.now();
    const cached = entries.get(key);
    if (cached && cached.expires > now) return cached.value as Promise<T>;
    const value = load();
    entries.set(key, { value, expires: now + ttlMs });
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    return value;
  };
}

/** Forgets everything memoized in this process: the next read loads afresh. */
export function invalidateMemos(): void {
  entries.clear();
}
