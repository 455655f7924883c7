import { sentenceAt, tokenAt, type Article, type Sentence } from "./article";
import { appositiveRole, isClauseStop, isSpeechVerb, subjectOf } from "./subject";
import { ASKING_VERBS, BODY_ABBREVIATIONS, BODY_NOUNS, CORPORATE_NOUNS, ORG_WORDS, ROLE_ADJECTIVES, TITLE_WORDS, DOCUMENT_NOUNS, GENERIC_BODY_NOUNS, MONTHS, NAME_PARTICLES, PLACES, PLACE_PREPOSITIONS, PLACE_SUFFIXES, PUBLISHING_VERBS, TITLE_ABBREVIATIONS } from "./lexicon";
import { isNameWord, phraseEndingAt, phraseStartingAt, type Mention } from "./names";
import { genderOfPhrase, genderOfWord, pronounGender, type Gender } from "./gender";

/** A speaker resolved to the fullest name the article gives, with how sure the resolution is. */
export type ResolvedSpeaker = { speaker: string | null; role: string | null; certainty: number; kind: "person" | "body" | null };

/** `seen`: offsets where the article names this person, to tell two Cohens apart by who came last. */
type Person = { name: string; key: string[]; role: string | null; start: number; seen: number[] };
type Body = { name: string; key: string[]; descriptor: string[]; at: number; capitalised: boolean };
/** Who a sentence is about, where pronouns look back to; "unnamed" is someone the article does not name. */
type Subject = {
  at: number;
  kind: "person" | "body" | "unnamed";
  name: string | null;
  role: string | null;
  lone?: boolean;
  /** "Prosecutors", "witnesses": a group, which "he" and "she" never mean. */
  plural?: boolean;
  /** Named in what someone said ("Berg said Ruiz would …"): "he"/"she" later means the one who said it. */
  reported?: boolean;
};
type PersonMention = { at: number; mention: Mention };

const keys = new Map<string, string[]>();

