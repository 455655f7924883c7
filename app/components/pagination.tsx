import Link from "next/link";

/**
 * Previous/next links. `pageCount` is null when a list's count stopped at its bound: then the
 * page number stands alone and `hasNextPage` says whether to go on.
 */
export function Pagination({
  page,
  pageCount,
  hasNextPage = pageCount !== null && page < pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number | null;
  hasNextPage?: boolean;
  hrefFor: (page: number) => string;
}) {
  if (page <= 1 && !hasNextPage) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? <Link href={hrefFor(page - 1)} rel="prev">← Previous</Link> : <span aria-hidden="true" />}
      <span>{pageCount === null ? `Page ${page}` : `Page ${page} of ${pageCount}`}</span>
      {hasNextPage ? <Link href={hrefFor(page + 1)} rel="next">Next →</Link> : <span aria-hidden="true" />}
    </nav>
  );
}
