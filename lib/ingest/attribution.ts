import type { Article } from "./article";
import { REPORTING_VERBS, SPEECH_PARTICIPLES, SPEECH_VERBS, TITLE_WORDS, VERB_PRELUDE, WEEKDAYS } from "./lexicon";
import { phraseEndingAt, phraseStartingAt, type Mention } from "./names";
import type { Token } from "./nlp";

/** Who a stretch of text names as the source of some words, and how it names them. */
export type Attribution = {
  mention: Mention;
  /** The role an appositive gives ("Bevz, the deputy head of the delegation, said"). */
  appositiveRole: string | null;
  via: "after" | "before" | "according" | "dash";
  /** The speech verb (or "according"), when there is one. */
  verb: number | null;
};

const PASSIVE_AUX = new Set(["was", "were", "is", "are", "been", "being", "be"]);
const DASHES = new Set(["—", "–", "-", "--"]);
const RELATIVES = new Set(["who", "whose", "which", "where", "when", "whom"]);
const LOCATIVES = new Set(["in", "of", "from", "at"]);
const MAX_APPOSITIVE = 24;
const MAX_SEGMENTS = 4;

export function isSpeechVerb(token: Token | undefined): boolean {
  if (!token || !SPEECH_VERBS.has(token.lower)) return false;
  // The tagger sometimes reads "says"/"claims"/"calls" as nouns; "said"/"told" are never nouns.
  return token.pos === "VERB" || token.pos === "AUX" || /^(said|says|told|added|wrote)$/.test(token.lower);
}

function isAccordingTo(tokens: Token[], index: number): boolean {
  return tokens[index]?.lower === "according" && tokens[index + 1]?.lower === "to";
}

function acceptable(mention: Mention | null): mention is Mention {
  return mention !== null && mention.kind !== "relative";
}

/** The role an appositive gives when it reads as one ("the deputy head of the delegation", "a spokeswoman for …"). */
export function appositiveRole(article: Article, first: number, end: number): string | null {
  const { tokens, text } = article;
  if (end <= first) return null;
  const opener = tokens[first]!;
  const words = tokens.slice(first, end);
  const readsAsRole = /^(the|a|an)$/.test(opener.lower) || words.some((token) => TITLE_WORDS.has(token.lower));
  if (!readsAsRole || RELATIVES.has(opener.lower) || words.some((token) => token.pos === "VERB" && !TITLE_WORDS.has(token.lower))) return null;
  return text.slice(tokens[first]!.start, tokens[end - 1]!.end).replace(/^(the|a|an)\s+/i, "");
}

/** A comma-enclosed stretch that is exactly a person's name ("…, Carla Reyes, said"). */
function personFilling(article: Article, first: number, end: number, sentenceStart: number): Mention | null {
  const mention = phraseStartingAt(article.tokens, article.text, first, end, sentenceStart);
  return mention && mention.kind === "person" && mention.endToken === end ? mention : null;
}

/** Index of the next `,` at or after `from`, within `limit`; -1 past a sentence stop. */
function nextComma(tokens: Token[], from: number, limit: number): number {
  for (let index = from; index < limit && index - from < MAX_APPOSITIVE; index++) {
    const text = tokens[index]!.text;
    if (text === ",") return index;
    if (text === "." || text === ";") return -1;
  }
  return -1;
}

/** Skips words that may separate a subject from its verb, forwards ("also", "on Tuesday", "has"). */
function skipPreludeForward(tokens: Token[], index: number, limit: number): number {
  while (index < limit) {
    const token = tokens[index]!;
    if (VERB_PRELUDE.has(token.lower) || WEEKDAYS.has(token.lower) || token.lower === "not") index++;
    else if (token.lower === "on" && WEEKDAYS.has(tokens[index + 1]?.lower ?? "")) index += 2;
    else break;
  }
  return index;
}

/** Skips a parenthesis forwards ("Rep. Don Bacon (R-NE) said"). */
function skipParenthesis(tokens: Token[], index: number, limit: number): number {
  if (tokens[index]?.text !== "(") return index;
  for (let at = index + 1; at < limit && at - index < 10; at++) if (tokens[at]!.text === ")") return at + 1;
  return index;
}

