import type { ClaimLinkType } from "../db/enums";

/**
 * How a typed link reads from each end: a link "ISW estimate CONTRADICTS Trump's claim" shows
 * as "Contradicts: …" on the ISW page and "Contradicted by: …" on Trump's.
 */
export const LINK_LABELS: Record<ClaimLinkType, { outgoing: string; incoming: string }> = {
  CONTRADICTS: { outgoing: "Contradicts", incoming: "Contradicted by" },
  SUPPORTS: { outgoing: "Supports", incoming: "Supported by" },
  UPDATES: { outgoing: "Updates", incoming: "Updated by" },
  SUPERSEDES: { outgoing: "Supersedes", incoming: "Superseded by" },
  SAME_AS: { outgoing: "Same claim as", incoming: "Same claim as" },
  PART_OF: { outgoing: "Part of", incoming: "Includes" },
};

export function linkLabel(type: ClaimLinkType, direction: "outgoing" | "incoming"): string {
  return LINK_LABELS[type][direction];
}
