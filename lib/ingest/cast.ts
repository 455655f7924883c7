import type { Article, Sentence } from "./article";
import { isSpeechVerb, subjectOf } from "./attribution";
import { isNameWord, phraseEndingAt, type Mention } from "./names";
import { NAME_PARTICLES, TITLE_WORDS } from "./lexicon";
import type { QuoteSpan } from "./quotes";

/** A speaker resolved to the fullest name the article gives, with how sure the resolution is. */
export type ResolvedSpeaker = { speaker: string | null; role: string | null; certainty: number; kind: "person" | "body" | null };

type Person = { name: string; key: string[]; role: string | null; start: number };
/** Someone or something the narrative makes the subject of a verb, where pronouns look back to. */
type Subject = { at: number; kind: "person" | "body"; name: string; role: string | null };

export function nameKey(name: string): string[] {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[\s-]+/)
    .filter(Boolean);
}

function endsWith(whole: string[], tail: string[]): boolean {
  if (tail.length > whole.length) return false;
  const offset = whole.length - tail.length;
  return tail.every((word, index) => whole[offset + index] === word);
}

/** Most words in the line are capitalised: a title-case headline, where capitals do not mark names. */
function isTitleCase(article: Article, sentence: Sentence): boolean {
  let words = 0;
  let capitalised = 0;
  for (let index = sentence.firstToken; index < sentence.endToken; index++) {
    const token = article.tokens[index]!;
    if (token.text.length < 4 || !/^\p{L}/u.test(token.text)) continue;
    words++;
    if (token.capitalised) capitalised++;
  }
  return words >= 3 && capitalised / words > 0.7;
}

/**
 * The people and bodies the article names: every person's fullest name and role, and the subjects
 * of its sentences in order, so "Bevz", "Mr. Bevz", "he" and "the delegate" resolve to one name.
 */
export class Cast {
  private readonly persons: Person[] = [];
  private readonly subjects: Subject[] = [];
  private readonly bodies: { name: string; key: string[]; at: number }[] = [];

  constructor(private readonly article: Article, quotes: QuoteSpan[]) {
    const insideQuote = (at: number) => quotes.some((quote) => at > quote.open && at < (quote.close ?? quote.end));
    for (const sentence of article.sentences) {
      if (isTitleCase(article, sentence)) continue;
      this.readSentence(sentence, insideQuote);
    }
    this.subjects.sort((a, b) => a.at - b.at);
  }

  private readSentence(sentence: Sentence, insideQuote: (at: number) => boolean): void {
    const { tokens, text } = this.article;
    for (let index = sentence.firstToken; index < sentence.endToken; index++) {
      if (!isNameWord(tokens[index]!, sentence.firstToken) || insideQuote(tokens[index]!.start)) continue;
      let end = index + 1;
      while (end < sentence.endToken && (isNameWord(tokens[end]!, sentence.firstToken) || NAME_PARTICLES.has(tokens[end]!.lower) || (tokens[end]!.text === "-" && tokens[end + 1]?.capitalised))) end++;
      const mention = phraseEndingAt(tokens, text, end, sentence.firstToken, sentence.firstToken);
      index = end - 1;
      if (!mention || (mention.kind !== "person" && mention.kind !== "body") || !mention.name) continue;
      if (mention.kind === "person") {
        // A lone capitalised word is a person only with a title ("Mr. Bevz", "President Trump"): "Russia" is not.
        const titled = mention.role !== null || /^(Mr|Mrs|Ms|Dr|Prof)\b/.test(text.slice(tokens[mention.firstToken]!.start, tokens[end - 1]!.end));
        if (mention.name.includes(" ") || titled) this.addPerson(mention.name, mention.role ?? this.appositiveAfter(end, sentence), tokens[mention.firstToken]!.start);
      }
      else this.bodies.push({ name: mention.name, key: nameKey(mention.name), at: tokens[mention.firstToken]!.start });
      if (this.isSubjectAt(end, sentence)) this.noteSubject(mention, tokens[mention.firstToken]!.start);
    }
  }

