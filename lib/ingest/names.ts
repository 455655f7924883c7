import type { Token } from "./nlp";
import { genderOfPhrase, genderOfWord, type Gender } from "./gender";
import {
  BODY_NOUNS,
  BODY_PRONOUNS,
  DOCUMENT_NOUNS,
  HONORIFICS,
  MONTHS,
  NAME_PARTICLES,
  ORG_WORDS,
  PERSONAL_PRONOUNS,
  ROLE_ADJECTIVES,
  ROLE_NOUNS,
  TITLE_WORDS,
  WEEKDAYS,
} from "./lexicon";

/**
 * A noun phrase that can say something: a named person ("French President Emmanuel Macron"), a body
 * ("Ukraine's air force", "the Kremlin"), a pronoun, a role noun ("the minister") or a relative "who".
 */
export type Mention = {
  kind: "person" | "body" | "pronoun" | "role" | "relative";
  /** The person's name without titles, or the body's name without its article; null for pronouns and roles. */
  name: string | null;
  role: string | null;
  /** Lower-cased pronoun or role noun ("he", "minister"). */
  noun: string | null;
  /** "a spokesman": someone not named before, whom no earlier person stands for. */
  indefinite?: boolean;
  /** "Mr." or "Ms." before the name: which of two Cohens is meant. */
  honorific?: Gender;
  /** The sex its courtesy title or role words mark ("Sir", "chairwoman"). */
  gender?: Gender;
  /** Token range of the whole phrase, `endToken` exclusive. */
  firstToken: number;
  endToken: number;
};

const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
const DETERMINERS = new Set(["the", "a", "an", "one", "another", "some", "his", "her", "their", "its"]);
const INDEFINITE = new Set(["a", "an", "one", "another", "some"]);
const CONNECTORS = new Set(["of", "for"]);
const MAX_PHRASE = 12;
const SUFFIXES = /^(Jr|Sr|II|III|IV)\.?$/;

function isCapitalisedWord(token: Token): boolean {
  return token.capitalised && token.pos !== "PUNCT" && token.pos !== "SYM" && token.pos !== "SPACE";
}

/** A word that can belong to a name. A capitalised first word of a sentence must be tagged a proper noun. */
export function isNameWord(token: Token, sentenceStart: number): boolean {
  if (!isCapitalisedWord(token)) return false;
  if (WEEKDAYS.has(token.lower) || (MONTHS.has(token.lower) && token.pos !== "PROPN")) return false;
  if (token.text === "I") return false;
  if (token.index !== sentenceStart) return true;
  // A sentence's first word is a name if tagged so, unless it is a common word only capitalised there ("Critics say …").
  if (hasNoun(ROLE_NOUNS, token.lower) || hasNoun(TITLE_WORDS, token.lower) || BODY_NOUNS.has(token.lower)) return false;
  return token.pos === "PROPN" || TITLE_WORDS.has(token.lower) || HONORIFICS.has(token.lower);
}

/** A word that can sit inside a speaker's noun phrase, names and roles together. */
function isPhraseWord(token: Token, sentenceStart: number): boolean {
  if (isNameWord(token, sentenceStart)) return true;
  if (token.capitalised) return ROLE_ADJECTIVES.has(token.lower) || isRoleWord(token) || BODY_NOUNS.has(token.lower);
  if (POSSESSIVE.has(token.text) || NAME_PARTICLES.has(token.lower) || isRoleWord(token)) return true;
  if (token.text === "-") return true;
  return token.pos === "NOUN" || token.pos === "ADJ" || token.pos === "PROPN" || (token.pos === "NUM" && /\d/.test(token.text));
}

/**
 * "works council chief", "sales director": a word ending in -s that the tagger reads as a verb but
 * that stands before a role or body noun modifies it, as verbs never do.
 */
function isNounModifier(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  return token.pos === "VERB" && !token.capitalised && /s$/.test(token.lower) && next !== undefined && (isRoleWord(next) || BODY_NOUNS.has(next.lower));
}

