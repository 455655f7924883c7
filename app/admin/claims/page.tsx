import Link from "next/link";
import { redirect } from "next/navigation";
import { CleanGetForm, SearchAsYouType } from "@/app/components/clean-get-form";
import { DateTime } from "@/app/components/day";
import { chosenOption, FilterSelect, RATING_OPTIONS, VERIFICATION_OPTIONS } from "@/app/components/filter-select";
import { MenuFilterSelect } from "@/app/components/menu-filter-select";
import { Pagination } from "@/app/components/pagination";
import { VerificationBadge } from "@/app/components/status-badges";
import { currentActor } from "@/lib/auth/session";
import { DESK_SORT_LABELS, deskAssignees, deskClaimList, ZDeskClaimQuery, type DeskSort, type TDeskClaimQuery } from "@/lib/claims/desk-queries";
import { withoutEmptyParameters } from "@/lib/claims/list-query";
import { RATING_LABELS, WORKFLOW_LABELS } from "@/lib/claims/status-labels";
import { Workflow } from "@/lib/db/enums";
import { bulkClaimsAction } from "../actions";
import { ActionForm } from "../components/action-form";
import { SelectField, TextField } from "../components/fields";
import { redirectToLogin } from "@/app/admin/login-redirect";
import { BulkPanel, BulkSelection, SelectAllBox } from "./claim-selection";

export const metadata = { title: "Claims" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const toParams = (query: Partial<TDeskClaimQuery>) =>
  new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== "").map(([k, v]) => [k, String(v)])).toString();

const WORKFLOW_OPTIONS = Object.values(Workflow).map((w) => ({ value: w, label: WORKFLOW_LABELS[w] }));

/**
 * A column header that sorts by its column: the first click sorts it the usual way (latest
 * first), a click on the column already sorted turns the order round. Only columns with an
 * index have one (DESK_SORTS).
 */
function SortHeader({ label, current, first, second, hrefFor }: { label: string; current: DeskSort; first: DeskSort; second: DeskSort; hrefFor: (sort: DeskSort) => string }) {
  const active = current === first || current === second;
  const next = current === first ? second : first;
  return (
    <th scope="col" className="desk-table__sortable" aria-sort={active ? (current === first ? "descending" : "ascending") : undefined} data-sort={active ? current : undefined}>
      <Link href={hrefFor(next)} className="sort-link" title={`Sort: ${DESK_SORT_LABELS[next].toLowerCase()}`}>
        {label}
        <span aria-hidden="true" className="sort-link__arrow">
          {active ? (current === first ? " ↓" : " ↑") : " ↕"}
        </span>
        <span className="visually-hidden">, sort {DESK_SORT_LABELS[next].toLowerCase()}</span>
      </Link>
    </th>
  );
}

/** After ingesting an article (app/admin/ingest), the list opens on its drafts and says what was done. */
function ingestNotice(params: Record<string, string | undefined>, sourceTitle: string | undefined): string | null {
  const created = Number(params.created);
  const skipped = Number(params.skipped) || 0;
  if (!sourceTitle || !Number.isInteger(created) || created < 0) return null;
  const before = skipped > 0 ? ` ${skipped} kept candidate${skipped === 1 ? " was" : "s were"} drafted from it before, so not again.` : "";
  return `Created ${created} draft claim${created === 1 ? "" : "s"} from “${sourceTitle}”; the drafts of this article are listed below.${before}`;
}

