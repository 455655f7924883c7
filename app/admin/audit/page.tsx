import { notFound } from "next/navigation";
import { Pagination } from "@/app/components/pagination";
import { auditDiff, auditLog, ZAuditQuery } from "@/lib/audit/queries";
import { currentActor } from "@/lib/auth/session";
import { redirectToLogin } from "@/app/admin/login-redirect";

export const metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const short = (value: unknown) => {
  const text = value === undefined ? "—" : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
};

export default async function AuditPage({ searchParams }: Props) {
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const query = ZAuditQuery.parse(raw);
  const actor = await currentActor();
  if (!actor) return redirectToLogin();
  const log = await auditLog(actor, query);
  if (!log) notFound();
  const href = (page: number) => `/admin/audit?${new URLSearchParams({ ...(query.user ? { user: query.user } : {}), ...(query.entityType ? { entityType: query.entityType } : {}), ...(query.entityId ? { entityId: query.entityId } : {}), page: String(page) })}`;

  return (
    <>
      <h1>Audit log</h1>
      <form className="filters" method="get" aria-label="Filter the audit log">
        <div className="filters__row">
          <label>
            User
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
            Record type
            <select name="entityType" defaultValue={query.entityType ?? ""}>
              <option value="">Any</option>
              {["Claim", "Annotation", "Evidence", "User"].map((type) => (
                <option key={type}>{type}</option>
              ))}
            </select>
          </label>
          <label>
            Record id
            <input name="entityId" defaultValue={query.entityId ?? ""} maxLength={64} />
          </label>
          <div className="filters__actions">
            <button type="submit">Apply</button>
          </div>
        </div>
      </form>
      <p className="result-count">{log.total} events</p>
      <table className="desk-table">
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
            <tr key={event.id}>
              <td>{event.createdAt.toISOString().replace("T", " ").slice(0, 19)}</td>
              <td>{event.actor?.name ?? "system"}</td>
              <td>
                {event.action}
                <div className="fine-print">
                  {event.entityType} {event.entityId}
                </div>
              </td>
              <td>
                <ul className="diff">
                  {auditDiff(event.before, event.after).map((change) => (
                    <li key={change.field}>
                      <code>{change.field}</code>: {short(change.before)} → {short(change.after)}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={log.page} pageCount={log.pageCount} hrefFor={href} />
    </>
  );
}