/** A word that makes a role: a title or an occupation, or their plural. */
function isRoleWord(token: Token): boolean {
  return hasNoun(TITLE_WORDS, token.lower) || hasNoun(ROLE_NOUNS, token.lower);
}

/** The word or its singular is in the list ("critics", "witnesses"). */
function hasNoun(list: Set<string>, word: string): boolean {
  return list.has(word) || (word.endsWith("s") && (list.has(word.slice(0, -1)) || (word.endsWith("es") && list.has(word.slice(0, -2)))));
}

function joined(tokens: Token[], text: string, first: number, end: number): string {
  return text.slice(tokens[first]!.start, tokens[end - 1]!.end);
}

/**
 * May "of"/"for" after token `left` join the phrase? After a common noun or a title ("head of the
 * delegation", "Secretary of State") or inside a body's name ("Institute for the Study of War"), not
 * after a person's name ("Captain Jean-Baptiste Morel of the Gard fire service").
 */
function canLink(tokens: Token[], left: number, sentenceStart: number): boolean {
  const token = tokens[left];
  if (!token) return false;
  if (!token.capitalised) return isRoleWord(token) || BODY_NOUNS.has(token.lower);
  for (let index = left; index >= Math.max(0, left - 6); index--) {
    const word = tokens[index]!;
    if (ORG_WORDS.has(word.lower) || (index === left && TITLE_WORDS.has(word.lower))) return true;
    if (!isNameWord(word, sentenceStart) && !CONNECTORS.has(word.lower) && word.lower !== "the") return false;
  }
  return false;
}

/** A word in lower case only ("based" of "Manila-based"). */
function isLowerWord(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Ll}+$/u.test(token.text);
}

/** Is the hyphen at `index` inside a word ("Jean-Luc", "90-year-old")? */
function isInnerHyphen(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return token.text === "-" && before !== undefined && after !== undefined && before.end === token.start && after.start === token.end;
}

/**
 * "Secretary of State | Marcus Lyle", "Minister for International Affairs | Takeshi Mori": after a
 * title's "of"/"for", the capitalised run is the body the title heads and then the person's name. The
 * name is the run's last two capitalised words (with the particles between them), as a title never
 * heads a one-word body with a name after it only by the name's surname. Returns where the name
 * starts, or -1 when the run is the body alone ("Minister of Foreign Affairs").
 */
function personAfterTitledBody(tokens: Token[], runStart: number, end: number): number {
  let connector = runStart - 1;
  if (tokens[connector]?.lower === "the") connector--;
  if (!TITLE_WORDS.has(tokens[connector - 1]?.lower ?? "")) return -1;
  let start = end;
  let words = 0;
  while (start > runStart && words < 2) {
    start--;
    // "Jean-Luc", "Finnegan-Rowe": a hyphenated name is one word.
    while (start > runStart + 1 && isInnerHyphen(tokens, start - 1)) start -= 2;
    if (!NAME_PARTICLES.has(tokens[start]!.lower)) words++;
  }
  return words === 2 && start > runStart ? start : -1;
}

/**
 * Splits a phrase into the role and the name: the name is the run of capitalised words at its end
 * after the last title ("French President | Emmanuel Macron", "Ukrainian delegate | Oleksandr Bevz").
 * A run after "of"/"for" names a body ("Ministry of Infrastructure"), and so does one after a
 * body's description ("Ratings agency | Meridian", "Scandinavian carrier | Nordair").
 */