/** A name's words for comparing: accents, case, possessives and a leading article set aside. Memoised: names repeat. */
function nameKey(name: string): string[] {
  let key = keys.get(name);
  if (!key) {
    key = name
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/['’]s\b/g, "")
      .replace(/^(the|a|an)\s+/, "")
      .split(/[\s-]+/)
      .filter(Boolean)
      .map((word) => BODY_ABBREVIATIONS.get(word.replace(/\.$/, "")) ?? word);
    // "Martin Luther King Jr." is King.
    while (key.length > 1 && /^(jr|sr|ii|iii|iv)\.?$/.test(key[key.length - 1]!)) key.pop();
    if (keys.size > 5000) keys.clear();
    keys.set(name, key);
  }
  return key;
}

/** "Tajikistan's foreign ministry", "the Tajik army" for "Russian": owned by or named for another country. */
function ofAnotherCountry(body: Body, nationality: string): boolean {
  const stem = nationality.slice(0, 4);
  const owner = /^(?:the\s+)?(\p{Lu}[\p{L}.-]*)['’]s\s/u.exec(body.name)?.[1]?.toLowerCase();
  if (owner && !owner.startsWith(stem)) return true;
  return body.key.some((word) => ROLE_ADJECTIVES.has(word) && word !== nationality);
}

function endsWith(whole: string[], tail: string[]): boolean {
  if (tail.length > whole.length) return false;
  const offset = whole.length - tail.length;
  return tail.every((word, index) => whole[offset + index] === word);
}

/** The word a body's name is built on: "union" in "Swedish Airline Pilots' Union", "confederation" in "Confederation of Swedish Enterprise". */
function headOf(key: string[]): string | undefined {
  const link = key.findIndex((word) => word === "of" || word === "for");
  return link > 0 ? key[link - 1] : key[key.length - 1];
}

/** Role nouns that wire copy uses for sources it does not name; they never stand for the last named person. */
const ANONYMOUS_ROLES = new Set(["source", "sources", "person", "people", "official", "officials", "witness", "resident", "diplomat", "aide", "insider"]);

/** What a person has that speaks for them ("his office said", "the senator's campaign said"). */
const PERSONAL_BODY_NOUNS = new Set(["office", "campaign", "team"]);

/** Who speaks for a body without speaking for themself. */
const SPOKESPERSONS = new Set(["spokesperson", "spokesman", "spokeswoman"]);

const FUNCTION_WORDS = new Set(["a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as", "vs", "vs.", "into", "over", "after"]);

/**
 * A title-case headline ("Trump Sends Envoys to Moscow"), where capitals do not mark names: no
 * lower-case word but function words.
 */
export function isTitleCase(article: Article, sentence: Sentence): boolean {
  let capitalised = 0;
  for (let index = sentence.firstToken; index < sentence.endToken; index++) {
    const token = article.tokens[index]!;
    if (!/^\p{L}/u.test(token.text)) continue;
    if (token.capitalised) capitalised++;
    else if (!FUNCTION_WORDS.has(token.lower)) return false;
  }
  return capitalised >= 3;
}

/**
 * The people and bodies the article names: every person's fullest name and role, every body and
 * how the article describes it, and the subjects of its sentences in order, so "Bevz", "Mr. Bevz",
 * "he" and "the delegate" resolve to one name, and "the company" to the company.
 */
export class Cast {
  private readonly persons: Person[] = [];
  private readonly bodies: Body[] = [];
  private readonly subjects: Subject[] = [];
  /** A description's head noun ("club") and the name the story first gave it by description. */
  private readonly describedAs = new Map<string, string>();
  private readonly personMentions: PersonMention[] = [];
  private readonly genders = new Map<string, { gender: Gender; firm: boolean }>();
  /** Offsets of persons introduced as "her X"/"his X", with the possessor's sex (see `readGender`). */
  private readonly contrasts = new Map<number, Gender>();

  constructor(private readonly article: Article) {
    for (const sentence of article.sentences) {
      if (isTitleCase(article, sentence)) continue;
      this.readNames(sentence);
      this.readMainSubject(sentence);
    }
  }

  private readNames(sentence: Sentence): void {
    const { tokens, text, quoted } = this.article;
    for (let index = sentence.firstToken; index < sentence.endToken; index++) {
      if (quoted[index] || !isNameWord(tokens[index]!, sentence.firstToken)) continue;
      let end = index + 1;
      while (end < sentence.endToken && !quoted[end] && (isNameWord(tokens[end]!, sentence.firstToken) || NAME_PARTICLES.has(tokens[end]!.lower) || (tokens[end]!.text === "-" && tokens[end + 1]?.capitalised))) end++;
      const mention = phraseEndingAt(tokens, text, end, sentence.firstToken, sentence.firstToken);
      index = end - 1;
      if (!mention || (mention.kind !== "person" && mention.kind !== "body") || !mention.name) continue;
      const at = tokens[mention.firstToken]!.start;
      if (mention.kind === "person") {
        // A lone capitalised word is a person only with a title ("Mr. Bevz", "President Trump"): "Russia" is not.
        const titled = mention.role !== null || /^(Mr|Mrs|Ms|Dr|Prof)\b/.test(text.slice(at, tokens[end - 1]!.end));
        const apposition = this.appositiveAfter(end, sentence);
        const head = apposition?.split(/\s+/).pop()?.toLowerCase() ?? "";
        // "CenterPoint Energy, the region's utility,": described as a body, it is one.
        if (BODY_NOUNS.has(head) && !titled) this.addBody({ ...mention, kind: "body", role: apposition }, at);
        else if (mention.name.includes(" ") || titled) this.addPerson(mention.name, mention.role ?? apposition ?? this.roleBefore(mention, sentence), at);
        const person = this.personFor(mention, at);
        if (person) person.seen.push(at);
        if (mention.name.includes(" ") || titled || this.knowsPerson(mention.name)) this.personMentions.push({ at, mention });
        this.readGender(mention, end, sentence);
      } else this.addBody(mention, at);
      if (this.isSubjectAt(end, sentence)) {
        this.noteSubject(mention, at, this.afterSpeechVerb(mention.firstToken, sentence));
        if (mention.kind === "person") this.readPronounAfter(mention, end, sentence);
      } else if (ASKING_VERBS.has(tokens[mention.firstToken - 1]?.lower ?? "")) {
        // Question and answer: `A reporter asked Keller whether …. "…," she said.` — the one asked answers.
        this.noteSubject(mention, at);
      }
    }
  }

  /**
   * What the article says of a person's sex where it names them: a courtesy title or gendered role
   * ("Mrs. Reyes", "chairwoman Ana Ruiz"), an appositive ("Travis, her husband,") or the relation
   * that introduces them ("Her husband, Travis"). A relation through "his"/"her" also says the person
   * is not the one "his"/"her" points to, so a later pronoun of that sex keeps to the possessor
   * ("Her training partner, Birhanu Alemu, finished fifth. "…," she said." is not Alemu's).
   */
  private readGender(mention: Mention, end: number, sentence: Sentence): void {
    const { tokens } = this.article;
    const name = this.resolveName(mention, tokens[mention.firstToken]!.start).speaker ?? mention.name!;
    const stated = mention.gender ?? genderOfPhrase(this.appositiveAfter(end, sentence));
    if (stated) this.noteGender(name, stated, true);
    if (tokens[mention.firstToken - 1]?.text !== "," || mention.firstToken - 2 < sentence.firstToken) return;
    let first = mention.firstToken - 2;
    while (first > sentence.firstToken && tokens[first - 1]!.text !== "," && mention.firstToken - first < 6) first--;
    if (/^(and|or)$/.test(tokens[first]!.lower)) first++;
    if (!(first === sentence.firstToken || /^(,|and|or)$/.test(tokens[first - 1]!.text))) return;
    const possessor = this.possessorGender(first, mention.firstToken - 1, sentence);
    if (possessor === null) return;
    const relation = genderOfWord(tokens[mention.firstToken - 2]!.lower);
    if (relation) this.noteGender(name, relation, true);
    if (possessor) this.contrasts.set(tokens[mention.firstToken]!.start, possessor);
  }

  /**
   * The sex of whoever owns the relation in tokens [first, end): "her" in "her training partner",
   * the known sex of "Ms. Platt" in "Ms. Platt's clerk"; undefined when the owner's sex is not
   * known; null when the tokens are not a possessed relation.
   */
  private possessorGender(first: number, end: number, sentence: Sentence): Gender | undefined | null {
    const { tokens, text } = this.article;
    const word = tokens[first]!.lower;
    if (/^(his|her)$/.test(word)) return pronounGender(word);
    const mark = tokens.slice(first, end).findIndex((token) => /^['’]s$/.test(token.text));
    if (mark <= 0) return null;
    const owner = phraseEndingAt(tokens, text, first + mark, first, sentence.firstToken);
    if (owner?.kind !== "person" || owner.firstToken !== first) return null;
    return this.genderOf(this.resolveName(owner, tokens[owner.firstToken]!.start).speaker);
  }

  /**
   * "Tesfaye, 24, made her move": the first "he"/"his"/"she"/"her" after a sentence's subject, with
   * no other person named between, is most likely theirs. Past a speech verb only the subject of
   * what they said counts ("Voss said she had doubts"), not whoever else it mentions ("Reed said her
   * condition was stable"). Weaker than a title or a role; not a pronoun inside a quotation or one
   * that says something itself (", she said,").
   */
  private readPronounAfter(mention: Mention, end: number, sentence: Sentence): void {
    const { tokens, text, quoted } = this.article;
    let speechVerb = -1;
    for (let index = end; index < sentence.endToken; index++) {
      const token = tokens[index]!;
      if (quoted[index]) return;
      if (speechVerb < 0 && isSpeechVerb(token)) speechVerb = index;
      const gender = pronounGender(token.lower);
      if (gender) {
        if (isSpeechVerb(tokens[index + 1])) return;
        const reported = speechVerb >= 0 && !(/^(he|she)$/.test(token.lower) && (index === speechVerb + 1 || (index === speechVerb + 2 && tokens[index - 1]!.lower === "that")));
        if (!reported) this.noteGender(this.resolveName(mention, tokens[mention.firstToken]!.start).speaker ?? mention.name!, gender, false);
        return;
      }
      if (isNameWord(token, sentence.firstToken)) {
        const other = phraseStartingAt(tokens, text, index, sentence.endToken, sentence.firstToken);
        if (other?.kind === "person") return;
        if (other) index = other.endToken - 1;
      }
    }
  }

  /** Evidence of a person's sex; a title or role outweighs a pronoun, and the first of equals stands. */
  private noteGender(name: string, gender: Gender, firm: boolean): void {
    const known = this.genders.get(name);
    if (!known || (firm && !known.firm)) this.genders.set(name, { gender, firm });
  }

  private genderOf(name: string | null): Gender | undefined {
    return name === null ? undefined : this.genders.get(name)?.gender;
  }

  /** The subject of the sentence's first verb, when it is not a name (read by `readNames`). */
  private readMainSubject(sentence: Sentence): void {
    const { tokens, quoted, text } = this.article;
    const opening = quoted[sentence.firstToken] ? null : phraseStartingAt(tokens, text, sentence.firstToken, sentence.endToken, sentence.firstToken);
    const named = opening && tokens[opening.endToken]?.text === "," && phraseStartingAt(tokens, text, opening.endToken + 1, sentence.endToken, sentence.firstToken)?.kind === "person";
    if (opening?.kind === "role" && opening.indefinite && !/s$/.test(opening.noun ?? "") && !named) {
      // "One manager at the plant, who declined to be named, said …": a source the article does not
      // name; "he" after it is that source, not the company named before. ("A spokesperson, Marcus
      // Hale, …" is named.)
      this.insertSubject({ at: tokens[opening.firstToken]!.start, kind: "unnamed", name: null, role: opening.role });
      return;
    }
    for (let index = sentence.firstToken; index < sentence.endToken; index++) {
      const token = tokens[index]!;
      if (quoted[index] || (token.pos !== "VERB" && token.pos !== "AUX") || token.capitalised) continue;
      const subject = subjectOf(this.article, index, sentence.firstToken, sentence.firstToken);
      if (!subject) return;
      const { mention } = subject;
      const at = tokens[mention.firstToken]!.start;
      // Pronouns are left out: resolved now, they would not see the quotes' speakers noted later.
      if (mention.kind === "role" || (mention.kind === "body" && !tokens[mention.endToken - 1]!.capitalised)) {
        const resolved = this.resolve(mention, at);
        const kind = resolved.speaker === null ? "unnamed" : resolved.kind!;
        const plural = mention.kind === "role" && /s$/.test(mention.noun ?? "") && !/ss$/.test(mention.noun ?? "");
        this.insertSubject({ at, kind, name: resolved.speaker, role: resolved.role, plural });
        if (mention.kind === "body" && resolved.speaker) this.addBody(mention, at);
      }
      return;
    }
  }

  /** "The education secretary, Priya Marsh, said": the role a description gives the name after its comma. */
  private roleBefore(mention: Mention, sentence: Sentence): string | null {
    const { tokens, text } = this.article;
    if (tokens[mention.firstToken - 1]?.text !== "," || tokens[mention.endToken]?.text !== ",") return null;
    const described = phraseEndingAt(tokens, text, mention.firstToken - 1, sentence.firstToken, sentence.firstToken);
    if (described?.kind !== "role" || described.indefinite || !described.role) return null;
    const opens = described.firstToken === sentence.firstToken || /^(,|the)$/i.test(tokens[described.firstToken - 1]?.text ?? "");
    return opens ? described.role.replace(/^(the)\s+/i, "") : null;
  }

  /** ", the deputy head of the delegation," after a name. */
  private appositiveAfter(end: number, sentence: Sentence): string | null {
    const { tokens } = this.article;
    if (tokens[end]?.text !== ",") return null;
    let close = end + 1;
    while (close < sentence.endToken && tokens[close]!.text !== "," && close - end < 16) {
      if (isClauseStop(tokens, close)) return null;
      close++;
    }
    return tokens[close]?.text === "," ? appositiveRole(this.article, end + 1, close) : null;
  }

  /** Is the name ending before `end` the subject of a verb (past a parenthesis or an appositive)? */
  private isSubjectAt(end: number, sentence: Sentence): boolean {
    const { tokens } = this.article;
    for (let index = end; index < Math.min(sentence.endToken, end + 30); index++) {
      const token = tokens[index]!;
      if ((token.text === "," && /^(who|whose|which|whom)$/.test(tokens[index + 1]?.lower ?? "")) || /^(who|whose|which|whom)$/.test(token.lower)) {
        // Past a relative clause: "Robin Ruiz, 34, who takes the No. 24 bus, said …", "Dr. Marsh, a toxicologist who testified, told …"
        let close = index + 1;
        while (close < sentence.endToken && tokens[close]!.text !== "," && close - index < 30) close++;
        index = close;
        continue;
      }
      if (token.pos === "VERB" || token.pos === "AUX") {
        if (token.capitalised) return false;
        const subject = subjectOf(this.article, index, sentence.firstToken, sentence.firstToken);
        return subject !== null && subject.mention.endToken === end;
      }
      if (isSpeechVerb(token)) return true;
    }
    return false;
  }

  private addPerson(name: string, role: string | null, start: number): void {
    const key = nameKey(name);
    if (key.length === 0) return;
    const known = this.persons.find((person) => person.key.join(" ") === key.join(" "));
    if (known) {
      known.role ??= role;
      return;
    }
    this.persons.push({ name, key, role, start, seen: [] });
  }

  /** Does the article give this person a role anywhere ("Brazilian forward Davi Moura")? */
  private isDescribedPerson(name: string): boolean {
    return this.persons.some((person) => person.name === name && person.role !== null);
  }

  private knowsPerson(name: string): boolean {
    const key = nameKey(name);
    return this.persons.some((person) => endsWith(person.key, key));
  }

  private addBody(mention: Mention, at: number): void {
    const name = mention.name!.replace(/^(the|a|an)\s+/i, "");
    const { tokens } = this.article;
    const capitalised = tokens.slice(mention.firstToken, mention.endToken).some((token) => token.capitalised);
    this.bodies.push({ name, key: nameKey(name), descriptor: mention.role ? nameKey(mention.role) : [], at, capitalised });
  }

  /** Is a speech verb with a subject (outside quotations) before token `index` in its sentence? Not "Asked whether …, X said". */
  private afterSpeechVerb(index: number, sentence: Sentence): boolean {
    const { tokens, quoted } = this.article;
    for (let at = sentence.firstToken + 1; at < index; at++) {
      if (!quoted[at] && isSpeechVerb(tokens[at]) && subjectOf(this.article, at, sentence.firstToken, sentence.firstToken)) return true;
    }
    return false;
  }

  /** A person or body becomes the latest subject pronouns may point back to. */
  noteSubject(mention: Mention, at: number, reported = false): void {
    if ((mention.kind !== "person" && mention.kind !== "body") || !mention.name) return;
    const resolved = this.resolveName(mention, at);
    const name = resolved.speaker ?? mention.name;
    // "Herrera said": one word no one else carries might be a person "he" points back to; "Russia", "NATO", "Airbus Group" are not.
    const lone = mention.kind === "person" && resolved.kind === "body" && !PLACES.has(name.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(name) && !this.isPlaceOrTime(mention);
    this.insertSubject({ at, kind: resolved.kind ?? mention.kind, name, role: resolved.role, lone, reported });
  }

  /**
   * "in parts of Valais", "on West 38th Street", "June and July were": a word after a preposition of
   * place, a name ending like a place's, or a month, which "he" and "she" never mean.
   */
  private isPlaceOrTime(mention: Mention): boolean {
    const { tokens } = this.article;
    const last = tokens[mention.endToken - 1]!.lower;
    return PLACE_PREPOSITIONS.has(tokens[mention.firstToken - 1]?.lower ?? "") || PLACE_SUFFIXES.has(last) || MONTHS.has(last);
  }

  private insertSubject(subject: Subject): void {
    let index = this.subjects.length;
    while (index > 0 && this.subjects[index - 1]!.at > subject.at) index--;
    if (this.subjects[index - 1]?.at === subject.at) return;
    this.subjects.splice(index, 0, subject);
  }

  /** The first person named between two offsets ("“…” Sylvie Roux, a baker, stood in the mud"). */
  firstPersonBetween(start: number, end: number): ResolvedSpeaker | null {
    const found = this.personMentions.find((entry) => entry.at >= start && entry.at < end);
    return found ? this.resolveName(found.mention, found.at) : null;
  }

  /** The latest subject before `at` that names a person, if no unnamed one came after it. */
  latestPersonBefore(at: number, after: number): ResolvedSpeaker | null {
    for (let index = this.subjects.length - 1; index >= 0; index--) {
      const subject = this.subjects[index]!;
      if (subject.at >= at) continue;
      if (subject.at < after) return null;
      if (subject.kind === "unnamed") return null;
      if (subject.kind === "person" || subject.lone) return { speaker: subject.name, role: subject.role, certainty: 1, kind: "person" };
    }
    return null;
  }

  /**
   * The person a name stands for: the one with the fullest name ending with it ("Bevz" → "Oleksandr
   * Bevz"); of two ("Sarah Cohen", "David Cohen"), one whose "Mr."/"Ms." fits, named last before `at`.
   */
  private personFor(mention: Mention, at: number): Person | undefined {
    const key = nameKey(mention.name!);
    let found = this.persons.filter((person) => endsWith(person.key, key));
    if (found.length === 0 && key.length === 1) {
      // A feature's "Liubov said" after "Liubov Petrivna", when only one person has that first name.
      const byFirstName = this.persons.filter((person) => person.key.length > 1 && person.key[0] === key[0]);
      return byFirstName.length === 1 ? byFirstName[0] : undefined;
    }
    const longest = Math.max(...found.map((person) => person.key.length));
    found = found.filter((person) => person.key.length === longest);
    if (found.length > 1 && mention.honorific) {
      const fitting = found.filter((person) => (this.genderOf(person.name) ?? mention.honorific) === mention.honorific);
      if (fitting.length) found = fitting;
    }
    if (found.length > 1) {
      const lastSeen = (person: Person) => Math.max(-1, ...person.seen.filter((seen) => seen < at));
      found.sort((a, b) => lastSeen(b) - lastSeen(a) || a.start - b.start);
    }
    return found[0];
  }

  /** The fullest name the article gives a person ("Bevz" → "Oleksandr Bevz") or a body ("the company" → "Clearline"). */
  private resolveName(mention: Mention, at: number): ResolvedSpeaker {
    const name = mention.name!;
    if (mention.kind === "body") return { speaker: this.resolveBody(mention, at), role: mention.role, certainty: 1, kind: "body" };
    const best = this.personFor(mention, at);
    if (!best && !name.includes(" ") && mention.role === null) {
      // A lone word no person carries as a surname: "Russia said", "Bloomberg said".
      return { speaker: name, role: null, certainty: 1, kind: "body" };
    }
    return { speaker: best?.name ?? name, role: mention.role ?? best?.role ?? null, certainty: 1, kind: "person" };
  }

  private resolveBody(mention: Mention, at: number): string {
    const name = mention.name!.replace(/^(the|a|an)\s+/i, "");
    const key = nameKey(name);
    const { tokens } = this.article;
    // "the Spanish club" describes as "the club" does: a nationality is no name.
    const lowerCase = !tokens.slice(mention.firstToken, mention.endToken).some((token) => token.capitalised && !ROLE_ADJECTIVES.has(token.lower));
    // "the air force" after "Ukraine's air force".
    // (or the same words written out: "the Justice Department" for "Justice Dept.").
    const fuller = this.bodies.filter((body) => (body.key.length > key.length || body.name.length > name.length) && endsWith(body.key, key));
    if (fuller.length) return fuller.sort((a, b) => b.key.length - a.key.length)[0]!.name;
    if (!lowerCase || key.length === 0) return name;
    const head = key[key.length - 1]!;
    const named = this.bodies.filter((body) => body.capitalised);
    // "the confederation" after "the Confederation of Swedish Enterprise"; "the company" after "Mining company X".
    // "the Russian foreign ministry" is not "Tajikistan's foreign ministry": a nationality must fit.
    const nationalities = tokens.slice(mention.firstToken, mention.endToken).filter((token) => token.capitalised && ROLE_ADJECTIVES.has(token.lower)).map((token) => token.lower);
    // Nor "the defence ministry" the foreign one: a ministry's other words must be its own.
    const modifiers = key.slice(0, -1).filter((word) => !ROLE_ADJECTIVES.has(word));
    const sameKind = (body: Body) => (headOf(body.key) === head && modifiers.every((word) => body.key.includes(word))) || body.descriptor.includes(head);
    const byWord = named.filter((body) => sameKind(body) && nationalities.every((nationality) => !ofAnotherCountry(body, nationality)));
    const pick = (bodies: Body[]) => [...bodies].sort((a, b) => Number(b.at < at) - Number(a.at < at) || b.at - a.at || b.key.length - a.key.length)[0];
    if (byWord.length) return pick(byWord)!.name;
    if (CORPORATE_NOUNS.has(head)) {
      const described = named.filter((body) => body.descriptor.some((word) => CORPORATE_NOUNS.has(word)));
      if (described.some((body) => body.at < at)) return pick(described)!.name;
      // "X, which runs four hospitals, took its systems offline, the company said": its own subject.
      const own = this.bodyLikeSubjectOfSentence(at);
      if (own) return own;
      // Before any company is named (a standfirst's "The company called …"), the one the story is
      // about: the name it most often makes a subject or names as a body.
      const counts = new Map<string, number>();
      for (const body of named) if (body.key.length <= 3) counts.set(body.name, (counts.get(body.name) ?? 0) + 1);
      for (const subject of this.subjects) if (subject.lone && subject.name) counts.set(subject.name, (counts.get(subject.name) ?? 0) + 1);
      const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
      if (top && top[1] >= 2) return top[0];
      if (described.length) return pick(described)!.name;
    }
    // "Real Madrid announced …, in a deal the Spanish club called …": a description of a body in
    // the sentence of a name nobody gave a role or a sex stands for that name (the tagger cannot
    // tell a club's name from a person's).
    const own = this.bodyLikeSubjectOfSentence(at);
    if (own) {
      this.describedAs.set(head, own);
      return own;
    }
    // "the Spanish club called …" made "the club" Real Madrid for the rest of the story.
    const described = this.describedAs.get(head);
    if (described) return described;
    // "The Coast Guard said … “…,” the agency wrote": a noun that fits any public body ("the
    // agency"), met right after a named body spoke, is that body. ("the ministry" names a kind.)
    if (!GENERIC_BODY_NOUNS.has(head)) return name;
    const paragraph = sentenceAt(this.article, at)?.paragraph ?? 0;
    const recent = this.subjects.findLast((subject) => subject.at < at && subject.kind !== "person");
    if (recent?.kind === "body" && recent.name && /^\p{Lu}/u.test(recent.name) && (sentenceAt(this.article, recent.at)?.paragraph ?? -2) >= paragraph - 1) return recent.name;
    return name;
  }

  /** Who "said in a statement" in the last unquoted mention of `document` before `at`. */
  private issuerOf(document: string, at: number): ResolvedSpeaker | null {
    const { tokens, quoted } = this.article;
    let index = tokenAt(this.article, at) - 1;
    while (index >= 0 && (tokens[index]!.lower !== document || quoted[index])) index--;
    const sentence = index >= 0 ? sentenceAt(this.article, tokens[index]!.start) : undefined;
    if (!sentence) return null;
    for (let verb = index - 1; verb >= sentence.firstToken && index - verb <= 4; verb--) {
      if (!isSpeechVerb(tokens[verb])) continue;
      const subject = subjectOf(this.article, verb, sentence.firstToken, sentence.firstToken);
      if (!subject || (subject.mention.kind !== "person" && subject.mention.kind !== "body")) return null;
      const issuer = this.resolveName(subject.mention, tokens[verb]!.start);
      return issuer.speaker && /^\p{Lu}/u.test(issuer.speaker) ? issuer : null;
    }
    return null;
  }

  /** The capitalised subject met earlier in the sentence at `at`, when it may be a body: no role, no sex, no personal description. */
  private bodyLikeSubjectOfSentence(at: number): string | null {
    const sentence = sentenceAt(this.article, at);
    const inSentence = (subject: Subject) => subject.at < at && subject.at >= (sentence?.start ?? at);
    // The one the sentence opens with ("FC Porto announced the signing of forward Rui Sousa, … the
    // club called"), else the latest before the description.
    for (const ownSubject of [this.subjects.find(inSentence), this.subjects.findLast(inSentence)]) {
      const bodyLike = ownSubject?.kind === "body" || (ownSubject?.kind === "person" && !ownSubject.role && !this.genderOf(ownSubject.name) && !this.isDescribedPerson(ownSubject.name!));
      if (bodyLike && ownSubject?.name && /^\p{Lu}/u.test(ownSubject.name)) return ownSubject.name;
    }
    return null;
  }

  /**
   * "A federal judge … struck down the law, ruling that …. Judge Marisol Ortega wrote …": a lede's
   * "a judge" is the person the next paragraphs name with that title. Not a plural, and not the
   * roles wire copy keeps anonymous ("a source", "an official").
   */
  private namedNext(mention: Mention, at: number): ResolvedSpeaker | null {
    const noun = mention.noun ?? "";
    if (ANONYMOUS_ROLES.has(noun) || !TITLE_WORDS.has(noun) || /s$/.test(noun)) return null;
    const paragraph = sentenceAt(this.article, at)?.paragraph ?? 0;
    const next = this.persons.find((person) => {
      if (person.start <= at || !person.role?.toLowerCase().split(/[\s-]+/).includes(noun)) return false;
      return (sentenceAt(this.article, person.start)?.paragraph ?? Infinity) <= paragraph + 2;
    });
    return next ? { speaker: next.name, role: next.role, certainty: 0.6, kind: "person" } : null;
  }

  /**
   * "A Department for Education spokesperson said", "a Kremlin spokesman said": an unnamed
   * spokesperson speaks for the body that qualifies them.
   */
  private bodyOfSpokesperson(mention: Mention, at: number): ResolvedSpeaker | null {
    if (!SPOKESPERSONS.has(mention.noun ?? "")) return null;
    const { tokens, text } = this.article;
    let first = mention.endToken - 1;
    while (first > mention.firstToken && (tokens[first - 1]!.capitalised || /^(of|for|and|['’]s)$/.test(tokens[first - 1]!.lower))) first--;
    // "a British Foreign Office spokesman" speaks for the Foreign Office; "a Kremlin spokesman" for the Kremlin.
    while (first < mention.endToken - 1 && (!tokens[first]!.capitalised || (ROLE_ADJECTIVES.has(tokens[first]!.lower) && first < mention.endToken - 2))) first++;
    let end = mention.endToken - 1;
    while (end > first && /^['’]s?$/.test(tokens[end - 1]!.text)) end--;
    if (end <= first) return null;
    const body: Mention = { kind: "body", name: text.slice(tokens[first]!.start, tokens[end - 1]!.end), role: null, noun: null, firstToken: first, endToken: end };
    return { speaker: this.resolveBody(body, at), role: mention.role, certainty: 0.8, kind: "body" };
  }

  /**
   * "The European Commission president wrote": a role qualified by a body's name is whoever the
   * article gave that role with that body; if nobody, it is someone the article does not name, and
   * not the last president it named ("The president, Henrique Matos" of another country).
   */
  private qualifiedRole(mention: Mention, at: number): ResolvedSpeaker | null {
    const { tokens } = this.article;
    const words = tokens.slice(mention.firstToken, mention.endToken - 1);
    const qualifiers = words.filter((token) => token.capitalised && !ROLE_ADJECTIVES.has(token.lower)).map((token) => token.lower);
    if (mention.indefinite || !qualifiers.some((word) => ORG_WORDS.has(word))) return null;
    const noun = mention.noun ?? "";
    const holder = this.persons
      .filter((person) => person.start < at && person.role !== null)
      .find((person) => {
        const role = person.role!.toLowerCase().split(/[\s-]+/);
        return role.includes(noun) && qualifiers.every((word) => role.includes(word));
      });
    if (holder) return { speaker: holder.name, role: holder.role, certainty: 0.8, kind: "person" };
    const description = mention.role!.replace(/^(the|a|an)\s+/i, "");
    return { speaker: description, role: null, certainty: 0.5, kind: "person" };
  }

  /**
   * "his office said", "the president's office said", "Senator Ana Ruiz's campaign said": a person's own office, campaign or team
   * speaks for them, so the speaker is the person the owner stands for. Null for a named body
   * ("Ukraine's air force") and for a body owned by a body.
   */
  private ownerOf(mention: Mention, at: number): ResolvedSpeaker | null {
    const { tokens, text } = this.article;
    const phrase = tokens.slice(mention.firstToken, mention.endToken);
    const head = phrase[phrase.length - 1]!;
    if (head.capitalised || !PERSONAL_BODY_NOUNS.has(head.lower)) return null;
    const before = tokens[mention.firstToken - 1]?.lower ?? "";
    if (/^(his|her)$/.test(before)) {
      return this.resolve({ kind: "pronoun", name: null, role: null, noun: before, firstToken: mention.firstToken - 1, endToken: mention.firstToken }, at);
    }
    const mark = phrase.findIndex((token) => /^['’]s?$/.test(token.text));
    if (mark <= 0) return null;
    const sentence = sentenceAt(this.article, at);
    const possessor = phraseEndingAt(tokens, text, mention.firstToken + mark, Math.max(0, mention.firstToken - 1), sentence?.firstToken ?? 0);
    if (possessor?.kind !== "role" && possessor?.kind !== "person") return null;
    // "Attorney General Pam Rowe's office"; not "Ukraine's team" (a place is no person).
    const owner = this.resolve(possessor, at);
    return owner.kind === "person" ? owner : null;
  }

  /**
   * Resolves a mention met at offset `at`: a name to its fullest form, a pronoun to the latest
   * subject before it ("he" → a person, "it" → a body), a role noun to the latest person whose role
   * holds that noun (else the first such person later, for headlines), else the latest person.
   */
  resolve(mention: Mention, at: number, appositiveRole: string | null = null): ResolvedSpeaker {
    const owner = mention.kind === "body" ? this.ownerOf(mention, at) : null;
    if (owner?.speaker) return owner;
    if (mention.kind === "person" || mention.kind === "body") {
      const resolved = this.resolveName(mention, at);
      return { ...resolved, role: appositiveRole ?? resolved.role };
    }
    if (mention.kind === "pronoun") {
      // From the pronoun itself when it comes first (`She said … Valais, making "…"`).
      at = Math.min(at, this.article.tokens[mention.firstToken]!.start);
      const wanted = pronounGender(mention.noun ?? "");
      const wantsPerson = wanted !== undefined;
      for (let index = this.subjects.length - 1; index >= 0; index--) {
        const subject = this.subjects[index]!;
        if (subject.at >= at) continue;
        if (wantsPerson && subject.kind === "unnamed" && !subject.plural) break;
        // "she" is the nearest subject who is not known to be a man, nor introduced as "her …";
        // someone only named in what another said must be known to be a woman.
        const gender = wantsPerson ? this.genderOf(subject.name) : undefined;
        const mismatched = gender !== undefined ? gender !== wanted : this.contrasts.get(subject.at) === wanted || subject.reported === true;
        const fits = wantsPerson ? (subject.kind === "person" || subject.lone) && !mismatched : subject.kind === "body";
        if (!fits) continue;
        // "“…,” she said": what the pronoun says of the speaker's sex, for the pronouns after it.
        if (wanted && subject.name) this.noteGender(subject.name, wanted, false);
        return { speaker: subject.name, role: subject.role, certainty: subject.lone ? 0.7 : 0.85, kind: subject.kind === "unnamed" ? null : subject.kind };
      }
      return { speaker: null, role: null, certainty: 0.5, kind: null };
    }
    // A role noun: "the minister", "the spokesperson"; "a spokesman", "officials" name nobody.
    if (mention.indefinite && DOCUMENT_NOUNS.has(mention.noun ?? "")) {
      // "The health department has posted updates on Facebook. "…," read a post": one of those it posted.
      const latest = this.subjects.findLast((subject) => subject.at < at);
      const sentence = latest && sentenceAt(this.article, latest.at);
      const published = sentence && this.article.tokens.slice(sentence.firstToken, sentence.endToken).some((token) => PUBLISHING_VERBS.has(token.lower));
      if (latest && latest.kind !== "unnamed" && published) return { speaker: latest.name, role: latest.role, certainty: 0.6, kind: latest.kind };
    }
    if (mention.indefinite) return this.namedNext(mention, at) ?? this.bodyOfSpokesperson(mention, at) ?? { speaker: null, role: mention.role, certainty: 0.7, kind: null };
    if (DOCUMENT_NOUNS.has(mention.noun ?? "")) {
      // "the club said in a statement. … “…,” the statement read": who issued one; else whoever
      // the article last had speak.
      const issuer = this.issuerOf(mention.noun!, at);
      if (issuer) return { ...issuer, certainty: 0.8 };
      const latest = this.subjects.findLast((subject) => subject.at < at && subject.kind !== "unnamed");
      return latest ? { speaker: latest.name, role: latest.role, certainty: 0.6, kind: latest.kind === "unnamed" ? null : latest.kind } : { speaker: null, role: null, certainty: 0.5, kind: null };
    }
    const noun = mention.noun ?? "";
    const { tokens } = this.article;
    if (mention.endToken - mention.firstToken === 1 && tokens[mention.firstToken]!.capitalised) {
      // "King said" after "Martin Luther King Jr.": a surname that is also a title.
      const named = this.persons.find((person) => endsWith(person.key, [noun]));
      if (named) return { speaker: named.name, role: named.role, certainty: 1, kind: "person" };
    }
    const qualified = this.qualifiedRole(mention, at);
    if (qualified) return qualified;
    const holds = (role: string | null) => role !== null && role.toLowerCase().split(/[\s-]+/).some((word) => word === noun || TITLE_ABBREVIATIONS.get(word.replace(/\.$/, "")) === noun);
    let latestPerson: Subject | undefined;
    for (let index = this.subjects.length - 1; index >= 0; index--) {
      const subject = this.subjects[index]!;
      if (subject.at >= at || subject.kind !== "person") continue;
      latestPerson ??= subject;
      if (holds(subject.role)) return { speaker: subject.name, role: subject.role, certainty: 0.85, kind: "person" };
    }
    const holder = this.persons.find((person) => person.start < at && holds(person.role)) ?? this.persons.find((person) => holds(person.role));
    if (holder) return { speaker: holder.name, role: holder.role, certainty: 0.8, kind: "person" };
    // "the source said" after "a source familiar with the talks", "the official" after "a senior official": still unnamed.
    const unnamedBefore = this.subjects.some((subject) => subject.at < at && subject.kind === "unnamed" && holds(subject.role));
    if (latestPerson && !unnamedBefore && !ANONYMOUS_ROLES.has(noun)) return { speaker: latestPerson.name, role: latestPerson.role, certainty: 0.6, kind: "person" };
    return { speaker: null, role: mention.role, certainty: 0.5, kind: null };
  }
}
