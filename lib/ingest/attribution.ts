import type { Article } from "./article";
import { SPEECH_PARTICIPLES, SPEECH_VERBS, TITLE_WORDS, VERB_PRELUDE, WEEKDAYS } from "./lexicon";
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
const MAX_APPOSITIVE = 18;

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
function appositiveRole(article: Article, first: number, end: number): string | null {
  const { tokens, text } = article;
  if (end <= first) return null;
  const opener = tokens[first]!;
  const readsAsRole = /^(the|a|an)$/.test(opener.lower) || tokens.slice(first, end).some((token) => TITLE_WORDS.has(token.lower));
  if (!readsAsRole || opener.lower === "who" || tokens.slice(first, end).some((token) => token.pos === "VERB" && !TITLE_WORDS.has(token.lower))) return null;
  return text.slice(tokens[first]!.start, tokens[end - 1]!.end).replace(/^(the|a|an)\s+/i, "");
}

/** Index of the next `,` (or `)` for an opening parenthesis) at or after `from`, within `limit`. */
function nextComma(tokens: Token[], from: number, limit: number): number {
  for (let index = from; index < limit && index - from < MAX_APPOSITIVE; index++) {
    const text = tokens[index]!.text;
    if (text === "," ) return index;
    if (text === "." || text === ";" || /["“”]/.test(text)) return -1;
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
 * `"…," X, the Y, said`, `"…," he added`, `"…," according to X`, `"…" — X`. Tokens [from, limit).
 */
export function attributionAfter(article: Article, from: number, limit: number, sentenceStart: number): Attribution | null {
  const { tokens, text } = article;
  let index = from;
  let dashed = false;
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
    // Inverted: "said X, the Y".
    const mention = phraseStartingAt(tokens, text, index + 1, limit, sentenceStart);
    if (!acceptable(mention)) return null;
    return { mention, appositiveRole: appositiveAfter(article, mention.endToken, limit), via: "after", verb: index };
  }
  const mention = phraseStartingAt(tokens, text, index, limit, sentenceStart);
  if (!acceptable(mention)) return null;
  let next = skipParenthesis(tokens, mention.endToken, limit);
  let role: string | null = null;
  if (tokens[next]?.text === ",") {
    const close = nextComma(tokens, next + 1, limit);
    if (close > 0) {
      const verbAt = skipPreludeForward(tokens, close + 1, limit);
      if (isSpeechVerb(tokens[verbAt])) {
        role = appositiveRole(article, next + 1, close);
        next = close + 1;
      }
    }
  }
  next = skipPreludeForward(tokens, next, limit);
  if (isSpeechVerb(tokens[next])) return { mention, appositiveRole: role, via: "after", verb: next };
  if (dashed && next >= limit - 1) return { mention, appositiveRole: role, via: "dash", verb: null };
  return null;
}

/** ", the deputy head of the delegation" after a name, up to the next comma or the end. */
function appositiveAfter(article: Article, index: number, limit: number): string | null {
  const { tokens } = article;
  if (tokens[index]?.text !== ",") return null;
  let end = index + 1;
  while (end < limit && !/^[,.;:]$/.test(tokens[end]!.text) && tokens[end]!.lower !== "who" && end - index < MAX_APPOSITIVE) end++;
  return appositiveRole(article, index + 1, end);
}

/** Skips words between a subject and its verb, backwards; returns the exclusive end of the subject. */
function skipPreludeBackward(tokens: Token[], index: number, floor: number): number {
  while (index > floor) {
    const token = tokens[index - 1]!;
    if (VERB_PRELUDE.has(token.lower) || WEEKDAYS.has(token.lower) || token.lower === "not") index--;
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

/** The subject of the verb at `verb`: the phrase before it, past an appositive and a relative "who". */
export function subjectOf(article: Article, verb: number, floor: number, sentenceStart: number): { mention: Mention; role: string | null } | null {
  const { tokens, text } = article;
  let end = skipPreludeBackward(tokens, verb, floor);
  let role: string | null = null;
  if (tokens[end - 1]?.text === ",") {
    // "Bevz, the deputy head of the delegation, said"
    let open = end - 2;
    while (open >= floor && tokens[open]!.text !== "," && end - open < MAX_APPOSITIVE) {
      if (/^[.;:"“”]$/.test(tokens[open]!.text)) {
        open = -1;
        break;
      }
      open--;
    }
    if (open < floor || tokens[open]?.text !== ",") return null;
    role = appositiveRole(article, open + 1, end - 1);
    end = open;
  }
  const mention = phraseEndingAt(tokens, text, end, floor, sentenceStart);
  if (!mention) return null;
  if (mention.kind === "relative") {
    // "…, residents like 90-year-old Liubov Petrivna, who told AP:"
    if (tokens[mention.firstToken - 1]?.text !== ",") return null;
    const antecedent = phraseEndingAt(tokens, text, mention.firstToken - 1, floor, sentenceStart);
    return antecedent && antecedent.kind !== "relative" ? { mention: antecedent, role } : null;
  }
  return { mention, role };
}

/**
 * The speaker named before a quotation mark in its sentence: `X said: "…"`, `X said that "…"`,
 * `X insisted the plan is still a "…"`, `According to X, "…"`, `X …, saying that "…"`. Tokens
 * [floor, end). The main clause's speaker wins (`Starmer said Zelenskyy had indicated that "…"` is
 * Starmer's); after a colon the nearest verb does (`X said Y told him: "…"` quotes Y).
 */
export function attributionBefore(article: Article, floor: number, end: number, sentenceStart: number, nearestFirst: boolean): Attribution | null {
  const { tokens, text } = article;
  const order: number[] = [];
  for (let index = floor; index < end; index++) order.push(index);
  if (nearestFirst) order.reverse();
  for (const index of order) {
    const token = tokens[index]!;
    if (isAccordingTo(tokens, index)) {
      const mention = phraseStartingAt(tokens, text, index + 2, end, sentenceStart);
      if (acceptable(mention)) return { mention, appositiveRole: appositiveAfter(article, mention.endToken, end), via: "according", verb: index };
      continue;
    }
    if (!isSpeechVerb(token) && !SPEECH_PARTICIPLES.has(token.lower)) continue;
    if (PASSIVE_AUX.has(tokens[index - 1]?.lower ?? "")) continue;
    if (SPEECH_PARTICIPLES.has(token.lower)) {
      // ", saying that …" hangs on the main clause: its subject is the sentence's first speaker.
      if (tokens[index - 1]?.text !== ",") continue;
      const main = mainSubject(article, sentenceStart, index - 1);
      if (main) return { mention: main.mention, appositiveRole: main.role, via: "before", verb: index };
      continue;
    }
    const subject = subjectOf(article, index, floor, sentenceStart);
    if (subject && acceptable(subject.mention)) return { mention: subject.mention, appositiveRole: subject.role, via: "before", verb: index };
    if (/^(and|but)$/.test(tokens[index - 1]?.lower ?? "")) {
      // "Macron said … and urged partners to …": a second verb of the same subject.
      const main = mainSubject(article, sentenceStart, index - 1);
      if (main) return { mention: main.mention, appositiveRole: main.role, via: "before", verb: index };
    }
  }
  return null;
}

/** The subject of the first verb of the sentence that has one, before token `end`. */
function mainSubject(article: Article, sentenceStart: number, end: number): { mention: Mention; role: string | null } | null {
  const { tokens } = article;
  for (let index = sentenceStart; index < end; index++) {
    const token = tokens[index]!;
    if ((token.pos !== "VERB" && token.pos !== "AUX") || token.capitalised) continue;
    const subject = subjectOf(article, index, sentenceStart, sentenceStart);
    if (subject && acceptable(subject.mention)) return subject;
  }
  return null;
}
