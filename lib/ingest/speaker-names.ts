import { distance } from "fastest-levenshtein";
import type { SpeakerKind } from "../db/enums";

/**
 * Names as articles give them, compared the way an editor would: "Zelenskyy", "ZELENSKYY" and
 * "Zelenskyy" with an accent are one name; "the Associated Press" is "Associated Press"; "U.S."
 * is "us". Aliases (SpeakerAlias.alias) are stored in this form.
 */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/'s\b/g, "s")
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}

/** Courtesy titles and suffixes that are not part of who someone is. */
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame"]);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
/** Written in lower case, these start a surname ("Ursula von der Leyen", "de Gaulle"). */
const PARTICLES = new Set(["von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "la", "le", "al", "el", "bin", "ibn", "dos", "das", "ter"]);

export type PersonName = { given: string[]; surname: string };

/** A person's name as given names and surname, both normalised ("Ursula von der Leyen" → ["ursula"], "von der leyen"). */
export function personName(name: string): PersonName {
  const raw = name.trim().split(/\s+/);
  const kept = raw.filter((token) => !HONORIFICS.has(normaliseName(token)) && !SUFFIXES.has(normaliseName(token)));
  const tokens = kept.length > 0 ? kept : raw;
  // The surname is the last word, with any lower-case particles before it.
  let start = tokens.length - 1;
  while (start > 0 && PARTICLES.has(tokens[start - 1]!) && tokens[start - 1] === tokens[start - 1]!.toLowerCase()) start--;
  if (start === 1 && PARTICLES.has(tokens[0]!) && tokens[0] === tokens[0]!.toLowerCase()) start = 0;
  return {
    given: tokens.slice(0, start).map(normaliseName).filter(Boolean),
    surname: normaliseName(tokens.slice(start).join(" ")),
  };
}

/** Words that name a body rather than a person. */
const ORGANISATION_WORDS = new Set([
  "ministry", "ministries", "council", "force", "forces", "army", "navy", "agency", "institute", "office", "department",
  "commission", "committee", "government", "administration", "party", "bank", "news", "press", "service", "services",
  "police", "military", "command", "authorities", "officials", "kremlin", "pentagon", "parliament", "court", "university",
  "foundation", "association", "organization", "organisation", "group", "company", "corporation", "inc", "ltd", "union",
  "embassy", "house", "staff", "guard", "senate", "congress", "cabinet", "bureau", "center", "centre", "network", "times",
  "post", "journal", "reuters", "nato", "un", "eu",
]);

/**
 * A body ("Ukraine's air force", "Institute for the Study of War", "ISW", "Russian authorities")
 * rather than a person: a possessive, a word of an institution, an acronym, or a lower-case word
 * that is not a surname particle. Articles name people as capitalised given names and a surname.
 */
export function looksLikeOrganisation(name: string): boolean {
  const tokens = name.trim().split(/\s+/);
  if (/['’]s\b/.test(name)) return true;
  if (tokens.length === 1 && /^\p{Lu}{2,6}$/u.test(tokens[0]!)) return true;
  if (tokens.some((token) => ORGANISATION_WORDS.has(normaliseName(token)))) return true;
  return tokens.some((token, i) => i > 0 && /^\p{Ll}/u.test(token) && !PARTICLES.has(token));
}

export const kindOfName = (name: string): SpeakerKind => (looksLikeOrganisation(name) ? "ORGANIZATION" : "PERSON");

/**
 * How far apart two normalised names are: edits per character of the longer one. A close
 * spelling is at most CLOSE_SPELLING of it, i.e. one edit in five characters: "Zelensky" ~
 * "Zelenskyy" (0.11), "Dmitryev" ~ "Dmitriev" (0.13), "Steve" ~ "Steven" (0.17), but not
 * "Mary" ~ "Mark" or "Jon" ~ "John" (0.25), nor "Dan" ~ "Don" (0.33). Names under
 * CLOSE_SPELLING_MIN_LENGTH characters are never close: one letter makes "Li" and "Lu", or "Bevz"
 * and "Bevc", different people.
 */
export const CLOSE_SPELLING = 0.2;
export const CLOSE_SPELLING_MIN_LENGTH = 5;

export function spellingDistance(a: string, b: string): number {
  if (a === b) return 0;
  return distance(a, b) / Math.max(a.length, b.length);
}

export function spelledClose(a: string, b: string): boolean {
  return Math.min(a.length, b.length) >= CLOSE_SPELLING_MIN_LENGTH && spellingDistance(a, b) <= CLOSE_SPELLING;
}

/** "j" (an initial) agrees with "john"; otherwise the same name. */
const sameGivenName = (a: string, b: string) => a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));

/**
 * Whether two people's given names could be one person's: each name given on both sides agrees
 * (equal, or an initial of the other). A missing given name agrees with any ("Bevz").
 * `allowCloseSpelling` also accepts a close spelling of a given name ("Steve", "Steven"), never
 * a different name.
 */
export function givenNamesAgree(a: string[], b: string[], { allowCloseSpelling = false } = {}): boolean {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (!sameGivenName(x, y) && !(allowCloseSpelling && spelledClose(x, y))) return false;
  }
  return true;
}

const ROLE_STOPWORDS = new Set(["the", "of", "and", "for", "a", "an", "in", "on", "to", "at", "with", "us", "uk", "former", "senior", "top", "chief", "deputy"]);
/** A crude stem: "Ukrainian" and "Ukraine", "president" and "presidential" share their first five letters. */
const stem = (word: string) => word.slice(0, 5);
const roleStems = (text: string) =>
  new Set(
    normaliseName(text)
      .split(/[\s-]+/)
      .filter((word) => word.length >= 4 && !ROLE_STOPWORDS.has(word))
      .map(stem),
  );

/** Does an article's role for someone ("Ukrainian delegate") agree with a speaker's title or affiliation? */
export function roleAgrees(role: string | null, speaker: { title: string | null; affiliation: string | null }): boolean {
  if (!role) return false;
  const known = roleStems(`${speaker.title ?? ""} ${speaker.affiliation ?? ""}`);
  return [...roleStems(role)].some((word) => known.has(word));
}
