import Link from "next/link";
import { redirect } from "next/navigation";
import { Day } from "@/app/components/day";
import { chosenOption, FilterSelect, RATING_OPTIONS, VERIFICATION_OPTIONS } from "@/app/components/filter-select";
import { CleanGetForm } from "@/app/components/clean-get-form";
import { MenuFilterSelect } from "@/app/components/menu-filter-select";
import { Pagination } from "@/app/components/pagination";
import { VerificationBadge } from "@/app/components/status-badges";
import { currentActor } from "@/lib/auth/session";
import { deskAssignees, deskClaimList, ZDeskClaimQuery, type TDeskClaimQuery } from "@/lib/claims/desk-queries";
import { withoutEmptyParameters } from "@/lib/claims/list-query";
import { WORKFLOW_LABELS } from "@/lib/claims/status-labels";
import { Workflow } from "@/lib/db/enums";
import { bulkClaimsAction } from "../actions";
import { ActionForm } from "../components/action-form";
import { SelectField, TextField } from "../components/fields";
import { redirectToLogin } from "@/app/admin/login-redirect";

export const metadata = { title: "Claims" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const toParams = (query: Partial<TDeskClaimQuery>) =>
  new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== "").map(([k, v]) => [k, String(v)])).toString();

export default async function DeskClaimsPage({ searchParams }: Props) {
  const actor = await currentActor();
  const params = await searchParams;
  const clean = withoutEmptyParameters(params);
  if (clean !== null) redirect(clean ? `/admin/claims?${clean}` : "/admin/claims");
  const raw = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const query = ZDeskClaimQuery.parse(raw);
  const [list, pickers] = await Promise.all([deskClaimList(actor, query), deskAssignees(actor)]);
  if (!list || !pickers) return redirectToLogin();

  return (
    <>
      <h1>Claims</h1>
      <CleanGetForm className="filters" action="/admin/claims" label="Filter claims">
        <div className="filters__row">
          <label className="filters__wide">
            Search
            <input type="search" name="q" defaultValue={query.q ?? ""} maxLength={200} />
          </label>
        </div>
        <div className="filters__row">
          <FilterSelect name="workflow" label="Workflow" value={query.workflow} options={Object.values(Workflow).map((w) => ({ value: w, label: WORKFLOW_LABELS[w] }))} />
          <FilterSelect name="verification" label="Verification" value={query.verification} options={VERIFICATION_OPTIONS} />
          <FilterSelect name="rating" label="Rating" value={query.rating} options={RATING_OPTIONS} />
          <MenuFilterSelect name="speaker" label="Speaker" blank="Anyone" kind="speakers" chosen={chosenOption(query.speaker, list.filterLabels.speaker)} />
          <MenuFilterSelect name="topic" label="Topic" kind="topics" chosen={chosenOption(query.topic, list.filterLabels.topic)} />
          <FilterSelect name="assignee" label="Assignee" blank="Anyone" value={query.assignee} options={[{ value: "me", label: "Me" }, { value: "none", label: "Unassigned" }, ...pickers.users.map((user) => ({ value: user.id, label: user.name }))]} />
          <label>
            Sort
            <select name="sort" defaultValue={query.sort === "relevance" ? "" : (query.sort ?? "")}>
              <option value="">{query.q ? "Best match" : "Latest update"}</option>
              {query.q ? <option value="updated">Latest update</option> : null}
              <option value="newest">Newest</option>
              <option value="oldest">Oldest</option>
            </select>
          </label>
          <div className="filters__actions">
            <button type="submit">Apply</button>
            <a href={`/admin/claims/export?${toParams({ ...query, page: undefined })}`}>Export CSV</a>
          </div>
        </div>
      </CleanGetForm>
      <p className="result-count">
        {list.totalIsLowerBound ? `More than ${list.total.toLocaleString("en")}` : list.total.toLocaleString("en")} claim{list.total === 1 ? "" : "s"}
      </p>
      <ActionForm action={bulkClaimsAction} submitLabel="Apply to selected" className="bulk-form" testId="bulk-form">
      <fieldset className="bulk-controls">
        <legend>With the selected claims</legend>
        <div className="form-grid">
          <SelectField
            name="action"
            label="Action"
            options={[
              { value: "assign", label: "Assign to" },
              { value: "workflow", label: "Move to workflow state" },
              { value: "addTopic", label: "Add topic" },
            ]}
          />
          <SelectField name="assigneeId" label="Assignee" value="none" options={[{ value: "none", label: "Nobody" }, ...pickers.users.map((user) => ({ value: user.id, label: user.name }))]} />
          <SelectField name="workflow" label="Workflow" blank="—" options={Object.values(Workflow).map((w) => ({ value: w, label: WORKFLOW_LABELS[w] }))} />
          <TextField name="topic" label="Topic" maxLength={60} />
        </div>
        <TextField name="reason" label="Reason (for a workflow change)" maxLength={1000} />
      </fieldset>
      <table className="desk-table">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Select</span>
            </th>
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
                <input type="checkbox" name="claimIds" value={claim.id} aria-label={`Select: ${claim.statement}`} />
              </td>
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
      </ActionForm>
      <Pagination page={list.page} pageCount={list.pageCount} hasNextPage={list.hasNextPage} hrefFor={(page) => `/admin/claims?${toParams({ ...query, page })}`} />
    </>
  );
}
