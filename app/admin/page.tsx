import Link from "next/link";
import { Day } from "@/app/components/day";
import { Bars } from "@/app/components/scorecard-chart";
import { VerificationBadge } from "@/app/components/status-badges";
import { currentActor } from "@/lib/auth/session";
import { deskDashboard } from "@/lib/claims/desk-queries";
import { VERIFICATION_LABELS, WORKFLOW_LABELS } from "@/lib/claims/status-labels";
import { redirectToLogin } from "@/app/admin/login-redirect";

export const metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const actor = await currentActor();
  const data = await deskDashboard(actor);
  if (!actor || !data) return redirectToLogin();

  return (
    <>
      <h1>Desk</h1>
      <ul className="status-counts" aria-label="Claims by workflow">
        {data.byWorkflow.map((row) => (
          <li key={row.value}>
            <Link href={`/admin/claims?workflow=${row.value}`}>
              <strong>{row.count}</strong> {WORKFLOW_LABELS[row.value]}
            </Link>
          </li>
        ))}
      </ul>

      <div className="home-columns">
        <section aria-labelledby="queue-title">
          <h2 id="queue-title">My queue</h2>
          <p className="fine-print">Assigned to you, and everything in review; oldest first.</p>
          {data.queue.length === 0 ? (
            <p className="empty">Nothing waiting.</p>
          ) : (
            <ol className="change-list" data-testid="queue">
              {data.queue.map((claim) => (
                <li key={claim.id} className="change-item">
                  <Link href={`/admin/claims/${claim.id}`}>{claim.statement}</Link>
                  <p className="change-item__what">
                    {WORKFLOW_LABELS[claim.workflow]} · <VerificationBadge verification={claim.verification} /> · updated{" "}
                    <Day date={claim.updatedAt} />
                    {claim.assignee ? ` · ${claim.assignee.name}` : " · unassigned"}
                  </p>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="chart-title">
          <h2 id="chart-title" className="visually-hidden">
            Claims by verification status
          </h2>
          <Bars
            title="Claims by verification status (not archived)"
            bars={data.byVerification.map((row) => ({ key: row.value, label: VERIFICATION_LABELS[row.value].label, count: row.count }))}
          />
          <h2>Recently changed</h2>
          <ol className="change-list">
            {data.recent.map((claim) => (
              <li key={claim.id} className="change-item">
                <Link href={`/admin/claims/${claim.id}`}>{claim.statement}</Link>
                <p className="change-item__what">
                  {WORKFLOW_LABELS[claim.workflow]} · <Day date={claim.updatedAt} />
                </p>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
  );
}