/**
 * The speaker named right after a closing quotation mark: `"…," X said`, `"…," said X, the Y`,
 * `"…," X, the Y, said`, `"…," the Y, X, said`, `"…," he added`, `"…," according to X`, `"…" — X`.
 * Tokens [from, limit).
 */
export function attributionAfter(article: Article, from: number, limit: number, sentenceStart: number): Attribution | null {
  const { tokens, text } = article;
  let index = from;
  let dashed = false;
  // "‘We are not afraid’: Zelensky vows to fight on" (a headline) reads like `"…," X said`.
  if (tokens[index]?.text === ":") index++;
  while (index < limit && (tokens[index]!.text === "," || DASHES.has(tokens[index]!.text))) {
    dashed ||= DASHES.has(tokens[index]!.text);
    index++;
  }
  if (index >= limit) return null;
  if (isAccordingTo(tokens, index)) {
    const mention = phraseStartingAt(tokens, text, index + 2, limit, sentenceStart);
    return acceptable(mention) ? { mention, appositiveRole: appositiveAfter(article, mention.endToken, limit), via: "according", verb: index } : null;
  }
  if (isSpeechVerb(tokens[index]) && !SPEECH_PARTICIPLES.has(tokens[index]!.lower)) {
    // Inverted: "said X, the Y", "said a spokesman for the ministry, Anna Berg".
    const mention = phraseStartingAt(tokens, text, index + 1, limit, sentenceStart);
    if (!acceptable(mention)) return null;
    if (mention.kind === "role" && tokens[mention.endToken]?.text === ",") {
      const close = nextComma(tokens, mention.endToken + 1, limit);
      const person = personFilling(article, mention.endToken + 1, close > 0 ? close : Math.min(limit, mention.endToken + 6), sentenceStart) ?? personFilling(article, mention.endToken + 1, limit - 1, sentenceStart);
      if (person) return { mention: person, appositiveRole: mention.role, via: "after", verb: index };
    }
    return { mention, appositiveRole: appositiveAfter(article, mention.endToken, limit), via: "after", verb: index };
  }
  let mention = phraseStartingAt(tokens, text, index, limit, sentenceStart);
  if (!acceptable(mention)) return null;
  let next = skipPrepositionalPhrase(tokens, skipParenthesis(tokens, mention.endToken, limit), limit);
  if (dashed && (next >= limit - 1 || tokens[next]?.text === ",") && !tokens.slice(next, limit).some((token) => isSpeechVerb(token))) {
    // `"…" — Maria Lopez, a shop owner`: a signature, not a sentence.
    return { mention, appositiveRole: appositiveAfter(article, next, limit), via: "dash", verb: null };
  }
  let role: string | null = null;
  if (tokens[next]?.text === ",") {
    const close = nextComma(tokens, next + 1, limit);
    if (close > 0 && isSpeechVerb(tokens[skipPreludeForward(tokens, close + 1, limit)])) {
      // "the United States attorney …, Carla Reyes, said": the name in the commas is the speaker.
      const person = mention.kind !== "person" ? personFilling(article, next + 1, close, sentenceStart) : null;
      if (person) {
        role = mention.role ?? mention.name;
        mention = person;
      } else role = appositiveRole(article, next + 1, close);
      next = close + 1;
    }
  }
  if (tokens[next]?.lower === "and") {
    // "Smith and Jones said in a joint statement": the first named stands for both.
    const other = phraseStartingAt(tokens, text, next + 1, limit, sentenceStart);
    if (other) next = other.endToken;
  }
  next = skipPreludeForward(tokens, next, limit);
  const quotedAs = quotedAsSaying(tokens, next);
  if (quotedAs !== null) return { mention, appositiveRole: role, via: "after", verb: quotedAs };
  return isSpeechVerb(tokens[next]) ? { mention, appositiveRole: role, via: "after", verb: next } : null;
}

/** "was quoted as saying", "was quoted by RIA Novosti as saying": the index of "saying", or null. */
function quotedAsSaying(tokens: Token[], index: number): number | null {
  if (!PASSIVE_AUX.has(tokens[index]?.lower ?? "") || tokens[index + 1]?.lower !== "quoted") return null;
  for (let at = index + 2; at < index + 10; at++) {
    const token = tokens[at];
    if (!token || token.text === "." || token.text === ",") return null;
    if (token.lower === "as" && /^(saying|telling|writing)$/.test(tokens[at + 1]?.lower ?? "")) return at + 1;
  }
  return null;
}

