import Link from "next/link";
import { notFound } from "next/navigation";
import { CleanGetForm } from "@/app/components/clean-get-form";
import { DateTime } from "@/app/components/day";
import { Pagination } from "@/app/components/pagination";
import { AUDIT_ENTITY_TYPES, auditLog, ZAuditQuery, type AuditLogEntry } from "@/lib/audit/queries";
import { currentActor } from "@/lib/auth/session";
import { redirectToLogin } from "@/app/admin/login-redirect";

export const metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Long values (a statement, a note) are cut for the log; the record itself has them whole. */
const clip = (text: string) => (text.length > 300 ? `${text.slice(0, 297)}…` : text);

/** Beyond this many fields, a record's creation or deletion folds away: its content, not a change to read through. */
const FOLD_AFTER = 4;

function Changes({ event }: { event: AuditLogEntry }) {
  if (event.changes.length === 0) return <p className="fine-print">No field changed.</p>;
  const wholeRecord = event.changes.every((change) => change.before === null) || event.changes.every((change) => change.after === null);
  if (wholeRecord && event.changes.length > FOLD_AFTER) {
    const created = event.changes.every((change) => change.before === null);
    return (
      <details className="audit-fold">
        <summary>
          {created ? "Created with" : "Removed with"} {event.changes.length} fields
        </summary>
        <Diff event={event} />
      </details>
    );
  }
  return <Diff event={event} />;
}

function Diff({ event }: { event: AuditLogEntry }) {
  return (
    <dl className="audit-diff">
      {event.changes.map((change) => (
        <div key={change.field} className="audit-diff__row">
          <dt>{change.label}</dt>
          <dd>
            {change.before !== null ? (
              <del className="audit-diff__before">
                <span className="visually-hidden">was: </span>
                {clip(change.before)}
              </del>
            ) : null}
            {change.before !== null && change.after !== null ? <span aria-hidden="true"> → </span> : null}
            {change.after !== null ? (
              <ins className="audit-diff__after">
                <span className="visually-hidden">{change.before !== null ? "now: " : "set to: "}</span>
                {clip(change.after)}
              </ins>
            ) : (
              <span className="fine-print"> (removed)</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export default async function AuditPage({ searchParams }: Props) {
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const query = ZAuditQuery.parse(raw);
  const actor = await currentActor();
  if (!actor) return redirectToLogin();
  const log = await auditLog(actor, query);
  if (!log) notFound();
  const params = (changes: Record<string, string | undefined>) => {
    const merged = { user: query.user, entityType: query.entityType, entityId: query.entityId, ...changes };
    const search = new URLSearchParams(Object.entries(merged).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
    return search ? `/admin/audit?${search}` : "/admin/audit";
  };
  const recordTitle = query.entityId ? log.events[0]?.subject : undefined;

  return (
    <>
      <h1>Audit log</h1>
      <CleanGetForm className="filters" action="/admin/audit" label="Filter the audit log">
        <div className="filters__row">
          <label>
            Changes made by
            <select name="user" defaultValue={query.user ?? ""}>
              <option value="">Anyone</option>
              {log.users.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Kind of record
            <select name="entityType" defaultValue={query.entityType ?? ""}>
              <option value="">Any kind</option>
              {AUDIT_ENTITY_TYPES.map((type) => (
                <option key={type.value} value={type.value}>
                  {type.label}
                </option>
              ))}
            </select>
          </label>
          {query.entityId ? <input type="hidden" name="entityId" value={query.entityId} /> : null}
          <div className="filters__actions">
            <button type="submit">Apply</button>
          </div>
        </div>
        {query.entityId ? (
          <p className="fine-print" data-testid="audit-record-filter">
            The history of one record{recordTitle ? `: ${recordTitle.type.toLowerCase()} ${recordTitle.title}` : ""}.{" "}
            <Link href={params({ entityId: undefined, entityType: undefined, page: undefined })}>Show every record</Link>
          </p>
        ) : null}
      </CleanGetForm>
      <p className="result-count">
        {log.totalIsLowerBound ? `More than ${log.total.toLocaleString("en")}` : log.total.toLocaleString("en")} event{log.total === 1 ? "" : "s"}
      </p>
      <div className="table-scroll" role="region" aria-label="Audit events" tabIndex={0}>
        <table className="desk-table audit-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Changes</th>
            </tr>
          </thead>
          <tbody>
            {log.events.map((event) => (
              <tr key={event.id} data-testid="audit-event">
                <td>
                  <DateTime date={event.createdAt} />
                </td>
                <td>{event.who}</td>
                <td>
                  {event.what}
                  <div className="fine-print">
                    {event.subject.type}:{" "}
                    {event.subject.claimId ? <Link href={`/admin/claims/${event.subject.claimId}`}>{event.subject.title}</Link> : event.subject.title}
                    {query.entityId ? null : (
                      <>
                        {" · "}
                        <Link href={params({ entityType: event.entityType, entityId: event.entityId, page: undefined })}>its history</Link>
                      </>
                    )}
                  </div>
                </td>
                <td>
                  <Changes event={event} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={log.page} pageCount={log.pageCount} hasNextPage={log.hasNextPage} hrefFor={(page) => params({ page: String(page) })} />
    </>
  );
}
