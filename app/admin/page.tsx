import Link from "next/link";
import { redirect } from "next/navigation";
import { Day } from "@/app/components/day";
import { VerificationBadge } from "@/app/components/status-badges";
import { currentActor } from "@/lib/auth/session";
import { deskDashboard } from "@/lib/claims/desk-queries";
import { VERIFICATION_LABELS, WORKFLOW_LABELS } from "@/lib/claims/status-labels";

export const metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const actor = await currentActor();
  const data = await deskDashboard(actor);
  if (!actor || !data) redirect("/login?callbackUrl=/admin");
  const max = Math.max(1, ...data.byVerification.map((row) => row.count));

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
          <h2 id="chart-title">Claims by verification status</h2>
          <svg viewBox={`0 0 420 ${data.byVerification.length * 28}`} role="img" aria-label={data.byVerification.map((row) => `${VERIFICATION_LABELS[row.value].label}: ${row.count}`).join(", ")} className="scorecard-chart__svg">
            {data.byVerification.map((row, index) => (
              <g key={row.value}>
                <text x={200} y={index * 28 + 16} textAnchor="end" className="scorecard-chart__label">
                  {VERIFICATION_LABELS[row.value].label}
                </text>
                <rect x={208} y={index * 28} height={20} rx={3} width={Math.max(row.count ? 3 : 0, (row.count / max) * 170)} className={`bar bar--${row.value.toLowerCase()}`} />
                <text x={214 + (row.count / max) * 170} y={index * 28 + 15} className="scorecard-chart__value">
                  {row.count}
                </text>
              </g>
            ))}
          </svg>
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