/** ", the deputy head of the delegation" after a name, up to the next comma or the end. */
function appositiveAfter(article: Article, index: number, limit: number): string | null {
  const { tokens } = article;
  if (tokens[index]?.text !== ",") return null;
  let end = index + 1;
  while (end < limit && !/^[,.;:]$/.test(tokens[end]!.text) && !RELATIVES.has(tokens[end]!.lower) && end - index < MAX_APPOSITIVE) end++;
  return appositiveRole(article, index + 1, end);
}

/** "has not said", "did n't tell", "never said": no statement to attribute. */
export function isNegated(tokens: Token[], verb: number): boolean {
  for (let index = verb - 1; index >= 0 && verb - index <= 3; index--) {
    const word = tokens[index]!.lower;
    if (word === "not" || word === "n't" || word === "n’t" || word === "never") return true;
    if (!VERB_PRELUDE.has(word)) return false;
  }
  return false;
}

/** Skips words between a subject and its verb, backwards; returns the exclusive end of the subject. */
function skipPreludeBackward(tokens: Token[], index: number, floor: number): number {
  while (index > floor) {
    const token = tokens[index - 1]!;
    if (VERB_PRELUDE.has(token.lower) || WEEKDAYS.has(token.lower)) index--;
    else if (token.lower === "on" && WEEKDAYS.has(tokens[index]?.lower ?? "")) index--;
    else if (token.text === ")") {
      let open = index - 2;
      while (open > floor && tokens[open]!.text !== "(" && index - open < 10) open--;
      if (tokens[open]?.text !== "(") break;
      index = open;
    } else break;
  }
  return index;
}

/** A lone capitalised word with no title, or a body: what "in Tempe", "of the Gard fire service" name. */
function isPlaceLike(mention: Mention): boolean {
  return mention.kind === "body" || (mention.kind === "person" && !mention.role && !mention.name?.includes(" "));
}

/** "Raj Patel in Tempe", "residents of Kyiv": the one before the place. */
function pastPlace(article: Article, mention: Mention, floor: number, sentenceStart: number): Mention {
  const { tokens, text } = article;
  let current = mention;
  while (isPlaceLike(current) && LOCATIVES.has(tokens[current.firstToken - 1]?.lower ?? "")) {
    const before = phraseEndingAt(tokens, text, current.firstToken - 1, floor, sentenceStart);
    if (!before || before.kind === "relative" || before.kind === "pronoun") break;
    current = before;
  }
  return current;
}

/** Skips a prepositional phrase after a subject ("Captain Morel of the Gard fire service told AFP"). */
function skipPrepositionalPhrase(tokens: Token[], index: number, limit: number): number {
  if (!LOCATIVES.has(tokens[index]?.lower ?? "") && tokens[index]?.lower !== "for") return index;
  let at = index + 1;
  while (at < limit && at - index < 10) {
    const token = tokens[at]!;
    if ((token.pos === "PUNCT" && token.text !== "-" && token.text !== "'s" && token.text !== "’s") || ((token.pos === "VERB" || token.pos === "AUX") && !token.capitalised)) break;
    at++;
  }
  return at;
}

export type Subject = { mention: Mention; role: string | null };

/**
 * The subject of the verb at `verb`: the phrase before it, past appositives ("Bevz, the deputy head
 * of the delegation, said"; "Jordan Pike, a portfolio manager at X, which owns …, asked"), a name
 * in apposition to a description ("The opposition housing spokesman, Oliver Grant, said"), a place
 * ("Raj Patel in Tempe, Arizona, said") and a relative "who".
 */
