import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "@/lib/text/slug";

describe("slugify", () => {
  it("lowercases, drops apostrophes and accents, and joins words with hyphens", () => {
    expect(slugify("Trump’s 28-point plan")).toBe("trumps-28-point-plan");
    expect(slugify("Zelenskyy à Genève!")).toBe("zelenskyy-a-geneve");
    expect(slugify("  --Leaked call--  ")).toBe("leaked-call");
  });

  it("never returns an empty slug and caps the length", () => {
    expect(slugify("—")).toBe("item");
    expect(slugify("word ".repeat(40)).length).toBeLessThanOrEqual(80);
    expect(slugify("word ".repeat(40)).endsWith("-")).toBe(false);
  });
});

describe("uniqueSlug", () => {
  it("numbers a slug that is taken", () => {
    expect(uniqueSlug("claim", new Set())).toBe("claim");
    expect(uniqueSlug("claim", new Set(["claim", "claim-2"]))).toBe("claim-3");
  });
});
