import type { Metadata } from "next";
import Link from "next/link";
import { ClaimCard } from "@/app/components/claim-card";
import { CleanGetForm } from "@/app/components/clean-get-form";
import { chosenOption, FilterSelect, RATING_OPTIONS, VERIFICATION_OPTIONS } from "@/app/components/filter-select";
import { MenuFilterSelect } from "@/app/components/menu-filter-select";
import { PageNotice } from "@/app/components/page-notice";
import { Pagination } from "@/app/components/pagination";
import { claimListSearchParams, parseClaimListQuery, type TClaimListQuery } from "@/lib/claims/list-query";
import { listPublicClaims, type PublicClaimList } from "@/lib/claims/public-list";
import { parseSearchQuery } from "@/lib/search/query";

/**
 * The claim list: search, filters and one page of claims, all from the URL's query. Rendered per
 * request at /claims (app/claims/page.tsx); the unfiltered first page, the same for every reader,
 * is served from cache (app/front-page).
 */
export type SearchParams = Record<string, string | string[] | undefined>;

export function claimsListMetadata(searchParams: SearchParams): Metadata {
  const { query } = parseClaimListQuery(searchParams);
  const title = query.q ? `Claims matching “${query.q}”` : "All claims";
  return {
    title,
    description: "Search and browse the claims ClaimDesk tracks, by status, rating, speaker, topic, source and date.",
    alternates: { canonical: `/claims${query.page > 1 ? `?page=${query.page}` : ""}` },
    openGraph: { url: "/claims", title },
  };
}

function describeCount(list: PublicClaimList): string {
  if (list.total === 0) return "No published claims match.";
  const count = list.totalIsLowerBound
    ? `More than ${list.total.toLocaleString("en")} claims`
    : `${list.total.toLocaleString("en")} claim${list.total === 1 ? "" : "s"}`;
  const best =
    list.sort === "relevance" && list.totalIsLowerBound
      ? `, best matches among the newest ${list.total.toLocaleString("en")} first (add words or filters to narrow it)`
      : "";
  if (list.pageCount !== null && list.pageCount <= 1) return `${count}${best}`;
  return `${count}${best}, page ${list.page}${list.pageCount === null ? "" : ` of ${list.pageCount}`}`;
}

const href = (query: Partial<TClaimListQuery>) => {
  const params = claimListSearchParams(query).toString();
  return params ? `/claims?${params}` : "/claims";
};

export async function ClaimsList({ searchParams }: { searchParams: SearchParams }) {
  const { query, problems: parseProblems } = parseClaimListQuery(searchParams);
  const list = await listPublicClaims(query);
  const search = query.q ? parseSearchQuery(query.q) : undefined;
  const notices = [...parseProblems, ...list.problems];
  const filtered = claimListSearchParams({ ...query, page: 1 }).toString() !== "";

  return (
    <>
      <h1>{query.q ? <>Claims matching “{query.q}”</> : "All claims"}</h1>
      <PageNotice
        problems={notices}
        intro="Some of the filters in this address were not understood and have been ignored:"
        testId="filter-notice"
      />

      <CleanGetForm className="filters" action="/claims" label="Search and filter claims">
        <div className="filters__row">
          <label className="filters__wide">
            Search
            <input type="search" name="q" defaultValue={query.q ?? ""} maxLength={200} placeholder="Words from the claim, quote or speaker" />
          </label>
        </div>
        <div className="filters__row">
          <FilterSelect name="verification" label="Verification" value={query.verification} options={VERIFICATION_OPTIONS} />
          <FilterSelect name="rating" label="Rating" value={query.rating} options={RATING_OPTIONS} />
          <MenuFilterSelect name="speaker" label="Speaker" blank="Anyone" kind="speakers" chosen={chosenOption(list.filterLabels.speaker && query.speaker, list.filterLabels.speaker)} />
          <MenuFilterSelect name="topic" label="Topic" kind="topics" chosen={chosenOption(list.filterLabels.topic && query.topic, list.filterLabels.topic)} />
          <MenuFilterSelect name="source" label="Source" kind="sources" chosen={chosenOption(list.filterLabels.source && query.source, list.filterLabels.source)} />
        </div>
        <div className="filters__row">
          <label>
            Said from
            <input type="date" name="from" defaultValue={query.from ?? ""} />
          </label>
          <label>
            to
            <input type="date" name="to" defaultValue={query.to ?? ""} />
          </label>
          <label>
            Sort by
            <select name="sort" defaultValue={query.sort === "relevance" ? "" : (query.sort ?? "")}>
              <option value="">{query.q ? "Best match" : "Newest claim"}</option>
              {query.q ? <option value="newest">Newest claim</option> : null}
              <option value="updated">Latest update</option>
            </select>
          </label>
          <div className="filters__actions">
            <button type="submit">Apply</button>
            {filtered ? <Link href="/claims">Clear all</Link> : null}
          </div>
        </div>
      </CleanGetForm>

      <p className="result-count" role="status">
        {describeCount(list)}
      </p>
      {list.items.length > 0 ? (
        <ol className="claim-list" aria-label="Claims">
          {list.items.map((claim) => (
            <ClaimCard key={claim.id} claim={claim} search={search} />
          ))}
        </ol>
      ) : null}
      <Pagination page={list.page} pageCount={list.pageCount} hasNextPage={list.hasNextPage} hrefFor={(page) => href({ ...query, page })} />
    </>
  );
}
