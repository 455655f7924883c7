import { searchWords } from "./tokens";

/**
 * A reader's query, parsed into groups that must all match. A group is one word, or several
 * that must appear together in order: a quoted phrase, or a word the tokenizer splits
 * ("U.S." → "u s", "Putin's" → "putin s"). The last group matches as a prefix while the reader
 * is still typing it ("transcr" finds "transcript"). Nothing a reader types is ever passed on
 * as query syntax: operators, quotes and wildcards only shape the groups, then disappear.
 */
export type SearchGroup = { words: string[]; prefix: boolean };
export type ParsedSearch = { groups: SearchGroup[] };

export const MAX_GROUPS = 8;
export const MAX_WORDS_PER_GROUP = 8;
const MAX_WORD_LENGTH = 64;
/** Prefixes shorter than this would match a large share of the vocabulary: they match whole words only. */
export const MIN_PREFIX_LENGTH = 2;

const QUOTES = /["“”„«»]/g;

export function parseSearchQuery(raw: string): ParsedSearch {
  const text = raw.replace(QUOTES, '"');
  const groups: SearchGroup[] = [];
  const add = (words: string[], prefix: boolean) => {
    const kept = words.slice(0, MAX_WORDS_PER_GROUP).map((word) => word.slice(0, MAX_WORD_LENGTH));
    if (kept.length === 0) return;
    const key = kept.join(" ");
    if (groups.some((group) => group.words.join(" ") === key)) return;
    groups.push({ words: kept, prefix: prefix && kept.at(-1)!.length >= MIN_PREFIX_LENGTH });
  };

  // Quoted stretches are phrases; an unbalanced quote is just punctuation.
  const parts = text.split('"');
  const balanced = parts.length % 2 === 1;
  parts.forEach((part, index) => {
    const quoted = balanced && index % 2 === 1;
    if (quoted) {
      add(searchWords(part), false);
      return;
    }
    const chunks = part.split(/\s+/).filter(Boolean);
    chunks.forEach((chunk, chunkIndex) => {
      const lastOfQuery = index === parts.length - 1 && chunkIndex === chunks.length - 1 && !/\s$/.test(part);
      add(searchWords(chunk), lastOfQuery);
    });
  });
  return { groups: groups.slice(0, MAX_GROUPS) };
}

export const isEmptySearch = (search: ParsedSearch) => search.groups.length === 0;

/**
 * SQLite FTS5 MATCH syntax: each group a double-quoted phrase (so AND, OR, NOT and NEAR are
 * plain words), `*` after a prefix group, groups side by side meaning "all of them".
 */
export function toFts5Match(search: ParsedSearch): string {
  return search.groups
    .map((group) => `"${group.words.join(" ").replaceAll('"', '""')}"${group.prefix ? "*" : ""}`)
    .join(" ");
}

/**
 * PostgreSQL tsquery syntax for `to_tsquery('simple', …)`: words of a group joined by `<->`
 * (followed by), groups by `&`, `:*` for a prefix. Words are letters and digits only, so they
 * can never be read as operators.
 */
export function toTsQuery(search: ParsedSearch): string {
  return search.groups
    .map((group) => {
      const words = group.words.map((word, index) => (group.prefix && index === group.words.length - 1 ? `${word}:*` : word));
      return words.length === 1 ? words[0] : `(${words.join(" <-> ")})`;
    })
    .join(" & ");
}
