import { describe, expect, it } from "vitest";
import { RelativeDateError, resolveMonthDay, resolveWeekday, utcDay } from "@/lib/text/relative-date";

const iso = (date: Date) => date.toISOString().slice(0, 10);
const WEDNESDAY = utcDay("2025-11-26");

describe("resolveWeekday", () => {
  it("resolves a weekday to the latest such day on or before the article date", () => {
    expect(iso(resolveWeekday(WEDNESDAY, "Tuesday"))).toBe("2025-11-25");
    expect(iso(resolveWeekday(WEDNESDAY, "Thursday"))).toBe("2025-11-20");
    expect(iso(resolveWeekday(WEDNESDAY, "wednesday"))).toBe("2025-11-26");
  });

  it("rejects what is not a weekday", () => {
    expect(() => resolveWeekday(WEDNESDAY, "Tomorrow")).toThrow(RelativeDateError);
  });
});

describe("resolveMonthDay", () => {
  it("takes the year from the article date", () => {
    expect(iso(resolveMonthDay(WEDNESDAY, "Oct. 14"))).toBe("2025-10-14");
    expect(iso(resolveMonthDay(WEDNESDAY, "November 26"))).toBe("2025-11-26");
  });

  it("goes back a year when the day would be after the article date", () => {
    expect(iso(resolveMonthDay(WEDNESDAY, "Dec. 3"))).toBe("2024-12-03");
  });

  it("rejects impossible days", () => {
    expect(() => resolveMonthDay(WEDNESDAY, "Feb. 30")).toThrow(RelativeDateError);
    expect(() => resolveMonthDay(WEDNESDAY, "Smarch 3")).toThrow(RelativeDateError);
  });
});
