// Issue 9, item 1: saving a claim must not wipe its passage anchor. A save keeps the anchor unless
// the quote or the first appearance changed; when it must change it is recomputed against the
// source's text, and when it cannot be found the save says so. The audit diff names every field
// the save changed, and only those.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getApiClaim } from "@/app/api/v1/claims/[slug]/route";
import { auditDiff } from "@/lib/audit/queries";
import type { Actor } from "@/lib/auth/actor";
import { getPublicClaim } from "@/lib/claims/public-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db";
import { createTestActor, seedTestDatabase } from "../helpers/fixtures";
import { TEST_ENGINE } from "../helpers/test-database";

const NINETEEN = "peace-plan-now-stands-at-19-points";
const DUPLICATES = "bevz-removed-duplicates-and-unrelated-points";
const ARTICLE_TITLE_PATTERN = /Trump sends envoys/i;

let editor: Actor;

beforeAll(async () => {
  await seedTestDatabase();
  editor = await createTestActor("EDITOR");
});

const CLAIM_FORM = {
  id: true,
  slug: true,
  version: true,
  statement: true,
  quote: true,
  context: true,
  claimantId: true,
  relayedFromId: true,
  saidAt: true,
  saidAtInferred: true,
  venue: true,
  firstAppearanceId: true,
  anchorExact: true,
  anchorPrefix: true,
  anchorSuffix: true,
  anchorParagraph: true,
  topics: { select: { name: true } },
} as const;

const load = (slug: string) => db.claim.findUniqueOrThrow({ where: { slug }, select: CLAIM_FORM });
type Loaded = Awaited<ReturnType<typeof load>>;

/** What the editor's form submits for this claim, unchanged: every field as a string, as a browser sends it. */
function asSubmitted(claim: Loaded) {
  return {
    claimId: claim.id,
    expectedVersion: String(claim.version),
    statement: claim.statement,
    quote: claim.quote ?? "",
    context: claim.context ?? "",
    claimantId: claim.claimantId,
    relayedFromId: claim.relayedFromId ?? "",
    saidAt: claim.saidAt ? claim.saidAt.toISOString().slice(0, 10) : "",
    saidAtInferred: claim.saidAtInferred,
    venue: claim.venue ?? "",
    firstAppearanceId: claim.firstAppearanceId ?? "",
    topics: claim.topics.map((topic) => topic.name),
  };
}

const anchorOf = (claim: Loaded) => ({
  anchorExact: claim.anchorExact,
  anchorPrefix: claim.anchorPrefix,
  anchorSuffix: claim.anchorSuffix,
  anchorParagraph: claim.anchorParagraph,
});

async function apiPassage(slug: string) {
  const response = await getApiClaim(new Request(`http://claimdesk.test/api/v1/claims/${slug}`), { params: Promise.resolve({ slug }) });
  expect(response.status).toBe(200);
  return ((await response.json()) as { passage: unknown }).passage;
}