  /** ", the deputy head of the delegation," after a name. */
  private appositiveAfter(end: number, sentence: Sentence): string | null {
    const { tokens } = this.article;
    if (tokens[end]?.text !== "," || !/^(the|a|an)$/i.test(tokens[end + 1]?.text ?? "")) return null;
    let close = end + 2;
    while (close < sentence.endToken && tokens[close]!.text !== "," && close - end < 16) {
      if (/^[.;:]$/.test(tokens[close]!.text)) return null;
      close++;
    }
    if (tokens[close]?.text !== ",") return null;
    const words = tokens.slice(end + 2, close);
    if (!words.some((token) => TITLE_WORDS.has(token.lower))) return null;
    return this.article.text.slice(words[0]!.start, words[words.length - 1]!.end);
  }

  /** Is the name ending before `end` the subject of a verb (past a parenthesis or an appositive)? */
  private isSubjectAt(end: number, sentence: Sentence): boolean {
    const { tokens } = this.article;
    for (let index = end; index < Math.min(sentence.endToken, end + 20); index++) {
      const token = tokens[index]!;
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
    this.persons.push({ name, key, role, start });
  }

  /** A person or body becomes the latest subject pronouns may point back to. */
  noteSubject(mention: Mention, at: number): void {
    if ((mention.kind !== "person" && mention.kind !== "body") || !mention.name) return;
    const resolved = this.resolveName(mention);
    const subject: Subject = { at, kind: mention.kind, name: resolved.speaker ?? mention.name, role: resolved.role };
    let index = this.subjects.length;
    while (index > 0 && this.subjects[index - 1]!.at > at) index--;
    this.subjects.splice(index, 0, subject);
  }

  /** The fullest name the article gives a person ("Bevz" → "Oleksandr Bevz") and its role. */
  private resolveName(mention: Mention): ResolvedSpeaker {
    const name = mention.name!;
    if (mention.kind === "body") {
      const key = nameKey(name.replace(/^(the|a|an)\s+/i, ""));
      // "the air force" after "Ukraine's air force".
      const fuller = this.bodies.filter((body) => body.key.length > key.length && endsWith(body.key, key)).sort((a, b) => b.key.length - a.key.length)[0];
      return { speaker: fuller?.name ?? name, role: null, certainty: 1, kind: "body" };
    }
    const key = nameKey(name);
    let best: Person | undefined;
    for (const person of this.persons) {
      if (!endsWith(person.key, key)) continue;
      if (!best || person.key.length > best.key.length) best = person;
    }
    if (!best && key.length === 1) {
      // A lone word no person carries as a surname: "Russia said", "Bloomberg said".
      const isPersonLike = mention.role !== null;
      return { speaker: name, role: mention.role, certainty: 1, kind: isPersonLike ? "person" : "body" };
    }
    return { speaker: best?.name ?? name, role: mention.role ?? best?.role ?? null, certainty: 1, kind: "person" };
  }

  /**
   * Resolves a mention met at offset `at`: a name to its fullest form, a pronoun to the latest
   * subject before it ("he" → a person, "it" → a body), a role noun to the latest person whose role
   * holds that noun, else the latest person.
   */
  resolve(mention: Mention, at: number, appositiveRole: string | null = null): ResolvedSpeaker {
    if (mention.kind === "person" || mention.kind === "body") {
      const resolved = this.resolveName(mention);
      return { ...resolved, role: appositiveRole ?? resolved.role };
    }
    const before = this.subjects.filter((subject) => subject.at < at);
    if (mention.kind === "pronoun") {
      const wantsPerson = mention.noun === "he" || mention.noun === "she";
      const found = [...before].reverse().find((subject) => (wantsPerson ? subject.kind === "person" : subject.kind === "body"));
      if (!found) return { speaker: null, role: null, certainty: 0.5, kind: null };
      return { speaker: found.name, role: found.role, certainty: 0.85, kind: found.kind };
    }
    // A role noun: "the minister", "the spokesperson".
    const noun = mention.noun ?? "";
    const persons = [...before].reverse().filter((subject) => subject.kind === "person");
    const holder =
      persons.find((subject) => subject.role?.toLowerCase().includes(noun)) ??
      this.persons.find((person) => person.start < at && person.role?.toLowerCase().includes(noun));
    if (holder) return { speaker: holder.name, role: holder.role, certainty: 0.85, kind: "person" };
    if (!mention.indefinite && persons[0]) return { speaker: persons[0].name, role: persons[0].role, certainty: 0.6, kind: "person" };
    return { speaker: null, role: mention.role, certainty: 0.5, kind: null };
  }
}
