import { searchDocument } from "../search/tokens";

/**
 * What a claim is found by: the words of its statement, quote and context and the names of who
 * said them, folded and tokenized by lib/search/tokens.ts. Stored in Claim.searchText; the
 * database's full-text index (lib/search) follows it.
 */
export function claimSearchText(parts: {
  statement: string;
  quote?: string | null;
  context?: string | null;
  speakerNames: (string | null | undefined)[];
}): string {
  return searchDocument([parts.statement, parts.quote, parts.context, ...parts.speakerNames]);
}
