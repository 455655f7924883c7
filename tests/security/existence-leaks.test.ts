// Issue 10, point 10: nothing public tells a speaker, topic or source that exists only in the
// desk's drafts from one that does not exist; /api/health says ok or not ok, nothing more.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as listClaims } from "@/app/api/v1/claims/route";
import { db } from "@/lib/db";
import { seedTestDatabase } from "../helpers/fixtures";
import { TEST_ENGINE } from "../helpers/test-database";

const BASE = "http://claimdesk.test";

beforeAll(async () => {
  await seedTestDatabase();
  // A speaker, a topic and a source that only a draft knows.
  const speaker = await db.speaker.create({ data: { slug: "draft-only-speaker", name: "Draft Only" } });
  const source = await db.source.create({ data: { slug: "draft-only-source", title: "A draft's source", kind: "NEWS_ARTICLE" } });
  await db.claim.create({
    data: {
      slug: "a-draft-nobody-sees",
      statement: "A draft nobody outside the desk sees.",
      claimantId: speaker.id,
      workflow: "DRAFT",
      firstAppearanceId: source.id,
      topics: { create: { slug: "draft-only-topic", name: "Draft-only topic" } },
    },
  });
});

/** Status and body of the claims API for one filter value, the value itself blanked out. */
async function answerFor(field: string, value: string) {
  const response = await listClaims(new Request(`${BASE}/api/v1/claims?${field}=${value}`));
  return { status: response.status, body: (await response.text()).replaceAll(value, "<value>") };
}

describe(`security: existence leaks (issue 10, point 10; ${TEST_ENGINE})`, () => {
  it.each([
    ["speaker", "draft-only-speaker"],
    ["topic", "draft-only-topic"],
    ["source", "draft-only-source"],
  ])("the API's %s filter answers a draft-only one exactly as one that does not exist", async (field, draftOnly) => {
    const unknown = await answerFor(field, "no-such-thing-at-all");
    expect(unknown.status).toBe(400);
    expect(await answerFor(field, draftOnly)).toEqual(unknown);
  });

  it("/api/health says only whether the service is healthy", async () => {
    const response = await health();
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ ok: true });
    expect(text).not.toMatch(/sqlite|postgres|file:|\.db|migration/i);
  });
});
