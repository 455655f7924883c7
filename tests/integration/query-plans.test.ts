import type { SqlQuery } from "@prisma/driver-adapter-utils";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, ZAuditQuery } from "@/lib/audit/queries";
import type { Actor } from "@/lib/auth/actor";
import { deskClaimList, deskDashboard, ZDeskClaimQuery } from "@/lib/claims/desk-queries";
import { parseClaimListQuery } from "@/lib/claims/list-query";
import { listPublicClaims } from "@/lib/claims/public-list";
import { db } from "@/lib/db";
import { recordQueries } from "@/lib/db/query-count";
import { createTestActor, seedTestDatabase } from "../helpers/fixtures";
import { TEST_ENGINE } from "../helpers/test-database";
import { pagePublicSources } from "@/lib/sources/public-sources";
import { getPublicSpeaker, pagePublicSpeakers } from "@/lib/speakers/public-speakers";

/**
 * Every list, filter, sort and search path reads claims through an index: the plan of each
 * statement it sends (EXPLAIN QUERY PLAN on SQLite, EXPLAIN with sequential scans priced out on
 * PostgreSQL, so a tiny test table does not tempt the planner) must not scan the Claim table.
 */
let editor: Actor;

beforeAll(async () => {
  await seedTestDatabase();
  editor = await createTestActor("EDITOR");
});

async function plan(query: SqlQuery): Promise<string[]> {
  if (TEST_ENGINE === "sqlite") {
    const rows = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${query.sql}`, ...query.args);
    return rows.map((row) => row.detail);
  }
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
    const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${query.sql}`, ...query.args);
    return rows.map((row) => row["QUERY PLAN"]);
  });
}

/** A line of a plan that reads the whole Claim table. */
function fullClaimScans(lines: string[]): string[] {
  return TEST_ENGINE === "sqlite"
    ? lines.filter((line) => /^SCAN ("?main"?\.)?"?Claim"?( AS \S+)?$/.test(line) || /^SCAN \S+$/.test(line) && /Claim/.test(line))
    : lines.filter((line) => /Seq Scan on "?Claim"?/.test(line));
}

