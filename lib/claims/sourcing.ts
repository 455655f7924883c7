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

type Party = { slug: string; name: string };
type EvidenceForSummary = {
  stance: EvidenceStance;
  /** Who takes the stance, when that is not simply the source's publisher. */
  attributedTo?: Party | null;
  source: { title: string; publisher: string | null };
};

/**
 * Who takes an item's stance: the party the evidence names (Bevz, who disputes the figure), else
 * the source's publisher (Bloomberg News, which reports), else the source's title. Never the
 * outlet that only carried someone else's words: that is what `attributedTo` is for.
 */
function party(item: EvidenceForSummary): string {
  return item.attributedTo?.name ?? item.source.publisher ?? item.source.title;
}

/** The claimant's own words, as a source carries them: stated by them, not reported. */
function isOwnStatement(item: EvidenceForSummary, claimant: { slug: string } | undefined): boolean {
  return item.stance === "REPORTS" && !!claimant && item.attributedTo?.slug === claimant.slug;
}

function list(items: string[]): string {
  return items.length <= 2 ? items.join(" and ") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * The attribution chain in one line, naming who does what: "Reported by Bloomberg News; not
 * independently verified by The Associated Press", "Stated by Don Bacon; reported by Newslooks",
 * "Disputed by Oleksandr Bevz". Null when there is no evidence to speak of. Pass the claimant so
 * that their own statement reads "stated by" rather than "reported by".
 */
export function sourcingSummary(evidence: EvidenceForSummary[], claimant?: { slug: string }): string | null {
  const names = (keep: (item: EvidenceForSummary) => boolean) => [...new Set(evidence.filter(keep).map(party))];
  const stance = (value: EvidenceStance) => (item: EvidenceForSummary) => item.stance === value;
  const stated = names((item) => isOwnStatement(item, claimant));
  const reported = names((item) => item.stance === "REPORTS" && !isOwnStatement(item, claimant)).filter((name) => !stated.includes(name));
  const parts = [
    [stated, "stated by"],
    [reported, "reported by"],
    [names(stance("SUPPORTS")), "supported by"],
    [names(stance("COULD_NOT_VERIFY")), "not independently verified by"],
    [names(stance("DISPUTES")), "disputed by"],
    [names(stance("CONTRADICTS")), "contradicted by"],
  ] as const;
  const phrases = parts.filter(([who]) => who.length > 0).map(([who, verb]) => `${verb} ${list(who)}`);
  if (phrases.length === 0) return null;
  const sentence = phrases.join("; ");
  return sentence[0]!.toUpperCase() + sentence.slice(1);
}
