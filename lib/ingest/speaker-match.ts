import type { SpeakerKind } from "../db/enums";
import {
  givenNamesAgree,
  kindOfName,
  normaliseName,
  personName,
  roleAgrees,
  spelledClose,
  spellingDistance,
  type PersonName,
} from "./speaker-names";

/** A speaker already in the desk, as matching needs it; `aliases` are normalised (SpeakerAlias). */
export type KnownSpeaker = {
  id: string;
  name: string;
  kind: SpeakerKind;
  title: string | null;
  affiliation: string | null;
  aliases: string[];
};

/** One person or body as one article names it, however many ways ("Oleksandr Bevz", later "Bevz"). */
export type ArticleSpeaker = {
  /** Its fullest name in the article. */
  name: string;
  /** Its role as the article gives it ("Ukrainian delegate"), if anywhere. */
  role: string | null;
  kind: SpeakerKind;
  /** Every name the article gives it, as the extractor wrote them. */
  names: string[];
};

/**
 * How an article's speaker was matched: its name or a remembered alias equals a speaker's; its
 * surname (with an agreeing role, or unique among speakers); a body's short name, the first word
 * of one organisation's name ("Bloomberg" for "Bloomberg News"); a close spelling (to be
 * reviewed); or no one, so a new speaker (to be reviewed).
 */
export type MatchHow = "exact" | "alias" | "surname" | "short" | "close";
export type MatchedSpeaker = { id: string; name: string; title: string | null };
export type SpeakerMatch =
  | { status: MatchHow; speaker: MatchedSpeaker; article: ArticleSpeaker }
  | { status: "new"; speaker: null; article: ArticleSpeaker };

/** Close spellings and new speakers are guesses an editor should look at. */
export const needsReview = (match: SpeakerMatch) => match.status === "close" || match.status === "new";

type Mention = { speaker: string | null; speakerRole: string | null };
const letters = (names: string[]) => names.join("").length;
type Group = ArticleSpeaker & { person: PersonName; order: number };

/**
 * The article's speakers, one per person or body: a shorter name joins the fuller one it can only
 * be ("Bevz" joins "Oleksandr Bevz": same surname, no other given name), so one article never makes
 * two speakers of one person. A surname shared by two fuller names ("Trump" beside "Donald Trump"
 * and "Melania Trump") stays apart rather than being guessed. In order of first mention.
 */
export function groupArticleSpeakers(mentions: Mention[]): ArticleSpeaker[] {
  const distinct = new Map<string, { name: string; role: string | null; order: number }>();
  mentions.forEach((mention, order) => {
    const name = mention.speaker?.trim();
    if (!name) return;
    const seen = distinct.get(name);
    if (!seen) distinct.set(name, { name, role: mention.speakerRole?.trim() || null, order });
    else seen.role ??= mention.speakerRole?.trim() || null;
  });

  const groups: Group[] = [];
  const byFullness = [...distinct.values()]
    .map((entry) => ({ ...entry, kind: kindOfName(entry.name), person: personName(entry.name) }))
    // Fullest first: more given names, then whole names before initials ("Jamal Mansour", "J. Mansour").
    .sort((a, b) => b.person.given.length - a.person.given.length || letters(b.person.given) - letters(a.person.given) || a.order - b.order);
  for (const entry of byFullness) {
    const joins =
      entry.kind === "ORGANIZATION"
        ? groups.filter((group) => group.kind === "ORGANIZATION" && normaliseName(group.name) === normaliseName(entry.name))
        : groups.filter(
            (group) => group.kind === "PERSON" && group.person.surname === entry.person.surname && givenNamesAgree(entry.person.given, group.person.given),
          );
    const group = joins.length === 1 ? joins[0] : undefined;
    if (group) {
      group.names.push(entry.name);
      group.role ??= entry.role;
      group.order = Math.min(group.order, entry.order);
    } else {
      groups.push({ name: entry.name, role: entry.role, kind: entry.kind, names: [entry.name], person: entry.person, order: entry.order });
    }
  }
  return groups.sort((a, b) => a.order - b.order).map(({ name, role, kind, names }) => ({ name, role, kind, names }));
}

type Indexed = { speaker: KnownSpeaker; normalised: string; person: PersonName };
type SpeakerIndex = { byName: Map<string, KnownSpeaker>; byAlias: Map<string, KnownSpeaker>; persons: Indexed[]; organisations: Indexed[] };

