import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { PageNotice, PastTheEnd, pageHref } from "@/app/components/page-notice";
import { Pagination } from "@/app/components/pagination";
import { VerificationBadge } from "@/app/components/status-badges";
import { parsePageQuery } from "@/lib/paging";
import { SOURCE_KIND_LABELS } from "@/lib/sources/labels";
import { pagePublicSources } from "@/lib/sources/public-sources";

/**
 * The /sources index, a page of sources at a time. next.config.js rewrites `/sources` and
 * `/sources?page=N` to `/sources/all/<N>`, so that every page is a path and is served from Next's
 * cache like a source's own page. A page number it cannot read is ignored, with a notice.
 */
const PAGE_SIZE = 100;

const readPage = (rawPage: string) => parsePageQuery({ page: rawPage }, { fields: ["page"] });
const loadSources = cache((page: number) => pagePublicSources({ page, pageSize: PAGE_SIZE }));

export async function sourcesIndexMetadata(rawPage: string): Promise<Metadata> {
  const { page } = readPage(rawPage).paging;
  const list = await loadSources(page);
  return {
    title: page > 1 ? `Sources (page ${page})` : "Sources",
    description: "The reports, transcripts, recordings and statements the claims on ClaimDesk come from or are checked against.",
    alternates: { canonical: pageHref("/sources", page) },
    openGraph: { url: "/sources", title: "Sources" },
    ...(page > list.pageCount ? { robots: { index: false } } : {}),
  };
}

export async function SourcesIndex({ rawPage }: { rawPage: string }) {
  const { paging, problems } = readPage(rawPage);
  const list = await loadSources(paging.page);
  const hrefFor = (n: number) => pageHref("/sources", n);
  const pastTheEnd = list.page > list.pageCount;
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">Where the claims we track first appeared, and what we checked them against, with how far each source is itself verified.</p>
      <PageNotice problems={problems} />
      {pastTheEnd ? (
        <PastTheEnd page={list.page} pageCount={list.pageCount} what="the sources" hrefFor={hrefFor} />
      ) : list.items.length === 0 ? (
        <p className="empty">No sources yet.</p>
      ) : (
        <ul className="speaker-list" aria-label="Sources">
          {list.items.map((source) => (
            <li key={source.slug} className="speaker-card">
              <Link href={`/sources/${source.slug}`} className="speaker-card__name">
                {source.title}
              </Link>
              <p className="speaker-card__title">
                {SOURCE_KIND_LABELS[source.kind]}
                {source.publisher ? ` · ${source.publisher}` : ""}
              </p>
              <p className="fine-print">
                <VerificationBadge verification={source.verification} /> {citedBy(source.firstAppearances, source.citations)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {pastTheEnd ? null : <Pagination page={list.page} pageCount={list.pageCount} hrefFor={hrefFor} />}
    </>
  );
}

/** "2 claims first appeared here · cited by 3": only the parts that are not zero. */
function citedBy(firstAppearances: number, citations: number): string {
  const parts = [
    firstAppearances > 0 ? `${firstAppearances} claim${firstAppearances === 1 ? "" : "s"} first appeared here` : null,
    citations > 0 ? `cited by ${citations} claim${citations === 1 ? "" : "s"}` : null,
  ];
  return parts.filter(Boolean).join(" · ");
}
