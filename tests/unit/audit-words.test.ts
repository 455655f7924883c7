import { describe, expect, it } from "vitest";
import { actionLabel, changesInWords, emptyNames, fieldLabel, valueInWords } from "@/lib/audit/words";

describe("audit entries in words", () => {
  const names = emptyNames();
  names.speaker.set("s1", "Sergey Lavrov");
  names.user.set("u1", "Eddie Editor");

  it("says labels for fields, statuses and actions, and humanises what it does not know", () => {
    expect(fieldLabel("claimantId")).toBe("Speaker");
    expect(fieldLabel("someNewField")).toBe("Some new field");
    expect(actionLabel("claim.status")).toBe("Changed a claim's status");
    expect(actionLabel("claim.bulk.newThing")).toBe("Claim bulk new thing");
    expect(valueInWords("verification", "ON_RECORD", names)).toBe("On the record");
    expect(valueInWords("workflow", "IN_REVIEW", names)).toBe("In review");
    expect(valueInWords("rating", "NOT_A_FACTUAL_CLAIM", names)).toBe("Not a factual claim");
  });

  it("names ids, says when a record is gone, and writes dates, flags and anchors for people", () => {
    expect(valueInWords("claimantId", "s1", names)).toBe("Sergey Lavrov");
    expect(valueInWords("assigneeId", "gone", names)).toBe("(a deleted user)");
    expect(valueInWords("saidAt", "2025-11-25T00:00:00.000Z", names)).toBe("25 Nov 2025");
    expect(valueInWords("disabledAt", "2026-11-27T14:05:09.000Z", names)).toBe("27 Nov 2026, 14:05 UTC");
    expect(valueInWords("saidAtInferred", true, names)).toBe("Yes");
    expect(valueInWords("anchor", { paragraph: 3, exact: "19 points", prefix: "", suffix: "" }, names)).toBe("Paragraph 4: “19 points”");
    expect(valueInWords("venue", "", names)).toBeNull();
  });

  it("lists only what changed, without bookkeeping, and not a field the after snapshot did not record", () => {
    const changes = changesInWords(
      { workflow: "PUBLISHED", assigneeId: null, version: 3 },
      { action: "assign", claimIds: ["c1"], assigneeId: "u1", version: 4 },
      names,
    );
    expect(changes).toEqual([{ field: "assigneeId", label: "Assignee", before: null, after: "Eddie Editor" }]);
    expect(changesInWords({ body: "A note", visibility: "INTERNAL" }, {}, names)).toEqual([
      { field: "body", label: "Text", before: "A note", after: null },
      { field: "visibility", label: "Visibility", before: "Internal (desk only)", after: null },
    ]);
  });
});
