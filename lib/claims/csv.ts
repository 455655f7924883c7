import { stringify } from "csv-stringify/sync";
import { RATING_LABELS, VERIFICATION_LABELS, WORKFLOW_LABELS } from "./status-labels";
import type { DESK_CLAIM_ROW } from "./desk-queries";
import type { Prisma } from "../db";

type Row = Prisma.ClaimGetPayload<{ select: typeof DESK_CLAIM_ROW }>;

/** The desk's claim list as CSV; cells that a spreadsheet would run as formulas are escaped. */
export function claimsCsv(rows: Row[]): string {
  return stringify(
    rows.map((claim) => ({
      slug: claim.slug,
      statement: claim.statement,
      claimant: claim.claimant.name,
      said_at: claim.saidAt?.toISOString().slice(0, 10) ?? "",
      workflow: WORKFLOW_LABELS[claim.workflow],
      verification: VERIFICATION_LABELS[claim.verification].label,
      rating: claim.rating ? RATING_LABELS[claim.rating] : "",
      assignee: claim.assignee?.name ?? "",
      topics: claim.topics.map((topic) => topic.name).join("; "),
      updated_at: claim.updatedAt.toISOString(),
    })),
    // A byte-order mark, so spreadsheet programs read the file as UTF-8 (accents, curly quotes) rather than guess.
    { header: true, escape_formulas: true, bom: true },
  );
}
