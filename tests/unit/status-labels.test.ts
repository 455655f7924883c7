import { describe, expect, it } from "vitest";
import { RATING_LABELS, VERIFICATION_LABELS } from "@/lib/claims/status-labels";
import { Rating, Verification } from "@/lib/db/enums";

describe("status labels", () => {
  it("puts every verification status in plain words, with what it means", () => {
    expect(VERIFICATION_LABELS.UNVERIFIED.label).toBe("Reported, not independently verified");
    for (const status of Object.values(Verification)) {
      expect(VERIFICATION_LABELS[status].label.length).toBeGreaterThan(3);
      expect(VERIFICATION_LABELS[status].meaning.endsWith(".")).toBe(true);
    }
  });

  it("labels every rating", () => {
    expect(Object.keys(RATING_LABELS).sort()).toEqual(Object.values(Rating).sort());
  });
});
