import escapeHtml from "escape-html";
import { Feed } from "feed";
import { memoize } from "../cache/memo";
import { feedEntries } from "../claims/recent";
import { changeSentence, describeChange } from "../claims/timeline";
import { absoluteUrl, siteConfig, type SiteConfig } from "../site-config";

type Entry = Awaited<ReturnType<typeof feedEntries>>[number];

/**
 * One feed entry per public status change: publication, verification or rating.
 *
 * The feed library writes each entry's title, summary and content as `type="html"`: a feed
 * reader renders them as HTML. Claim text is plain text that may contain `<b>` or `</title>`
 * (a quote about markup, or an attack), so every piece of it is HTML-escaped first and reads
 * exactly as typed, never as markup; escaped, it also cannot end the CDATA section it sits in.
 */
export function buildAtomFeed(entries: Entry[], config: SiteConfig, now = new Date()): string {
  const feed = new Feed({
    id: absoluteUrl("/feed.xml", config),
    title: `${config.orgName}: claim status changes`,
    description: "Claims newly published on ClaimDesk, and every change to a claim's verification status or rating.",
    link: absoluteUrl("/", config),
    language: "en",
    updated: entries[0]?.createdAt ?? now,
    generator: "ClaimDesk",
    feedLinks: { atom: absoluteUrl("/feed.xml", config) },
    author: { name: config.orgName, link: config.orgUrl },
    copyright: `${config.orgName}`,
  });
  for (const entry of entries) {
    const { field, from, to } = describeChange(entry);
    const published = entry.field === "WORKFLOW";
    const link = absoluteUrl(`/claims/${entry.claim.slug}`, config);
    feed.addItem({
      id: `${link}#change-${entry.id}`,
      title: escapeHtml(`${changeSentence(entry)}: ${entry.claim.statement}`),
      link,
      date: entry.createdAt,
      published: entry.createdAt,
      description: escapeHtml(entry.reason),
      content: escapeHtml(
        published
          ? `Now published. ${entry.reason}`
          : entry.fromValue === null
            ? `${field} set to ${to}. Reason: ${entry.reason}`
            : `${field} changed from ${from} to ${to}. Reason: ${entry.reason}`,
      ),
    });
  }
  return feed.atom1();
}

/**
 * The feed as served: the same for every reader, so built once per FEED_TTL_MS in this process
 * (lib/cache/memo.ts; a write clears it at once), however many feed readers poll it.
 */
export const FEED_TTL_MS = 3_000;
export const atomFeed = memoize("atom-feed", FEED_TTL_MS, async () => buildAtomFeed(await feedEntries({ take: 50 }), siteConfig()));
