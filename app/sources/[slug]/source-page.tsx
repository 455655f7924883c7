import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Day } from "@/app/components/day";
import { PageNotice, PastTheEnd, pageHref } from "@/app/components/page-notice";
import { Pagination } from "@/app/components/pagination";
import { VerificationBadge } from "@/app/components/status-badges";
import { STANCE_LABELS, STRENGTH_LABELS } from "@/lib/claims/sourcing";
import { parsePageQuery } from "@/lib/paging";
import { SOURCE_KIND_LABELS } from "@/lib/sources/labels";
import { getPublicSource, type PublicSource } from "@/lib/sources/public-sources";

/**
 * A source's page, one page of its claims at a time. Readers page with `?page=N` (20 claims a page);
 * next.config.js rewrites that to `/sources/<slug>/p/<N>`, so that every page is a path and can be
 * served from Next's cache like a claim page. A page number it cannot read is ignored, with a notice.
 */
export type SourcePageProps = { slug: string; rawPage?: string };

const readPage = (rawPage: string | undefined) => parsePageQuery(rawPage === undefined ? {} : { page: rawPage }, { fields: ["page"] });
const loadSource = cache((slug: string, page: number) => getPublicSource(slug, { page, pageSize: 20 }));

const KIND_LABELS = SOURCE_KIND_LABELS;

export async function sourceMetadata({ slug, rawPage }: SourcePageProps): Promise<Metadata> {
  const { paging } = readPage(rawPage);
  const page = await loadSource(slug, paging.page);
  if (!page) return { title: "Source not found" };
  const { source, total } = page;
  const description = `${KIND_LABELS[source.kind]}${source.publisher ? ` from ${source.publisher}` : ""}, cited by ${total} claim${
    total === 1 ? "" : "s"
  } on ClaimDesk.`;
  const path = `/sources/${source.slug}`;
  return {
    title: page.page > 1 ? `${source.title} (page ${page.page})` : source.title,
    description,
    alternates: { canonical: pageHref(path, page.page) },
    openGraph: { url: path, title: source.title, description },
    ...(page.page > page.pageCount ? { robots: { index: false } } : {}),
  };
}

export async function SourcePage({ slug, rawPage }: SourcePageProps) {
  const { paging, problems } = readPage(rawPage);
  const page = await loadSource(slug, paging.page);
  if (!page) notFound();
  const { source, firstAppearances, evidence } = page;
  const path = `/sources/${source.slug}`;
  const pastTheEnd = page.page > page.pageCount;

  return (
    <>
      <p className="eyebrow">{KIND_LABELS[source.kind]}</p>
      <h1>{source.title}</h1>
      <dl className="facts">
        {source.publisher ? (
          <>
            <dt>Publisher</dt>
            <dd>{source.publisher}</dd>
          </>
        ) : null}
        <dt>Published</dt>
        <dd>{source.publishedAt ? <Day date={source.publishedAt} inferred={source.publishedAtInferred} /> : "Not known"}</dd>
        <dt>How far the source itself is verified</dt>
        <dd>
          <VerificationBadge verification={source.verification} />
          {source.verificationNote ? <p className="fine-print">{source.verificationNote}</p> : null}
        </dd>
        {source.url ? (
          <>
            <dt>Original</dt>
            <dd>
              <a href={source.url} rel="noopener noreferrer nofollow">
                {source.url}
              </a>
            </dd>
          </>
        ) : null}
      </dl>

      <PageNotice problems={problems} />
      {pastTheEnd ? (
        <PastTheEnd page={page.page} pageCount={page.pageCount} hrefFor={(n) => pageHref(path, n)} what="the claims citing it" />
      ) : (
        <>
          {firstAppearances.total > 0 ? (
            <CitingClaims
              id="first-title"
              title="Claims that first appeared here"
              list={firstAppearances}
              page={page.page}
              pageSize={page.pageSize}
              firstPage={pageHref(path, 1)}
            />
          ) : null}
          {evidence.total > 0 ? (
            <CitingClaims
              id="cited-title"
              title={firstAppearances.total > 0 ? "Other claims that cite it" : "Claims that cite it"}
              list={evidence}
              page={page.page}
              pageSize={page.pageSize}
              firstPage={pageHref(path, 1)}
            />
          ) : null}
        </>
      )}
      {pastTheEnd ? null : <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(n) => pageHref(path, n)} />}
    </>
  );
}

type CitingList = PublicSource["firstAppearances"] | PublicSource["evidence"];

/** One page of claims citing the source, each with what the source does for it (supports, reports…). */
function CitingClaims({ id, title, list, page, pageSize, firstPage }: { id: string; title: string; list: CitingList; page: number; pageSize: number; firstPage: string }) {
  const first = (page - 1) * pageSize + 1;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {list.total > pageSize && list.items.length > 0 ? (
        <p className="result-count">
          {first}–{first + list.items.length - 1} of {list.total}
        </p>
      ) : null}
      {list.items.length === 0 ? (
        <p className="empty">
          All {list.total} are on earlier pages: <Link href={firstPage}>back to the first page</Link>.
        </p>
      ) : (
        <ul className="evidence-list">
          {list.items.map((claim) => (
            <li key={claim.slug} className="evidence">
              <p className="evidence__head">
                <Link href={`/claims/${claim.slug}`}>{claim.statement}</Link>
              </p>
              <p className="evidence__meta">
                <Link href={`/speakers/${claim.claimant.slug}`}>{claim.claimant.name}</Link> ·{" "}
                <VerificationBadge verification={claim.verification} />
                {claim.evidence.map((item) => (
                  <span key={`${item.stance}-${item.strength}`}>
                    {" · "}
                    {STANCE_LABELS[item.stance]} ({STRENGTH_LABELS[item.strength].toLowerCase()})
                  </span>
                ))}
              </p>
              {claim.evidence[0]?.note ? <p className="evidence__note">{claim.evidence[0].note}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