function mentionOf(tokens: Token[], text: string, first: number, end: number, sentenceStart: number): Mention | null {
  const opener = tokens[first]?.lower ?? "";
  const indefinite = INDEFINITE.has(opener) || INDEFINITE.has(tokens[first - 1]?.lower ?? "");
  while (first < end && (DETERMINERS.has(tokens[first]!.lower) || tokens[first]!.text === "-")) first++;
  while (end > first && (tokens[end - 1]!.text === "-" || POSSESSIVE.has(tokens[end - 1]!.text))) end--;
  if (first >= end) return null;
  const phraseFirst = first;
  const last = tokens[end - 1]!;
  const phrase = joined(tokens, text, first, end);
  if (!isNameWord(last, sentenceStart)) {
    // "Ukraine's air force", "the minister", "a senior official", "prosecutors": a body or a role.
    const head = last.lower;
    if (isRoleWord(last)) {
      // A plural ("officials", "prosecutors") is a group nobody named: it stands for no earlier person.
      const plural = /s$/.test(head) && !/ss$/.test(head);
      return { kind: "role", name: null, role: phrase, noun: head, indefinite: indefinite || plural, firstToken: phraseFirst, endToken: end };
    }
    if (DOCUMENT_NOUNS.has(head)) {
      // "LSEG data", "Eurostat figures": the named source of a document.
      let sourceEnd = end - 1;
      while (sourceEnd > first && !tokens[sourceEnd - 1]!.capitalised) sourceEnd--;
      let sourceStart = sourceEnd;
      while (sourceStart > first && (tokens[sourceStart - 1]!.capitalised || POSSESSIVE.has(tokens[sourceStart - 1]!.text))) sourceStart--;
      if (sourceEnd > sourceStart) {
        while (sourceEnd > sourceStart && POSSESSIVE.has(tokens[sourceEnd - 1]!.text)) sourceEnd--;
        return { kind: "body", name: joined(tokens, text, sourceStart, sourceEnd), role: null, noun: null, firstToken: sourceStart, endToken: sourceEnd };
      }
      // "the government's own figures": the owner.
      const owner = tokens.slice(first, end).findIndex((token) => POSSESSIVE.has(token.text));
      if (owner > 0 && BODY_NOUNS.has(tokens[first + owner - 1]!.lower)) {
        return { kind: "body", name: joined(tokens, text, first, first + owner), role: null, noun: tokens[first + owner - 1]!.lower, firstToken: first, endToken: first + owner };
      }
    }
    if (BODY_NOUNS.has(head)) return { kind: "body", name: phrase, role: null, noun: head, firstToken: phraseFirst, endToken: end };
    return null;
  }
  // The capitalised run at the end, with particles and inner hyphens.
  let nameStart = end - 1;
  while (nameStart > first) {
    const before = tokens[nameStart - 1]!;
    if (isNameWord(before, sentenceStart) || NAME_PARTICLES.has(before.lower) || isInnerHyphen(tokens, nameStart - 1)) nameStart--;
    else break;
  }
  const linked = CONNECTORS.has(tokens[nameStart - 1]?.lower ?? "") || (tokens[nameStart - 1]?.lower === "the" && CONNECTORS.has(tokens[nameStart - 2]?.lower ?? ""));
  // Titles inside the run belong to the role: the name starts after the last of them.
  // Not a title at the end of a name or before a suffix only: "Martin Luther King Jr.", "Carole King".
  let nameEnd = end;
  while (nameEnd > nameStart + 1 && SUFFIXES.test(tokens[nameEnd - 1]!.text)) nameEnd--;
  let titleEnd = -1;
  for (let index = nameStart; index < nameEnd; index++) {
    const lower = tokens[index]!.lower;
    const surname = index === nameEnd - 1 && index > nameStart && !TITLE_WORDS.has(tokens[index - 1]!.lower) && !HONORIFICS.has(tokens[index - 1]!.lower) && !ROLE_ADJECTIVES.has(tokens[index - 1]!.lower);
    const roleAdjective = index === nameStart && index < end - 1 && ROLE_ADJECTIVES.has(lower) && !linked;
    if ((TITLE_WORDS.has(lower) && !surname) || HONORIFICS.has(lower) || roleAdjective) titleEnd = index;
  }
  // "Ministry of Infrastructure", "Institute for the Study of War": a name after "of" is a body's,
  // unless a title follows ("Bank of England Governor Andrew Bailey").
  if (titleEnd < 0 && linked && nameStart > first) {
    const titled = personAfterTitledBody(tokens, nameStart, end);
    if (titled < 0) return { kind: "body", name: phrase, role: null, noun: null, firstToken: phraseFirst, endToken: end };
    // "Secretary of State Marcus Lyle": the role runs to the body, the name is what follows it.
    titleEnd = titled - 1;
  }
  if (titleEnd >= 0) nameStart = titleEnd + 1;
  // "… von der Leyen" after a title loses no "von"; a capitalised "Ben" or "Al" is a first name ("Union leader Ben Cole").
  while (nameStart < end && ((NAME_PARTICLES.has(tokens[nameStart]!.lower) && !tokens[nameStart]!.capitalised) || tokens[nameStart]!.text === "-")) nameStart++;
  const roleEnd = nameStart;
  const roleTokens = tokens.slice(first, roleEnd).filter((token) => !HONORIFICS.has(token.lower));
  const roleIsReal = roleTokens.some(isRoleWord);
  // An age ("90-year-old") describes, it is not a role.
  const roleText = roleEnd > first ? joined(tokens, text, first, roleEnd).replace(/^(Mr|Mrs|Ms|Dr)\.?\s+/, "").replace(/\b\d+-year-old\b\s*/g, "").trim() : "";
  const role = roleIsReal && roleText ? roleText : null;
  if (nameStart >= end) {
    // "the President said": a title with no name; "Officials said": a group nobody named.
    const plural = /s$/.test(last.lower) && !/ss$/.test(last.lower);
    return { kind: "role", name: null, role: phrase, noun: last.lower, indefinite: indefinite || plural, firstToken: phraseFirst, endToken: end };
  }
  const nameTokens = tokens.slice(nameStart, end);
  const determined = DETERMINERS.has(opener) && opener !== "his" && opener !== "her";
  if ((nameTokens.length === 1 || determined) && ROLE_ADJECTIVES.has(last.lower) && !ORG_WORDS.has(last.lower) && !BODY_NOUNS.has(last.lower)) {
    // "The top American", "a Nevada Democrat": a nationality or a party describes someone, it does
    // not name them ("Judith French" is a name: no article before it).
    return { kind: "role", name: null, role: phrase, noun: last.lower, indefinite, firstToken: phraseFirst, endToken: end };
  }
  const name = joined(tokens, text, nameStart, end);
  if (nameTokens.some((token) => ORG_WORDS.has(token.lower))) return { kind: "body", name: phrase, role: null, noun: null, firstToken: phraseFirst, endToken: end };
  const described = roleTokens[roleTokens.length - 1];
  if (!roleIsReal && described && (BODY_NOUNS.has(described.lower) || ORG_WORDS.has(described.lower))) {
    return { kind: "body", name, role: roleText || null, noun: null, firstToken: phraseFirst, endToken: end };
  }
  const courtesy = tokens.slice(first, roleEnd).find((token) => HONORIFICS.has(token.lower));
  const honorific = courtesy ? genderOfWord(courtesy.lower) : undefined;
  return { kind: "person", name, role, noun: null, honorific, gender: honorific ?? genderOfPhrase(role), firstToken: phraseFirst, endToken: end };
}

