import Link from "next/link";
import type { QueryProblem } from "@/lib/claims/list-query";

/** A paged page's address: page 1 has no `?page=`, so it keeps one canonical URL. */
export function pageHref(path: string, page: number): string {
  return page > 1 ? `${path}?page=${page}` : path;
}

/** What in the address was not understood and has been ignored (a page number like "abc", an unknown speaker). */
export function PageNotice({
  problems,
  intro = "Part of this address was not understood and has been ignored:",
  testId = "page-notice",
}: {
  problems: QueryProblem[];
  intro?: string;
  testId?: string;
}) {
  if (problems.length === 0) return null;
  return (
    <div className="notice notice--warning" role="status" data-testid={testId}>
      <p>{intro}</p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.field}-${problem.value}`}>
            <code>
              {problem.field}={problem.value}
            </code>
            : {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A page number beyond the last page: nothing to list, and the way back. */
export function PastTheEnd({ page, pageCount, what, hrefFor }: { page: number; pageCount: number; what: string; hrefFor: (page: number) => string }) {
  return (
    <p className="notice notice--warning" role="status" data-testid="past-the-end">
      There is no page {page}: {what} end on page {pageCount}.{" "}
      <Link href={hrefFor(pageCount)}>Go to page {pageCount}</Link>
      {pageCount > 1 ? (
        <>
          {" "}
          or <Link href={hrefFor(1)}>the first page</Link>
        </>
      ) : null}
      .
    </p>
  );
}
