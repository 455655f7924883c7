import Link from "next/link";
import { redirect } from "next/navigation";
import { Day } from "@/app/components/day";
import { Pagination } from "@/app/components/pagination";
import { VerificationBadge } from "@/app/components/status-badges";
import { currentActor } from "@/lib/auth/session";
import { deskClaimList, ZDeskClaimQuery, type TDeskClaimQuery } from "@/lib/claims/desk-queries";
import { VERIFICATION_LABELS, WORKFLOW_LABELS } from "@/lib/claims/status-labels";
import { Verification, Workflow } from "@/lib/db/enums";

export const metadata = { title: "Claims" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const toParams = (query: Partial<TDeskClaimQuery>) =>
  new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== "").map(([k, v]) => [k, String(v)])).toString();

export default async function DeskClaimsPage({ searchParams }: Props) {
  const actor = await currentActor();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const query = ZDeskClaimQuery.parse(raw);
  const list = await deskClaimList(actor, query);
  if (!list) redirect("/login?callbackUrl=/admin/claims");

  return (
    <>
      <h1>Claims</h1>
      <form className="filters" method="get" aria-label="Filter claims">
        <div className="filters__row">
          <label className="filters__wide">
            Search
            <input type="search" name="q" defaultValue={query.q ?? ""} maxLength={200} />
          </label>
        </div>
        <div className="filters__row">
          <label>
            Workflow
            <select name="workflow" defaultValue={query.workflow ?? ""}>
              <option value="">Any</option>
              {Object.values(Workflow).map((w) => (
                <option key={w} value={w}>
                  {WORKFLOW_LABELS[w]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Verification
            <select name="verification" defaultValue={query.verification ?? ""}>
              <option value="">Any</option>
              {Object.values(Verification).map((v) => (
                <option key={v} value={v}>
                  {VERIFICATION_LABELS[v].label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Assignee
            <select name="assignee" defaultValue={query.assignee ?? ""}>
              <option value="">Anyone</option>
              <option value="me">Me</option>
              <option value="none">Unassigned</option>
            </select>
          </label>
          <label>
            Sort
            <select name="sort" defaultValue={query.sort}>
              <option value="updated">Latest update</option>
              <option value="newest">Newest</option>
              <option value="oldest">Oldest</option>
            </select>
          </label>
          <div className="filters__actions">
            <button type="submit">Apply</button>
            <a href={`/admin/claims/export?${toParams({ ...query, page: undefined })}`}>Export CSV</a>
          </div>
        </div>
      </form>
      <p className="result-count">{list.total} claims</p>
      <table className="desk-table">
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Workflow</th>
            <th scope="col">Verification</th>
            <th scope="col">Assignee</th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((claim) => (
            <tr key={claim.id}>
              <td>
                <Link href={`/admin/claims/${claim.id}`}>{claim.statement}</Link>
                <div className="fine-print">{claim.claimant.name}</div>
              </td>
              <td>{WORKFLOW_LABELS[claim.workflow]}</td>
              <td>
                <VerificationBadge verification={claim.verification} />
              </td>
              <td>{claim.assignee?.name ?? "—"}</td>
              <td>
                <Day date={claim.updatedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(page) => `/admin/claims?${toParams({ ...query, page })}`} />
    </>
  );
}