export function subjectOf(article: Article, verb: number, floor: number, sentenceStart: number): Subject | null {
  const { tokens, text } = article;
  const end = skipPreludeBackward(tokens, verb, floor);
  if (tokens[end - 1]?.text !== ",") {
    const mention = phraseEndingAt(tokens, text, end, floor, sentenceStart);
    if (!mention) return null;
    if (mention.kind === "relative") return antecedentOf(article, mention, floor, sentenceStart);
    return { mention: pastPlace(article, mention, floor, sentenceStart), role: null };
  }
  // Walk back over the comma-enclosed stretches before the verb.
  let segmentEnd = end - 1;
  let role: string | null = null;
  for (let count = 0; count < MAX_SEGMENTS; count++) {
    let segmentStart = segmentEnd - 1;
    while (segmentStart >= floor && tokens[segmentStart]!.text !== "," && segmentEnd - segmentStart < MAX_APPOSITIVE) {
      if (/^[.;:]$/.test(tokens[segmentStart]!.text)) return null;
      segmentStart--;
    }
    const opensClause = segmentStart < floor || tokens[segmentStart]?.text !== ",";
    segmentStart = Math.max(segmentStart + 1, floor);
    if (segmentStart >= segmentEnd) return null;
    const mention = phraseEndingAt(tokens, text, segmentEnd, segmentStart, sentenceStart);
    if (opensClause) {
      if (!mention) return null;
      if (mention.kind === "relative") return antecedentOf(article, mention, floor, sentenceStart);
      return { mention: pastPlace(article, mention, floor, sentenceStart), role };
    }
    let firstWord = segmentStart;
    while (firstWord < segmentEnd && /^(the|a|an)$/.test(tokens[firstWord]!.lower)) firstWord++;
    const fills = mention !== null && mention.firstToken === firstWord;
    // "Tempe, Arizona": a lone capitalised word after another is a place, not the subject.
    const placePair = mention?.kind === "person" && !mention.role && !mention.name?.includes(" ") && (tokens[segmentStart - 2]?.capitalised ?? false);
    if (fills && mention.kind === "person" && !placePair) return { mention, role: role ?? mention.role };
    role ??= appositiveRole(article, segmentStart, segmentEnd);
    segmentEnd = segmentStart - 1;
  }
  return null;
}

function antecedentOf(article: Article, relative: Mention, floor: number, sentenceStart: number): Subject | null {
  // "…, residents like 90-year-old Liubov Petrivna, who told AP:"
  if (article.tokens[relative.firstToken - 1]?.text !== ",") return null;
  const antecedent = phraseEndingAt(article.tokens, article.text, relative.firstToken - 1, floor, sentenceStart);
  return antecedent && antecedent.kind !== "relative" ? { mention: antecedent, role: null } : null;
}

/**
 * Which speech verb of a stretch speaks first: for a quote, the one nearest it ("quote"), or simply
 * the nearest after a colon ("nearest"); for a sentence stating a figure, its main clause's
 * ("statement"), where verbs like "expects" and "recorded" count too.
 */
export type AttributionOrder = "quote" | "nearest" | "statement";

/**
 * The speaker named before a quotation mark in its sentence: `X said: "…"`, `X said that "…"`,
 * `X insisted the plan is still a "…"`, `According to X, "…"`, `X …, saying that "…"`. Tokens
 * [floor, end), skipping words inside other quotations. The speech verb nearest the quote wins,
 * unless it sits in the "that" clause of an earlier one (`Starmer …, saying that Zelenskyy had
 * indicated that "…"` is Starmer's words); after a colon the nearest always wins.
 */
export function attributionBefore(article: Article, floor: number, end: number, sentenceStart: number, order: AttributionOrder): Attribution | null {
  const { tokens, quoted } = article;
  const nearestFirst = order === "nearest";
  const verbs: number[] = [];
  for (let index = floor; index < end; index++) {
    if (quoted[index]) continue;
    const token = tokens[index]!;
    const stating = order === "statement" && REPORTING_VERBS.has(token.lower) && (token.pos === "VERB" || token.pos === "AUX");
    if (isAccordingTo(tokens, index) || isSpeechVerb(token) || SPEECH_PARTICIPLES.has(token.lower) || stating) verbs.push(index);
  }
  // In the "that" clause of an earlier verb: a "that" between them and no comma after it.
  const embedded = (verb: number) => {
    if (nearestFirst) return false;
    for (let index = verb - 1; index >= floor; index--) {
      const word = tokens[index]!.lower;
      if (word === ",") return false;
      if (word === "that") return verbs.some((earlier) => earlier < index);
    }
    return false;
  };
  const outer = verbs.filter((verb) => !embedded(verb));
  const tried = order === "statement" ? [...outer, ...verbs.filter(embedded)] : [...outer.reverse(), ...verbs.filter(embedded).reverse()];
  for (const index of tried) {
    const found = attributionAt(article, index, floor, end, sentenceStart);
    if (found) return found;
  }
  return null;
}