async function expectIndexedReads(work: () => Promise<unknown>) {
  const { queries } = await recordQueries(work);
  const claimReads = queries.filter((query) => /FROM\s+[^;]*[`"]Claim[`"]/i.test(query.sql) && /^\s*SELECT/i.test(query.sql));
  expect(claimReads.length).toBeGreaterThan(0);
  for (const query of claimReads) {
    const lines = await plan(query);
    if (process.env.SHOW_PLANS) console.log(`${query.sql}\n  ${lines.join("\n  ")}`);
    expect(fullClaimScans(lines), `${query.sql}\n${lines.join("\n")}`).toEqual([]);
  }
}

const publicList = (params: Record<string, string>) => () => listPublicClaims(parseClaimListQuery(params).query);
const deskList = (params: Record<string, string>) => () => deskClaimList(editor, ZDeskClaimQuery.parse(params));

describe(`query plans (${TEST_ENGINE})`, () => {
  const publicCases: [string, Record<string, string>][] = [
    ["the public list, newest first", {}],
    ["the public list, latest update first", { sort: "updated" }],
    ["the public list filtered by verification", { verification: "DISPUTED" }],
    ["the public list filtered by rating", { rating: "FALSE" }],
    ["the public list filtered by speaker", { speaker: "donald-trump" }],
    ["the public list filtered by topic", { topic: "peace-plan" }],
    ["the public list filtered by source", { source: "isw" }],
    ["the public list filtered by date", { from: "2025-11-01", to: "2025-11-30" }],
    ["a search, best match first", { q: "transcript" }],
    ["a search for a phrase and a prefix", { q: '"peace plan" poi' }],
    ["a search, newest first", { q: "peace", sort: "newest" }],
    ["a search with filters", { q: "peace", verification: "DISPUTED", speaker: "donald-trump" }],
  ];
  for (const [name, params] of publicCases) {
    it(`${name} reads claims through an index`, () => expectIndexedReads(publicList(params)));
  }

  const deskCases: [string, Record<string, string>][] = [
    ["the desk list, latest update first", {}],
    ["the desk list, newest first", { sort: "newest" }],
    ["the desk list, oldest first", { sort: "oldest" }],
    ["the desk list, least recently updated first", { sort: "updated-asc" }],
    ["the desk list filtered by rating", { rating: "FALSE" }],
    ["the desk list filtered by workflow", { workflow: "IN_REVIEW" }],
    ["the desk list filtered by assignee", { assignee: "me" }],
    ["the desk search", { q: "transcript" }],
    ["the desk search by workflow", { q: "peace", workflow: "DRAFT" }],
    ["the desk search, least recently updated first", { q: "peace", sort: "updated-asc" }],
  ];
  for (const [name, params] of deskCases) {
    it(`${name} reads claims through an index`, () => expectIndexedReads(deskList(params)));
  }

  it("the desk dashboard reads claims through an index", () => expectIndexedReads(() => deskDashboard(editor)));

  it("the audit log names its claims through an index", async () => {
    const admin = await createTestActor("ADMIN");
    const claim = await db.claim.findFirstOrThrow({ select: { id: true } });
    await db.auditEvent.create({ data: { actorId: admin.id, action: "claim.update", entityType: "Claim", entityId: claim.id, before: "{}", after: "{}" } });
    await expectIndexedReads(() => auditLog(admin, ZAuditQuery.parse({})));
  });
});

/**
 * Speaker pages and the indexes of speakers and sources, with the planner's statistics gathered
 * as every app connection has them (lib/db/sqlite.ts runs PRAGMA optimize on open; PostgreSQL's
 * autovacuum analyses): a speaker's "About" list must start from that speaker's own ClaimSubject
 * rows, never walk every published claim probing for them.
 */
describe(`query plans of speaker and source pages (${TEST_ENGINE})`, () => {
  beforeAll(async () => {
    await db.$executeRawUnsafe("ANALYZE");
  });

  const cases: [string, () => Promise<unknown>][] = [
    ["a speaker's page (made)", () => getPublicSpeaker("donald-trump")],
    ["a speaker's page (relayed and about)", () => getPublicSpeaker("steve-witkoff")],
    ["a speaker's later page", () => getPublicSpeaker("steve-witkoff", { page: 2, pageSize: 2 })],
    ["the index of speakers (any role)", () => pagePublicSpeakers({ page: 1, pageSize: 100 })],
    ["the index of sources", () => pagePublicSources({ page: 1, pageSize: 100 })],
  ];
  for (const [name, work] of cases) {
    it(`${name} reads claims through an index`, () => expectIndexedReads(work));
  }

  it("a speaker's About list starts from their ClaimSubject rows", async () => {
    const { queries } = await recordQueries(() => getPublicSpeaker("steve-witkoff"));
    const aboutReads = queries.filter((query) => /^\s*SELECT/i.test(query.sql) && /FROM\s+([`"]?\w+[`"]?\.)?[`"]?ClaimSubject[`"]?\s/i.test(query.sql));
    expect(aboutReads).toHaveLength(2);
    for (const query of aboutReads) {
      const lines = await plan(query);
      // Their rows, through the key that starts with speakerId.
      expect(lines.some((line) => /ClaimSubject_pkey|sqlite_autoindex_ClaimSubject_1 \(speakerId=\?\)/.test(line)), lines.join("\n")).toBe(true);
      // SQLite then reads each claim by its key. (PostgreSQL, on this 35-claim table, prefers to
      // hash the published claims for the join, which its statistics will not favour at scale.)
      if (TEST_ENGINE === "sqlite") {
        expect(lines.filter((line) => /Claim_workflow_/.test(line)), `${query.sql}\n${lines.join("\n")}`).toEqual([]);
      }
    }
  });
});
