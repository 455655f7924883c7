import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { SEED_ARTICLE } from "@/seed/article";
import { countRows, createTestActor, seedTestDatabase } from "../helpers/fixtures";

let speakerId: string;
let articleId: string;

beforeAll(async () => {
  await seedTestDatabase();
  speakerId = (await db.speaker.findUniqueOrThrow({ where: { slug: "oleksandr-bevz" } })).id;
  articleId = (await db.source.findUniqueOrThrow({ where: { slug: SEED_ARTICLE.slug } })).id;
});

const validInput = () => ({
  statement: "Bevz says the document is still evolving.",
  quote: "This document is evolving.",
  claimantId: speakerId,
  firstAppearanceId: articleId,
  saidAt: "2025-11-25",
  topics: ["Ukraine peace plan", "Negotiations"],
});

describe("createClaim", () => {
  it("logs a draft claim, anchors its quote in the source, and audits it in the same write", async () => {
    const actor = await createTestActor("CONTRIBUTOR");
    const before = await countRows();
    const result = await createClaim(actor, validInput());
    expect(result.ok).toBe(true);
    if (!result.ok) return;

    const claim = await db.claim.findUniqueOrThrow({ where: { id: result.claim.id }, include: { topics: true } });
    expect(claim).toMatchObject({
      slug: "bevz-says-the-document-is-still-evolving",
      workflow: "DRAFT",
      verification: "UNVERIFIED",
      anchorExact: "This document is evolving.",
      anchorParagraph: 42,
      createdById: actor.id,
      version: 1,
    });
    expect(claim.saidAt?.toISOString()).toBe("2025-11-25T00:00:00.000Z");
    expect(claim.topics.map((topic) => topic.slug).sort()).toEqual(["negotiations", "ukraine-peace-plan"]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: claim.id } });
    expect(audit).toMatchObject({ actorId: actor.id, action: "claim.create", entityType: "Claim", before: null });
    expect(JSON.parse(audit.after!)).toMatchObject({ slug: claim.slug });
    const after = await countRows();
    expect(after).toMatchObject({ claims: before.claims + 1, topics: before.topics + 1, audit: before.audit + 1 });
  });

  it("gives a second claim with the same statement its own slug", async () => {
    const actor = await createTestActor("EDITOR");
    const first = await createClaim(actor, { ...validInput(), statement: "A statement made twice over." });
    const second = await createClaim(actor, { ...validInput(), statement: "A statement made twice over." });
    expect(first.ok && second.ok).toBe(true);
    if (first.ok && second.ok) expect(second.claim.slug).toBe(`${first.claim.slug}-2`);
  });

  it.each([
    ["a missing statement", { statement: undefined }, "statement"],
    ["a statement of the wrong type", { statement: 42 }, "statement"],
    ["an oversize quote", { quote: "x".repeat(2_001) }, "quote"],
    ["a bad date", { saidAt: "25/11/2025" }, "saidAt"],
    ["an unknown verification", { verification: "PROBABLY" }, "verification"],
    ["too many topics", { topics: Array.from({ length: 13 }, (_, i) => `t${i}`) }, "topics"],
    ["another record's id as claimant", { claimantId: "not-a-speaker" }, "claimantId"],
    ["an unknown source", { firstAppearanceId: "not-a-source" }, "firstAppearanceId"],
  ])("answers %s with a field error and writes nothing", async (_case, override, field) => {
    const actor = await createTestActor("EDITOR");
    const before = await countRows();
    const result = await createClaim(actor, { ...validInput(), ...override });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe("invalid");
    expect(Object.keys(result.fieldErrors ?? {})).toContain(field);
    expect(await countRows()).toEqual(before);
  });

  it("refuses input that is not an object at all", async () => {
    const actor = await createTestActor("EDITOR");
    const result = await createClaim(actor, "DROP TABLE Claim");
    expect(result).toMatchObject({ ok: false, error: "invalid" });
  });

  it("lets only editors set a verification status", async () => {
    const contributor = await createTestActor("CONTRIBUTOR");
    const before = await countRows();
    const refused = await createClaim(contributor, { ...validInput(), verification: "CORROBORATED" });
    expect(refused).toMatchObject({ ok: false, error: "invalid", fieldErrors: { verification: [expect.any(String)] } });
    expect(await countRows()).toEqual(before);

    const editor = await createTestActor("EDITOR");
    const allowed = await createClaim(editor, { ...validInput(), statement: "An editor's corroborated claim.", verification: "CORROBORATED" });
    expect(allowed.ok).toBe(true);
  });

  it("refuses anonymous and disabled users and writes nothing", async () => {
    const before = await countRows();
    expect(await createClaim(null, validInput())).toMatchObject({ ok: false, error: "unauthenticated" });
    const disabled = await createTestActor("ADMIN", { disabled: true });
    expect(await createClaim(disabled, validInput())).toMatchObject({ ok: false, error: "forbidden" });
    expect(await countRows()).toEqual(before);
  });
});
