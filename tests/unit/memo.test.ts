import { beforeEach, describe, expect, it } from "vitest";
import { invalidateMemos, MEMO_MAX_ENTRIES, memoEntryCount, memoize, memoizeByKey } from "@/lib/cache/memo";

describe("memoized public data", () => {
  beforeEach(() => invalidateMemos());

  it("loads once within the TTL and again after it, or after invalidation", async () => {
    let loads = 0;
    const read = memoize("test-once", 60_000, async () => ++loads);
    expect(await Promise.all([read(), read(), read()])).toEqual([1, 1, 1]);
    invalidateMemos();
    expect(await read()).toBe(2);
    const expiring = memoize("test-expiring", 1, async () => ++loads);
    await expiring();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await expiring()).toBe(loads);
    expect(loads).toBe(4);
  });

  it("keeps one entry per key, and never more than MEMO_MAX_ENTRIES whatever keys readers send", async () => {
    const loaded: string[] = [];
    const byQuery = memoizeByKey("test-query", 60_000, (q: string) => q, async (q: string) => {
      loaded.push(q);
      return q.toUpperCase();
    });
    expect(await byQuery("a")).toBe("A");
    expect(await byQuery("a")).toBe("A");
    expect(await byQuery("b")).toBe("B");
    expect(loaded).toEqual(["a", "b"]);
    for (let i = 0; i < MEMO_MAX_ENTRIES * 3; i++) await byQuery(`q${i}`);
    expect(memoEntryCount()).toBe(MEMO_MAX_ENTRIES);
    // The oldest went first: "a" is loaded again, the newest is still held.
    await byQuery("a");
    expect(loaded.filter((q) => q === "a")).toHaveLength(2);
    const before = loaded.length;
    await byQuery(`q${MEMO_MAX_ENTRIES * 3 - 1}`);
    expect(loaded).toHaveLength(before);
  });

  it("does not keep a failed load", async () => {
    let attempts = 0;
    const flaky = memoize("test-flaky", 60_000, async () => {
      attempts++;
      if (attempts === 1) throw new Error("database down");
      return "ok";
    });
    await expect(flaky()).rejects.toThrow("database down");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await flaky()).toBe("ok");
  });
});