function indexSpeakers(known: KnownSpeaker[]): SpeakerIndex {
  const index: SpeakerIndex = { byName: new Map(), byAlias: new Map(), persons: [], organisations: [] };
  for (const speaker of known) {
    const normalised = normaliseName(speaker.name);
    if (!index.byName.has(normalised)) index.byName.set(normalised, speaker);
    for (const alias of speaker.aliases) index.byAlias.set(alias, speaker);
    const entry = { speaker, normalised, person: personName(speaker.name) };
    (speaker.kind === "PERSON" ? index.persons : index.organisations).push(entry);
  }
  return index;
}

/** The one speaker at the smallest distance, or null when none is close or two are equally close. */
function closest(candidates: { speaker: KnownSpeaker; distance: number }[]): KnownSpeaker | null {
  const sorted = [...candidates].sort((a, b) => a.distance - b.distance);
  const [best, next] = sorted;
  if (!best) return null;
  return next && next.distance === best.distance && next.speaker.id !== best.speaker.id ? null : best.speaker;
}

function closeSpelling(article: ArticleSpeaker, index: SpeakerIndex): KnownSpeaker | null {
  const normalised = normaliseName(article.name);
  if (article.kind === "ORGANIZATION") {
    return closest(
      index.organisations.flatMap((entry) =>
        [entry.normalised, ...entry.speaker.aliases]
          .filter((name) => spelledClose(normalised, name))
          .map((name) => ({ speaker: entry.speaker, distance: spellingDistance(normalised, name) })),
      ),
    );
  }
  const person = personName(article.name);
  return closest(
    index.persons.flatMap((entry) => {
      const surnameClose = entry.person.surname === person.surname || spelledClose(entry.person.surname, person.surname);
      if (!surnameClose || !givenNamesAgree(person.given, entry.person.given, { allowCloseSpelling: true })) return [];
      // With given names on both sides the whole name is compared, else the surnames.
      const both = person.given.length > 0 && entry.person.given.length > 0;
      const [a, b] = both ? [normalised, entry.normalised] : [person.surname, entry.person.surname];
      return a === b || spelledClose(a, b) ? [{ speaker: entry.speaker, distance: spellingDistance(a, b) }] : [];
    }),
  );
}

function matchOne(article: ArticleSpeaker, index: SpeakerIndex): SpeakerMatch {
  const found = (status: MatchHow, speaker: KnownSpeaker): SpeakerMatch => ({
    status,
    speaker: { id: speaker.id, name: speaker.name, title: speaker.title },
    article,
  });
  const names = [article.name, ...article.names.filter((name) => name !== article.name)].map(normaliseName);
  for (const name of names) {
    const speaker = index.byName.get(name);
    if (speaker) return found("exact", speaker);
  }
  for (const name of names) {
    const speaker = index.byAlias.get(name);
    if (speaker) return found("alias", speaker);
  }
  // One word may be a person's surname ("Bevz") or a body's short name ("Bloomberg"): both are tried.
  const oneWord = !article.name.trim().includes(" ");
  if (article.kind === "PERSON" || oneWord) {
    const person = personName(article.name);
    const sameSurname = index.persons.filter((entry) => entry.person.surname === person.surname);
    const agreeing = sameSurname.filter((entry) => givenNamesAgree(person.given, entry.person.given));
    const byRole = agreeing.filter((entry) => roleAgrees(article.role, entry.speaker));
    if (byRole.length === 1) return found("surname", byRole[0]!.speaker);
    if (sameSurname.length === 1 && agreeing.length === 1) return found("surname", agreeing[0]!.speaker);
  }
  if (article.kind === "ORGANIZATION" || oneWord) {
    const word = normaliseName(article.name);
    const startingWith = index.organisations.filter((entry) => entry.normalised.split(" ")[0] === word);
    if (startingWith.length === 1) return found("short", startingWith[0]!.speaker);
  }
  const close = closeSpelling(article, index);
  if (close) return found("close", close);
  return { status: "new", speaker: null, article };
}

/**
 * Matches one article's speakers against the desk's: for each name a candidate gives, the
 * match of the person or body it names (every name of one person gets the same match).
 */
export function matchArticleSpeakers(mentions: Mention[], known: KnownSpeaker[]): Map<string, SpeakerMatch> {
  const index = indexSpeakers(known);
  const byName = new Map<string, SpeakerMatch>();
  for (const article of groupArticleSpeakers(mentions)) {
    const match = matchOne(article, index);
    for (const name of article.names) byName.set(name, match);
  }
  return byName;
}
