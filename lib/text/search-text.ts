/**
 * Search matches a normalised copy of the text (lowercase, accents and curly quotes folded)
 * with a plain substring test. SQLite's LIKE folds only ASCII case and PostgreSQL's ILIKE folds
 * all of Unicode; normalising both sides first gives one behaviour on both engines, with no
 * engine-specific query at all. LIKE's wildcards (% and _) and escape character (\) are folded
 * to spaces on both sides, since the engines escape them differently (and Prisma does not).
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[%_\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 100;

/** The words of a reader's query, normalised; every one must match. */
export function searchTerms(query: string): string[] {
  return [...new Set(normalizeForSearch(query).split(" "))]
    .filter(Boolean)
    .slice(0, MAX_TERMS)
    .map((term) => term.slice(0, MAX_TERM_LENGTH));
}

/** What a claim is found by: its words and the names of who said them. */
export function claimSearchText(parts: {
  statement: string;
  quote?: string | null;
  context?: string | null;
  speakerNames: (string | null | undefined)[];
}): string {
  return normalizeForSearch(
    [parts.statement, parts.quote, parts.context, ...parts.speakerNames].filter(Boolean).join("\n"),
  );
}