async function lastUpdateDiff(claimId: string) {
  const event = await db.auditEvent.findFirstOrThrow({
    where: { entityId: claimId, action: "claim.update" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return auditDiff(event.before, event.after);
}

const fieldsOf = (diff: { field: string }[]) => diff.map((change) => change.field).sort();

describe(`saving a claim keeps its passage anchor (${TEST_ENGINE})`, () => {
  it("keeps the anchor exactly when only “Where” changes: the page and the API still show the passage", async () => {
    const before = await load(NINETEEN);
    expect(before.anchorExact).toBe("it now stands at 19 points");
    const pageBefore = await getPublicClaim(NINETEEN);
    const apiBefore = await apiPassage(NINETEEN);
    expect(pageBefore?.passage).not.toBeNull();
    expect(apiBefore).not.toBeNull();

    const result = await updateClaim(editor, { ...asSubmitted(before), venue: "Bevz's interview with the AP, from Kyiv" });
    expect(result).toMatchObject({ ok: true, claim: { version: before.version + 1 } });

    const after = await load(NINETEEN);
    expect(after.venue).toBe("Bevz's interview with the AP, from Kyiv");
    expect(anchorOf(after)).toEqual(anchorOf(before));
    expect((await getPublicClaim(NINETEEN))?.passage).toEqual(pageBefore?.passage);
    expect(await apiPassage(NINETEEN)).toEqual(apiBefore);
    expect(result).toMatchObject({ message: "Saved." });

    const diff = await lastUpdateDiff(before.id);
    expect(fieldsOf(diff)).toEqual(["venue", "version"]);
    expect(diff.find((change) => change.field === "venue")).toEqual({ field: "venue", before: null, after: "Bevz's interview with the AP, from Kyiv" });
  });

  it("keeps a passage wider than the quote when the new quote is still inside it", async () => {
    const before = await load(DUPLICATES);
    expect(before.anchorExact).toContain("This document is evolving.");

    const result = await updateClaim(editor, { ...asSubmitted(before), quote: "We removed duplicates" });
    expect(result.ok).toBe(true);

    const after = await load(DUPLICATES);
    expect(anchorOf(after)).toEqual(anchorOf(before));
    const passage = (await getPublicClaim(DUPLICATES))?.passage;
    expect(passage?.exact).toBe(before.anchorExact);
    expect(result).toMatchObject({ message: "Saved." });
    expect(fieldsOf(await lastUpdateDiff(before.id))).toEqual(["quote", "version"]);
  });

  it("re-anchors to a changed quote found in the source, tells the editor, and audits the move", async () => {
    const before = await load(NINETEEN);
    const quote = "it’s inaccurate to report that it now stands at 19 points";

    const result = await updateClaim(editor, { ...asSubmitted(before), quote });
    expect(result.ok).toBe(true);
    if (!result.ok) return;

    const after = await load(NINETEEN);
    expect(after.anchorExact).toBe(quote);
    expect(after.anchorParagraph).toBe(before.anchorParagraph);
    expect(after.anchorPrefix).toBe("Bevz also clarified that while the original 28-point plan has been trimmed, ".slice(-32));
    const passage = (await getPublicClaim(NINETEEN))?.passage;
    expect(passage?.exact).toBe(quote);
    expect(passage?.before).toBe("Bevz also clarified that while the original 28-point plan has been trimmed, ");
    expect(result.message).toBe(`Saved. The passage anchor now points at paragraph ${before.anchorParagraph! + 1} of “Trump Sends Envoys to Moscow and Kyiv for Peace Talks”.`);

    const diff = await lastUpdateDiff(before.id);
    expect(fieldsOf(diff)).toEqual(["anchor", "quote", "version"]);
    expect(diff.find((change) => change.field === "anchor")).toMatchObject({
      before: { exact: "it now stands at 19 points", paragraph: before.anchorParagraph },
      after: { exact: quote, paragraph: before.anchorParagraph },
    });
  });

  it("removes the anchor when the new quote is not in the source, saves anyway, and says so plainly", async () => {
    const before = await load(NINETEEN);
    expect(before.anchorExact).not.toBeNull();

    const result = await updateClaim(editor, { ...asSubmitted(before), quote: "The plan now has nineteen points." });
    expect(result.ok).toBe(true);
    if (!result.ok) return;

    const after = await load(NINETEEN);
    expect(after.quote).toBe("The plan now has nineteen points.");
    expect(anchorOf(after)).toEqual({ anchorExact: null, anchorPrefix: null, anchorSuffix: null, anchorParagraph: null });
    expect((await getPublicClaim(NINETEEN))?.passage).toBeNull();
    expect(await apiPassage(NINETEEN)).toBeNull();
    expect(result.message).toMatch(/passage anchor was removed/i);
    expect(result.message).toMatch(/not found word for word/i);
    expect(result.message).toMatch(ARTICLE_TITLE_PATTERN);

    const diff = await lastUpdateDiff(before.id);
    expect(fieldsOf(diff)).toEqual(["anchor", "quote", "version"]);
    expect(diff.find((change) => change.field === "anchor")).toMatchObject({ before: { exact: before.anchorExact }, after: null });
  });

  it("re-anchors against a new first appearance's text, and removes the anchor (saying why) for one with no text", async () => {
    const claim = await load("bevz-plan-trimmed-but-not-to-19-points");
    const passage = claim.anchorExact!;
    const reprint = await db.source.create({
      data: {
        slug: `reprint-${Date.now()}`,
        title: "A reprint of the Bevz interview",
        kind: "NEWS_ARTICLE",
        text: `Reprinted.\n\nEarlier on, ${passage} Later on.`,
      },
    });
    const moved = await updateClaim(editor, { ...asSubmitted(claim), firstAppearanceId: reprint.id });
    expect(moved.ok).toBe(true);
    if (!moved.ok) return;
    const after = await load(claim.slug);
    expect(after).toMatchObject({ anchorExact: passage, anchorParagraph: 1, anchorPrefix: "Reprinted.\n\nEarlier on, ", anchorSuffix: " Later on." });
    expect(moved.message).toMatch(/A reprint of the Bevz interview/);
    expect(fieldsOf(await lastUpdateDiff(claim.id))).toEqual(["anchor", "firstAppearanceId", "version"]);

    const textless = await db.source.create({ data: { slug: `textless-${Date.now()}`, title: "A radio bulletin", kind: "NEWS_ARTICLE" } });
    const removed = await updateClaim(editor, { ...asSubmitted(after), firstAppearanceId: textless.id });
    expect(removed.ok).toBe(true);
    if (!removed.ok) return;
    expect((await load(claim.slug)).anchorExact).toBeNull();
    expect(fieldsOf(await lastUpdateDiff(claim.id))).toEqual(["anchor", "firstAppearanceId", "version"]);
    expect(removed.message).toMatch(/passage anchor was removed/i);
    expect(removed.message).toMatch(/A radio bulletin/);
  });

  it("audits a save of several fields with exactly those fields, topics included", async () => {
    const before = await load("bevz-premature-to-say-anything-agreed");
    const result = await updateClaim(editor, {
      ...asSubmitted(before),
      statement: `${before.statement} (edited)`,
      context: "Edited context.",
      saidAt: "2025-11-25",
      topics: [...before.topics.map((topic) => topic.name), "Edited topic"],
    });
    expect(result.ok).toBe(true);
    const diff = await lastUpdateDiff(before.id);
    expect(fieldsOf(diff)).toEqual(["context", "saidAt", "statement", "topics", "version"]);
    expect(diff.find((change) => change.field === "topics")?.after).toContain("Edited topic");
    const after = await load(before.slug);
    expect(anchorOf(after)).toEqual(anchorOf(before));
    expect(result).toMatchObject({ message: "Saved." });
  });
});
