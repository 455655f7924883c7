import type { EvidenceStance, EvidenceStrength } from "../db/enums";

export const STANCE_LABELS: Record<EvidenceStance, string> = {
  SUPPORTS: "Supports",
  CONTRADICTS: "Contradicts",
  DISPUTES: "Disputes",
  CONTEXT: "Context",
  REPORTS: "Reports",
  COULD_NOT_VERIFY: "Could not verify",
};

export const STRENGTH_LABELS: Record<EvidenceStrength, string> = {
  PRIMARY: "Primary source",
  SECONDARY: "Secondary source",
  ESTIMATE: "Estimate",
  ANONYMOUS: "Anonymous or undisclosed",
};

/**
 * The order evidence reads in: who reports it, who backs it, who could not verify it, who
 * disputes or contradicts it, then context. Sorted here, not in SQL: enums sort by name on
 * SQLite and by declaration on PostgreSQL, and readers must see one order.
 */
const STANCE_ORDER: EvidenceStance[] = ["REPORTS", "SUPPORTS", "COULD_NOT_VERIFY", "DISPUTES", "CONTRADICTS", "CONTEXT"];

export function sortEvidence<T extends { stance: EvidenceStance }>(evidence: T[]): T[] {
  return [...evidence].sort((a, b) => STANCE_ORDER.indexOf(a.stance) - STANCE_ORDER.indexOf(b.stance));
}

type EvidenceForSummary = { stance: EvidenceStance; source: { title: string; publisher: string | null } };

function names(evidence: EvidenceForSummary[], stance: EvidenceStance): string[] {
  return [...new Set(evidence.filter((item) => item.stance === stance).map((item) => item.source.publisher ?? item.source.title))];
}

function list(items: string[]): string {
  return items.length <= 2 ? items.join(" and ") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * The attribution chain in one line, e.g. "Reported by Bloomberg News; not independently
 * verified by The Associated Press". Null when there is no evidence to speak of.
 */
export function sourcingSummary(evidence: EvidenceForSummary[]): string | null {
  const parts = [
    [names(evidence, "REPORTS"), "reported by"],
    [names(evidence, "SUPPORTS"), "supported by"],
    [names(evidence, "COULD_NOT_VERIFY"), "not independently verified by"],
    [names(evidence, "DISPUTES"), "disputed by"],
    [names(evidence, "CONTRADICTS"), "contradicted by"],
  ] as const;
  const phrases = parts.filter(([who]) => who.length > 0).map(([who, verb]) => `${verb} ${list(who)}`);
  if (phrases.length === 0) return null;
  const sentence = phrases.join("; ");
  return sentence[0]!.toUpperCase() + sentence.slice(1);
}