export default async function DeskClaimsPage({ searchParams }: Props) {
  const actor = await currentActor();
  const params = await searchParams;
  const clean = withoutEmptyParameters(params);
  if (clean !== null) redirect(clean ? `/admin/claims?${clean}` : "/admin/claims");
  const raw = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const query = ZDeskClaimQuery.parse(raw);
  const [list, pickers] = await Promise.all([deskClaimList(actor, query), deskAssignees(actor)]);
  if (!list || !pickers) return redirectToLogin();
  const userOptions = pickers.users.map((user) => ({ value: user.id, label: user.name }));
  // The default order (best match when searching, latest update otherwise) needs no parameter.
  const defaultSort: DeskSort = query.q ? "relevance" : "updated";
  const sortHref = (sort: DeskSort) => `/admin/claims?${toParams({ ...query, sort: sort === defaultSort ? undefined : sort, page: undefined })}`;
  const sortOptions = (Object.keys(DESK_SORT_LABELS) as DeskSort[]).filter((sort) => sort !== defaultSort && (sort !== "relevance" || query.q));

  const ingested = ingestNotice(raw, list.filterLabels.source);

  return (
    <>
      <h1>Claims</h1>
      {ingested ? (
        <p className="notice" role="status" data-testid="ingest-notice">
          {ingested}
        </p>
      ) : null}
      <CleanGetForm className="filters" action="/admin/claims" label="Filter claims">
        <div className="filters__row">
          <SearchAsYouType className="filters__wide" name="q" label="Search statements, quotes and speakers" defaultValue={query.q ?? ""} maxLength={200} />
        </div>
        <div className="filters__grid">
          <FilterSelect name="workflow" label="Workflow state" blank="Any workflow state" value={query.workflow} options={WORKFLOW_OPTIONS} />
          <FilterSelect name="verification" label="Verification status" blank="Any verification status" value={query.verification} options={VERIFICATION_OPTIONS} />
          <FilterSelect name="rating" label="Rating (verdict)" blank="Any rating, or none" value={query.rating} options={RATING_OPTIONS} />
          <MenuFilterSelect name="speaker" label="Speaker (who said or relayed it)" blank="Any speaker" kind="speakers" chosen={chosenOption(query.speaker, list.filterLabels.speaker)} />
          <MenuFilterSelect name="topic" label="Topic" blank="Any topic" kind="topics" chosen={chosenOption(query.topic, list.filterLabels.topic)} />
          <MenuFilterSelect name="source" label="Source (first appearance or evidence)" blank="Any source" kind="sources" chosen={chosenOption(query.source, list.filterLabels.source)} />
          <FilterSelect name="assignee" label="Assigned to" blank="Anyone or no one" value={query.assignee} options={[{ value: "me", label: "Me" }, { value: "none", label: "No one (unassigned)" }, ...userOptions]} />
          <label>
            Sort by
            <select name="sort" defaultValue={query.sort && query.sort !== defaultSort ? query.sort : ""}>
              <option value="">{DESK_SORT_LABELS[defaultSort]}</option>
              {sortOptions.map((sort) => (
                <option key={sort} value={sort}>
                  {DESK_SORT_LABELS[sort]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="filters__row">
          <div className="filters__actions">
            <button type="submit">Apply</button>
            <a href={`/admin/claims/export?${toParams({ ...query, page: undefined })}`}>Export CSV</a>
          </div>
        </div>
      </CleanGetForm>
      <p className="result-count" data-testid="result-count">
        {list.totalIsLowerBound ? `More than ${list.total.toLocaleString("en")}` : list.total.toLocaleString("en")} claim{list.total === 1 ? "" : "s"}
      </p>
      <BulkSelection rowKey={list.items.map((claim) => claim.id).join(" ")}>
        <ActionForm action={bulkClaimsAction} submitLabel="Apply to selected" className="bulk-form" testId="bulk-form">
          <BulkPanel>
            <fieldset className="bulk-controls">
              <legend>With the selected claims</legend>
              <div className="form-grid">
                <SelectField
                  name="action"
                  label="Bulk action"
                  options={[
                    { value: "assign", label: "Assign to someone" },
                    { value: "workflow", label: "Move to a workflow state" },
                    { value: "addTopic", label: "Add a topic" },
                  ]}
                />
                <SelectField name="assigneeId" label="Assign to" value="none" options={[{ value: "none", label: "No one (unassign)" }, ...userOptions]} />
                <SelectField name="workflow" label="Move to workflow state" blank="—" options={WORKFLOW_OPTIONS} />
                <TextField name="topic" label="Topic to add" maxLength={60} />
              </div>
              <TextField name="reason" label="Reason (for a workflow change)" maxLength={1000} />
            </fieldset>
          </BulkPanel>
          <table className="desk-table desk-table--cards" data-testid="desk-claims">
            <thead>
              <tr>
                <th scope="col" className="desk-table__select">
                  <SelectAllBox />
                </th>
                <th scope="col">Claim</th>
                <th scope="col">Workflow</th>
                <th scope="col">Verification</th>
                <th scope="col">Rating</th>
                <th scope="col">Assignee</th>
                <SortHeader label="Added" current={list.sort} first="newest" second="oldest" hrefFor={sortHref} />
                <SortHeader label="Updated" current={list.sort} first="updated" second="updated-asc" hrefFor={sortHref} />
              </tr>
            </thead>
            <tbody>
              {list.items.map((claim) => (
                <tr key={claim.id} data-testid="desk-claim">
                  <td className="desk-table__select">
                    <input type="checkbox" name="claimIds" value={claim.id} aria-label={`Select: ${claim.statement}`} />
                  </td>
                  <td className="desk-table__claim">
                    <Link href={`/admin/claims/${claim.id}`}>{claim.statement}</Link>
                    <div className="fine-print">{claim.claimant.name}</div>
                  </td>
                  <td data-label="Workflow">{WORKFLOW_LABELS[claim.workflow]}</td>
                  <td data-label="Verification">
                    <VerificationBadge verification={claim.verification} />
                  </td>
                  <td data-label="Rating">{claim.rating ? RATING_LABELS[claim.rating] : <span className="fine-print">Not rated</span>}</td>
                  <td data-label="Assignee">{claim.assignee?.name ?? <span className="fine-print">No one</span>}</td>
                  <td data-label="Added">
                    <DateTime date={claim.createdAt} />
                  </td>
                  <td data-label="Updated">
                    <DateTime date={claim.updatedAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ActionForm>
      </BulkSelection>
      <Pagination page={list.page} pageCount={list.pageCount} hasNextPage={list.hasNextPage} hrefFor={(page) => `/admin/claims?${toParams({ ...query, page })}`} />
    </>
  );
}