/** The speaker of the speech verb (or "according to") at `index`, if it has one. */
function attributionAt(article: Article, index: number, floor: number, end: number, sentenceStart: number): Attribution | null {
  const { tokens, text } = article;
  if (isAccordingTo(tokens, index)) {
    const mention = phraseStartingAt(tokens, text, index + 2, end, sentenceStart);
    return acceptable(mention) ? { mention, appositiveRole: appositiveAfter(article, mention.endToken, end), via: "according", verb: index } : null;
  }
  if (PASSIVE_AUX.has(tokens[index - 1]?.lower ?? "") || isNegated(tokens, index)) return null;
  if (tokens[index - 1]?.lower === "as") {
    // "Peskov was quoted by RIA Novosti as saying: …"
    let quoted = index - 2;
    while (quoted > floor && tokens[quoted]!.lower !== "quoted" && index - quoted < 10) quoted--;
    if (tokens[quoted]?.lower === "quoted" && PASSIVE_AUX.has(tokens[quoted - 1]?.lower ?? "")) {
      const subject = subjectOf(article, quoted - 1, floor, sentenceStart);
      return subject && acceptable(subject.mention) ? { mention: subject.mention, appositiveRole: subject.role, via: "before", verb: index } : null;
    }
  }
  if (SPEECH_PARTICIPLES.has(tokens[index]!.lower)) {
    // ", saying that …" hangs on the clause before it: its subject speaks.
    if (tokens[index - 1]?.text !== ",") return null;
    const main = nearestSubject(article, sentenceStart, index - 1);
    return main ? { mention: main.mention, appositiveRole: main.role, via: "before", verb: index } : null;
  }
  const subject = subjectOf(article, index, floor, sentenceStart);
  if (subject && acceptable(subject.mention)) return { mention: subject.mention, appositiveRole: subject.role, via: "before", verb: index };
  if (/^(and|but)$/.test(tokens[index - 1]?.lower ?? "")) {
    // "Macron said … and urged partners to …": a second verb of the same subject.
    const main = nearestSubject(article, sentenceStart, index - 1);
    if (main) return { mention: main.mention, appositiveRole: main.role, via: "before", verb: index };
  }
  return null;
}

/**
 * The subject of the nearest verb before token `end` that has one, outside relative clauses
 * (", who …,", ", whose team had led …,").
 */
export function nearestSubject(article: Article, sentenceStart: number, end: number): Subject | null {
  const { tokens, quoted } = article;
  const inRelative = new Uint8Array(Math.max(0, end - sentenceStart));
  let relative = false;
  for (let index = sentenceStart; index < end; index++) {
    const token = tokens[index]!;
    if (token.text === ",") relative = RELATIVES.has(tokens[index + 1]?.lower ?? "");
    inRelative[index - sentenceStart] = relative ? 1 : 0;
  }
  for (let index = end - 1; index >= sentenceStart; index--) {
    const token = tokens[index]!;
    if ((token.pos !== "VERB" && token.pos !== "AUX") || token.capitalised || quoted[index] || inRelative[index - sentenceStart]) continue;
    if (PASSIVE_AUX.has(tokens[index - 1]?.lower ?? "") || SPEECH_PARTICIPLES.has(token.lower)) continue;
    const subject = subjectOf(article, index, sentenceStart, sentenceStart);
    if (!subject || !acceptable(subject.mention)) continue;
    // Inside a "that" clause, "the office had been …" is what was said, not who said it.
    const { mention } = subject;
    const common = mention.kind === "body" && !tokens.slice(mention.firstToken, mention.endToken).some((word) => word.capitalised);
    if (common && tokens.slice(sentenceStart, mention.firstToken).some((word) => word.lower === "that")) continue;
    return subject;
  }
  return null;
}