/**
 * The noun phrase that ends just before token `end` (exclusive), read backwards: names, titles,
 * role words, possessives and "of"/"for" links, no further back than `floor`.
 */
export function phraseEndingAt(tokens: Token[], text: string, end: number, floor: number, sentenceStart: number): Mention | null {
  const last = tokens[end - 1];
  if (!last || end - 1 < floor) return null;
  const acronym = last.pos === "PROPN";
  if ((PERSONAL_PRONOUNS.has(last.lower) || BODY_PRONOUNS.has(last.lower)) && !acronym) {
    return { kind: "pronoun", name: null, role: null, noun: last.lower, firstToken: end - 1, endToken: end };
  }
  // "…, who told AP", "the Environment Agency, which said": the antecedent speaks.
  if ((last.lower === "who" || last.lower === "which") && !acronym) return { kind: "relative", name: null, role: null, noun: last.lower, firstToken: end - 1, endToken: end };
  let first = end;
  while (first > floor && end - first < MAX_PHRASE) {
    const token = tokens[first - 1]!;
    if (isPhraseWord(token, sentenceStart) || isNounModifier(tokens, first - 1)) {
      first--;
      continue;
    }
    // "head of the delegation", "a spokesman for the Kremlin": links between nouns.
    if (first < end && (CONNECTORS.has(token.lower) || (token.lower === "the" && CONNECTORS.has(tokens[first - 2]?.lower ?? "")))) {
      const left = token.lower === "the" ? first - 3 : first - 2;
      if (canLink(tokens, left, sentenceStart)) {
        first -= token.lower === "the" ? 2 : 1;
        continue;
      }
    }
    if (DETERMINERS.has(token.lower)) first--;
    break;
  }
  // A capitalised sentence opener that is not a name ("Still, …", "Meanwhile …") is not part of it.
  if (first >= end) return null;
  return mentionOf(tokens, text, first, end, sentenceStart);
}

