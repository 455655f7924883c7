import { memoize } from "../cache/memo";
import { db } from "../db";
import { PUBLISHED_CLAIMS } from "./visibility";

/** How many speakers and sources a filter menu offers: the most cited. A menu of thousands helps no one and weighs every page. */
export const FILTER_OPTION_LIMIT = 50;
const TOPIC_OPTION_LIMIT = 100;
const FILTER_OPTIONS_TTL_MS = 30_000;

const byName = <T extends { name: string }>(rows: T[]) => rows.sort((a, b) => a.name.localeCompare(b.name));

/**
 * The speakers, topics and sources a reader can filter the claim list by: those with published
 * claims, the most cited first, then listed by name. Computed once per TTL per instance (and
 * again after a desk write here), not per request. A filter already in the URL keeps its label
 * through the list's own lookup, whether or not it is among these.
 */
export const claimFilterOptions = memoize("claim-filter-options", FILTER_OPTIONS_TTL_MS, async () => {
  const [speakers, topics, sources] = await Promise.all([
    db.speaker.findMany({
      where: { claims: { some: PUBLISHED_CLAIMS } },
      orderBy: [{ claims: { _count: "desc" } }, { name: "asc" }],
      take: FILTER_OPTION_LIMIT,
      select: { slug: true, name: true },
    }),
    db.topic.findMany({
      where: { claims: { some: PUBLISHED_CLAIMS } },
      orderBy: [{ claims: { _count: "desc" } }, { name: "asc" }],
      take: TOPIC_OPTION_LIMIT,
      select: { slug: true, name: true },
    }),
    db.source.findMany({
      where: { OR: [{ firstAppearances: { some: PUBLISHED_CLAIMS } }, { evidence: { some: { claim: PUBLISHED_CLAIMS } } }] },
      orderBy: [{ evidence: { _count: "desc" } }, { title: "asc" }],
      take: FILTER_OPTION_LIMIT,
      select: { slug: true, title: true },
    }),
  ]);
  return {
    speakers: byName(speakers),
    topics: byName(topics),
    sources: sources.sort((a, b) => a.title.localeCompare(b.title)),
  };
});
