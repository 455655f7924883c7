import type { Article } from "./article";
import { DOCUMENT_NOUNS, DOCUMENT_VERBS, QUOTING_VERBS, REPORTING_VERBS, SPEECH_PARTICIPLES, VERB_PRELUDE, WEEKDAYS } from "./lexicon";
import { phraseStartingAt, type Mention } from "./names";
import type { Token } from "./nlp";
import { acceptable, appositiveRole, isClauseStop, isNegated, isSpeechVerb, LOCATIVES, MAX_APPOSITIVE, nearestSubject, PASSIVE_AUX, RELATIVES, subjectOf, type Subject } from "./subject";

/** Who a stretch of text names as the source of some words, and how it names them. */
export type Attribution = {
  mention: Mention;
  /** The role an appositive gives ("Bevz, the deputy head of the delegation, said"). */
  appositiveRole: string | null;
  via: "after" | "before" | "according" | "dash";
  /** The speech verb (or "according"), when there is one. */
  verb: number | null;
};

const DASHES = new Set(["—", "–", "-", "--"]);

function isAccordingTo(tokens: Token[], index: number): boolean {
  return tokens[index]?.lower === "according" && tokens[index + 1]?.lower === "to";
}

/** A comma-enclosed stretch that is exactly a person's name ("…, Carla Reyes, said"). */
function personFilling(article: Article, first: number, end: number, sentenceStart: number): Mention | null {
  const mention = phraseStartingAt(article.tokens, article.text, first, end, sentenceStart);
  return mention && mention.kind === "person" && mention.endToken === end ? mention : null;
}

/** Index of the next `,` at or after `from`, within `limit`; -1 past a sentence stop. */
function nextComma(tokens: Token[], from: number, limit: number): number {
  for (let index = from; index < limit && index - from < MAX_APPOSITIVE; index++) {
    if (tokens[index]!.text === ",") return index;
    if (isClauseStop(tokens, index)) return -1;
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
  if ((isSpeechVerb(tokens[index]) && !SPEECH_PARTICIPLES.has(tokens[index]!.lower)) || DOCUMENT_VERBS.has(tokens[index]!.lower)) {
    // Inverted: "said X, the Y", "said a spokesman for the ministry, Anna Berg", "read a post".
    const mention = phraseStartingAt(tokens, text, index + 1, limit, sentenceStart);
    if (!acceptable(mention) || (!isSpeechVerb(tokens[index]) && !isDocument(mention))) return null;
    if (mention.kind === "role" && tokens[mention.endToken]?.text === ",") {
      const close = nextComma(tokens, mention.endToken + 1, limit);
      let end = close > 0 ? close : limit;
      while (end > mention.endToken + 1 && tokens[end - 1]!.pos === "PUNCT") end--;
      const person = personFilling(article, mention.endToken + 1, end, sentenceStart);
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
  const speaks = isSpeechVerb(tokens[next]) || (DOCUMENT_VERBS.has(tokens[next]?.lower ?? "") && isDocument(mention));
  return speaks ? { mention, appositiveRole: role, via: "after", verb: next } : null;
}

/** "the post", "a statement": a document with no author named in it, whose words it "reads". */
function isDocument(mention: Mention): boolean {
  return mention.kind === "role" && DOCUMENT_NOUNS.has(mention.noun ?? "");
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
      // "…, its developer said, results that researchers called “…”": a "that" the earlier verb
      // reaches only past a comma relates to a noun; the later verb speaks for itself.
      if (word === "that") return verbs.some((earlier) => earlier < index && !tokens.slice(earlier + 1, index).some((token) => token.text === ","));
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

/** The subject of the first speech verb among tokens [sentenceStart, end), outside quotations. */
function speakerOfClause(article: Article, sentenceStart: number, end: number): Subject | null {
  const { tokens, quoted } = article;
  for (let index = sentenceStart; index < end; index++) {
    if (quoted[index] || !isSpeechVerb(tokens[index]) || SPEECH_PARTICIPLES.has(tokens[index]!.lower) || isNegated(tokens, index)) continue;
    const subject = subjectOf(article, index, sentenceStart, sentenceStart);
    return subject && acceptable(subject.mention) ? subject : null;
  }
  return null;
}

const DECLINING_VERBS = new Set(["declined", "declines", "refused", "refuses"]);

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
    // "The affidavit quotes Pruitt telling a detective: …": the one quoted speaks.
    let nameStart = index;
    while (nameStart > floor && tokens[nameStart - 1]!.capitalised) nameStart--;
    if (nameStart < index && QUOTING_VERBS.has(tokens[nameStart - 1]?.lower ?? "")) {
      const quotedPerson = phraseStartingAt(tokens, text, nameStart, index, sentenceStart);
      if (quotedPerson?.kind === "person") return { mention: quotedPerson, appositiveRole: null, via: "before", verb: index };
    }
    // ", saying that …" hangs on the clause before it: its subject speaks. After "X said … they
    // expected Acme's margin to fall, calling it …", the clause of a pronoun, a common noun or a
    // lone name is what X said: X speaks. A person named in full there speaks for themself.
    if (tokens[index - 1]?.text !== ",") return null;
    let main = nearestSubject(article, sentenceStart, index - 1);
    const named = main?.mention.kind === "person" && (main.mention.name!.includes(" ") || main.mention.honorific !== undefined || main.mention.role !== null);
    if (main && !named) main = speakerOfClause(article, sentenceStart, main.mention.firstToken) ?? main;
    return main ? { mention: main.mention, appositiveRole: main.role, via: "before", verb: index } : null;
  }
  // "X declined to comment on “market rumors”": the words are the decliner's.
  const declining = tokens[index - 1]?.lower === "to" && DECLINING_VERBS.has(tokens[index - 2]?.lower ?? "") ? index - 2 : index;
  const subject = subjectOf(article, declining, floor, sentenceStart);
  if (subject && acceptable(subject.mention)) return { mention: subject.mention, appositiveRole: subject.role, via: "before", verb: index };
  if (/^(and|but)$/.test(tokens[index - 1]?.lower ?? "")) {
    // "Macron said … and urged partners to …": a second verb of the same subject; after "Ortiz said
    // Cole had been …, and added:", the one who said, not the one in what was said.
    const main = speakerOfClause(article, sentenceStart, index - 1) ?? nearestSubject(article, sentenceStart, index - 1);
    if (main) return { mention: main.mention, appositiveRole: main.role, via: "before", verb: index };
  }
  return null;
}