/** The noun phrase that starts at token `start`, read forwards, no further than `limit` (exclusive). */
export function phraseStartingAt(tokens: Token[], text: string, start: number, limit: number, sentenceStart: number): Mention | null {
  const first = tokens[start];
  if (!first || start >= limit) return null;
  if ((PERSONAL_PRONOUNS.has(first.lower) || BODY_PRONOUNS.has(first.lower)) && first.pos !== "PROPN") {
    return { kind: "pronoun", name: null, role: null, noun: first.lower, firstToken: start, endToken: start + 1 };
  }
  let end = start;
  if (DETERMINERS.has(first.lower)) end++;
  const document = tokens[end];
  if (document && DOCUMENT_NOUNS.has(document.lower)) return authorOf(tokens, text, end, limit, sentenceStart);
  while (end < limit && end - start < MAX_PHRASE) {
    const token = tokens[end]!;
    if (token.text === "-" && !isInnerHyphen(tokens, end)) break;
    // "a Manila-based trader", "the Kyiv-born striker": a name joined to a lowercase word is a
    // modifier of the noun after it, not the speaker's name.
    if (token.text === "-" && isLowerWord(tokens[end + 1]) && tokens[end - 1]?.capitalised) {
      end += 2;
      continue;
    }
    if ((isPhraseWord(token, sentenceStart) && !(token.pos === "VERB" && !token.capitalised)) || isNounModifier(tokens, end)) {
      end++;
      continue;
    }
    if (CONNECTORS.has(token.lower) && end > start && canLink(tokens, end - 1, sentenceStart)) {
      let next = end + 1;
      if (DETERMINERS.has(tokens[next]?.lower ?? "")) next++;
      const after = tokens[next];
      if (after && next < limit && isPhraseWord(after, sentenceStart)) {
        end = next;
        continue;
      }
    }
    break;
  }
  if (end <= start) return null;
  return mentionOf(tokens, text, start, end, sentenceStart);
}

/**
 * "according to a statement from the ministry", "figures released by the district": a document
 * speaks for its author. Without one, "a statement" is an unnamed source and "the statement" the
 * last one named (see `Cast.resolve`).
 */
function authorOf(tokens: Token[], text: string, document: number, limit: number, sentenceStart: number): Mention {
  for (let index = document + 1; index < Math.min(limit, document + 5); index++) {
    const token = tokens[index]!;
    if (/^(from|by|of)$/.test(token.lower)) {
      const author = phraseStartingAt(tokens, text, index + 1, limit, sentenceStart);
      if (author) return author;
      break;
    }
    if (token.pos === "PUNCT") break;
  }
  const indefinite = INDEFINITE.has(tokens[document - 1]?.lower ?? "");
  return { kind: "role", name: null, role: null, noun: tokens[document]!.lower, indefinite, firstToken: document, endToken: document + 1 };
}
