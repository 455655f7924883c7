import { isLinkLine, sentenceAt, tokenAt, type Article, type Sentence } from "./article";
import { attributionAfter, attributionBefore, type Attribution } from "./attribution";
import { isSpeechVerb, nearestSubject } from "./subject";
import { isTitleCase, type Cast, type ResolvedSpeaker } from "./cast";
import type { Candidate } from "./candidate";
import { ASKING_VERBS, BODY_ABBREVIATIONS, LABEL_BEFORE_AS, LABEL_CUES, NAMING_VERBS } from "./lexicon";
import { phraseEndingAt } from "./names";
import type { QuoteSpan } from "./quotes";
import type { Mention } from "./names";

/** How sure each way of finding a speaker is; resolving a pronoun or a role multiplies it down. */
const CONFIDENCE = {
  after: 0.95,
  dash: 0.85,
  before: 0.9,
  according: 0.85,
  partial: 0.8,
  colonIntro: 0.85,
  sameSentence: 0.8,
  sameParagraph: 0.8,
  namedNext: 0.65,
  previousParagraph: 0.7,
  narrative: 0.6,
  namedAfter: 0.55,
  headline: 0.6,
  none: 0.3,
} as const;

type Spoken = { speaker: ResolvedSpeaker; lastParagraph: number; sentence: Sentence };

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Every word of two or more capitalised: a title ("The Art of the Deal", "Mostly Harmless"), not someone's words. */
function isTitleLike(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word));
  return words.length >= 2 && words.every((word) => /^\p{Lu}/u.test(word));
}

/** Does the quote read as someone's sentence, clear enough to keep without a speaker? */
function isSentenceLike(text: string): boolean {
  return wordCount(text) >= 4 || (wordCount(text) >= 2 && /[.!?]$/.test(text.trim()));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Are there words outside quotation marks among tokens [first, end)? */
function hasWords(article: Article, first: number, end: number): boolean {
  for (let index = first; index < end; index++) if (!article.quoted[index] && /[\p{L}\p{N}]/u.test(article.tokens[index]!.text)) return true;
  return false;
}

/** The words before the mark make the quotation a label: "so-called", "dubbed", "known as a", "the film". */
function isLabelled(article: Article, openToken: number): boolean {
  const { tokens } = article;
  let index = openToken - 1;
  while (index >= 0 && /^(a|an|the)$/.test(tokens[index]!.lower)) index--;
  const before = tokens[index]?.lower ?? "";
  return LABEL_CUES.has(before) || (before === "as" && LABEL_BEFORE_AS.has(tokens[index - 1]?.lower ?? "")) || (before === "as" && tokens[index - 1]?.lower === "to" && tokens[index - 2]?.lower === "referred");
}

/** `called it "Bran"`, `named the storm "Ciaran"`: a proper name given to something, not a claim. */
function isGivenName(article: Article, openToken: number, text: string): boolean {
  const { tokens } = article;
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length > 3 || !words.every((word) => /^\p{Lu}/u.test(word))) return false;
  for (let index = openToken - 1; index >= Math.max(0, openToken - 4); index--) {
    if (NAMING_VERBS.has(tokens[index]!.lower)) return true;
    if (tokens[index]!.pos === "PUNCT") return false;
  }
  return false;
}

/**
 * Direct quotes with their speakers. For each quote: the wire attribution after it (`"…," X said`),
 * else the one before it in its sentence (`X said: "…"`, `X insisted it was a "…"`), else the
 * speaker of an attributed quote earlier in the same sentence. A quote with none of these is kept
 * only when it opens its sentence (a continuation), and takes its speaker from, in order: an
 * earlier quote of its paragraph, a paragraph ending `X said:` just before, the person its
 * paragraph was about, a person named in the next sentence, the previous paragraph's quote or
 * subject, the next paragraph's first person; failing all, it is kept without a speaker if it reads
 * as a sentence. Scare quotes, titles, labels and names given ("called it “Bran”") are dropped
 * unless attributed in their sentence; so is a question an unnamed reporter asked. A headline's
 * colon-form quote whose speaker the headline only describes takes the speaker of the body quote
 * it lifts.
 */
export function quoteCandidates(article: Article, quotes: QuoteSpan[], cast: Cast): Candidate[] {
  const { tokens } = article;
  const candidates: Candidate[] = [];
  const headlines: QuoteSpan[] = [];
  let previous: Spoken | null = null;
  let lastKeptClose = -1;
  for (let position = 0; position < quotes.length; position++) {
    const quote = quotes[position]!;
    const sentence = sentenceAt(article, quote.open);
    if (!sentence || isLinkLine(article, quote.open)) continue;
    const openToken = tokenAt(article, quote.open);
    const floor = lastKeptClose >= sentence.start ? tokenAt(article, lastKeptClose) + 1 : sentence.firstToken;
    const lastBefore = tokens[openToken - 1];
    // A dateline ("LONDON (Reuters) — “…") opens the sentence as much as nothing does.
    const afterDateline = /^[—–-]$/.test(lastBefore?.text ?? "") && openToken - sentence.firstToken <= 8 && opensItsParagraph(article, sentence);
    const opensSentence = afterDateline || !hasWords(article, sentence.firstToken, openToken);
    const afterColon = !opensSentence && lastBefore?.text === ":";
    const afterComma = !opensSentence && lastBefore?.text === ",";

    let after: Attribution | null = null;
    if (quote.close !== null) {
      const closeToken = tokenAt(article, quote.close);
      const closeSentence = sentenceAt(article, quote.close)!;
      const next = quotes[position + 1];
      const nextOpen = next && next.paragraph === quote.lastParagraph ? tokenAt(article, next.open) : Number.POSITIVE_INFINITY;
      after = attributionAfter(article, closeToken + 1, Math.min(closeSentence.endToken, nextOpen), closeSentence.firstToken);
      // `“…?” Gorsuch asked.`: the model ends the sentence at the question mark.
      const following = article.sentences[closeSentence.index + 1];
      if (!after && closeSentence.endToken === closeToken + 1 && /[?!,]$/.test(quote.text) && following?.paragraph === quote.lastParagraph && following.firstToken < nextOpen) {
        after = attributionAfter(article, following.firstToken, Math.min(following.endToken, nextOpen), following.firstToken);
      }
    }
    let before = opensSentence ? null : attributionBefore(article, floor, openToken, sentence.firstToken, afterColon ? "nearest" : "quote");
    if (!before && afterColon) before = colonSubject(article, sentence, floor, openToken);
    // `Protesters refused “multiple requests” to leave, spokesperson Dana Kessler said.`: the tag closing the sentence.
    if (!after && !before && quote.close !== null) after = closingTag(article, tokenAt(article, quote.close) + 1, quotes[position + 1]);
    // `When a reporter asked, "…?" Whitfield said …`: the question is the asker's; the name after it answers.
    const askedJustBefore = before !== null && isAskedBy(article, before) && before.verb !== null && openToken - before.verb <= 2;
    const attribution = after && !askedJustBefore && (/[,?!]$/.test(quote.text) || opensSentence || !before) ? after : (before ?? after);

    const quoteStartsCapital = /^\p{Lu}/u.test(quote.text);
    const partial = !opensSentence && !afterColon && !afterComma && !(quoteStartsCapital && isSpeechVerb(lastBefore));
    if ((isLabelled(article, openToken) || (!opensSentence && isTitleLike(quote.text))) && wordCount(quote.text) <= 6) continue;
    if (!opensSentence && isGivenName(article, openToken, quote.text.replace(/[,.;:]+$/, ""))) continue;

    let speaker: ResolvedSpeaker | null = null;
    let confidence: number = CONFIDENCE.none;
    if (attribution) {
      speaker = cast.resolve(attribution.mention, quote.open, attribution.appositiveRole);
      if (quote.single && (isColonForm(article, quote) || afterColon) && isHeadlineDescription(article, attribution.mention)) {
        // "‘No way out’: Villagers recall …", "Water firm fined: ‘We let customers down’": a
        // description in a headline's capitals, not a name.
        if (quote.paragraph === 0) headlines.push(quote);
        continue;
      }
      // A word or two in quotation marks is someone's only if the article says whose ("analysts warned of such "episodes"" is a term).
      if (partial && !speaker.speaker && wordCount(quote.text) <= 2) continue;
      // "“Will you run?” a reporter asked her": a question from someone unnamed is no one's claim.
      if (!speaker.speaker && isAskedBy(article, attribution)) continue;
      confidence = (partial ? CONFIDENCE.partial : CONFIDENCE[attribution.via]) * speaker.certainty;
      cast.noteSubject(attribution.mention, tokens[attribution.mention.firstToken]!.start);
    } else if (previous?.sentence === sentence && wordCount(quote.text) >= 3) {
      // A second quote in a sentence whose first was attributed: `X said it was "…" and urged "…"`.
      speaker = previous.speaker;
      confidence = CONFIDENCE.sameSentence;
    } else {
      // A headline's single marks need their "X says" in the headline itself, or the colon form.
      if (quote.single && opensSentence && quote.paragraph === 0 && isColonForm(article, quote)) headlines.push(quote);
      if (partial || quote.single || !(opensSentence || afterColon)) continue;
      const found = unattributedSpeaker(article, quote, sentence, previous, cast);
      if (!found && !isSentenceLike(quote.text)) continue;
      if (found) [speaker, confidence] = found;
    }
    lastKeptClose = quote.close ?? quote.end;
    if (speaker?.speaker) previous = { speaker, lastParagraph: quote.lastParagraph, sentence: sentenceAt(article, lastKeptClose)! };
    candidates.push({
      kind: "quote",
      text: quote.text,
      speaker: speaker?.speaker ?? null,
      speakerRole: speaker?.speaker ? speaker.role : null,
      paragraph: quote.paragraph,
      partial,
      confidence: round(quote.single ? confidence * 0.9 : confidence),
      start: quote.start,
      end: quote.end,
    });
  }
  return withHeadlineQuotes(article, cast, quotes, headlines, candidates);
}

/**
 * The headline's single-quoted words, whatever its form ("Minister says deal ‘within reach’",
 * "…, family says ‘we can finally breathe’", "Club signs X in ‘historic’ deal"): a headline lifts
 * them from the story, so the body's speaker of the same words speaks them; the headline's own
 * subject is often a country or a description ("Turkey says"). Without a body source, a headline
 * quote keeps its own attribution, or stays without a speaker in the colon form, or is dropped.
 */
function withHeadlineQuotes(article: Article, cast: Cast, quotes: QuoteSpan[], colonForms: QuoteSpan[], candidates: Candidate[]): Candidate[] {
  const result = candidates.filter((candidate) => !isHeadlineSingle(quotes, candidate));
  for (const quote of quotes) {
    if (!isHeadlineQuote(quote)) continue;
    const body = candidates.filter((candidate) => candidate.paragraph > quote.paragraph && candidate.speaker !== null);
    const own = candidates.find((candidate) => candidate.start === quote.start);
    const lifted = bodySource(quote, body);
    const titled = lifted || own ? null : titleCaseSpeaker(article, cast, quote);
    if (lifted) result.push(headlineCandidate(quote, lifted));
    else if (own) result.push(own);
    else if (titled) result.push({ ...headlineCandidate(quote, null), speaker: titled.speaker, speakerRole: titled.role, partial: true, confidence: round(CONFIDENCE.headline * titled.certainty) });
    else if (colonForms.includes(quote)) result.push(headlineCandidate(quote, null));
  }
  return result.sort((a, b) => a.start - b.start);
}

/**
 * "Justice Dept. Says Cloudway Built a 'Walled Garden'": a title-case headline capitalises its
 * verb and may break its sentence at an abbreviation, so its "X Says" is read here across the
 * whole line: the names before the verb, as the story names them.
 */
function titleCaseSpeaker(article: Article, cast: Cast, quote: QuoteSpan): ResolvedSpeaker | null {
  const { tokens, text } = article;
  const sentence = sentenceAt(article, quote.open);
  if (!sentence || !isTitleCase(article, sentence)) return null;
  const open = tokenAt(article, quote.open);
  let first = open;
  while (first > 0 && tokens[first - 1]!.start >= article.paragraphs[0]!.start) first--;
  for (let verb = open - 1; verb > first; verb--) {
    if (!SAYING_HEADLINE_VERBS.has(tokens[verb]!.lower)) continue;
    let floor = verb - 1;
    while (floor > first && !/^[,:;]$/.test(tokens[floor - 1]!.text)) floor--;
    // "Justice Dept. Says": the abbreviation's full stop is no end of the name.
    const end = tokens[verb - 1]!.text === "." && tokens[verb - 2]?.end === tokens[verb - 1]!.start ? verb - 1 : verb;
    let mention = phraseEndingAt(tokens, text, end, floor, floor);
    if (!mention || (mention.kind !== "person" && mention.kind !== "body")) return null;
    if (BODY_ABBREVIATIONS.has(tokens[end - 1]!.lower)) {
      mention = { kind: "body", name: text.slice(tokens[mention.firstToken]!.start, tokens[end - 1]!.end), role: null, noun: null, firstToken: mention.firstToken, endToken: end };
    }
    const speaker = cast.resolve(mention, quote.open);
    return speaker.speaker ? speaker : null;
  }
  return null;
}

/** A headline's verbs of saying, in any case ("Says", "Warns"). */
const SAYING_HEADLINE_VERBS = new Set(["says", "said", "warns", "claims", "insists", "argues", "calls", "tells", "vows", "urges"]);

/** Single marks in the headline or the standfirst under it. */
function isHeadlineQuote(quote: QuoteSpan): boolean {
  return quote.single && quote.paragraph <= 1;
}

function isHeadlineSingle(quotes: QuoteSpan[], candidate: Candidate): boolean {
  return quotes.some((quote) => isHeadlineQuote(quote) && quote.start === candidate.start);
}

/** The body quote a headline quote lifts: the same words, else the first that condenses to them. */
function bodySource(quote: QuoteSpan, body: Candidate[]): Candidate | undefined {
  const words = normalisedWords(quote.text);
  const same = body.find((candidate) => normalisedWords(candidate.text).join(" ") === words.join(" "));
  if (same) return same;
  // One or two words are lifted only verbatim: "historic" is in many quotes.
  return words.length > 2 ? body.find((candidate) => isCondensedFrom(words, normalisedWords(candidate.text))) : undefined;
}

/**
 * "‘It took my breath away’: Dog walker finds fossil": a headline quoting before a colon. Only the
 * story's own headline (paragraph 0) keeps one whose speaker it does not name; a related-story
 * line further down quotes another story.
 */
function isColonForm(article: Article, quote: QuoteSpan): boolean {
  return quote.close !== null && article.text[quote.close + 1] === ":";
}

/**
 * "Hiker finds coins", "Rail operator fined": a headline capitalises descriptions as well as names.
 * A phrase whose head the tagger does not read as a proper noun, or whose words the story writes in
 * lower case ("a hiker"), describes someone; the body names them.
 */
function isHeadlineDescription(article: Article, mention: Mention): boolean {
  const words = article.tokens.slice(mention.firstToken, mention.endToken).filter((token) => /^\p{L}/u.test(token.text));
  if (words.length === 0 || words[words.length - 1]!.pos !== "PROPN") return true;
  const body = article.paragraphs.slice(1).map((paragraph) => paragraph.text).join("\n");
  return words.every((token) => wholeWord(token.lower).test(body));
}

function wholeWord(word: string): RegExp {
  return new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "u");
}

/** Comparable words: case, marks and punctuation set aside. */
function normalisedWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim()
    .split(" ");
}

/**
 * Are the headline's words the body quote's, in order, with at most a word dropped between two
 * ("We let customers down" from "We let our customers down and …")? Headlines condense.
 */
function isCondensedFrom(headline: string[], quote: string[]): boolean {
  for (let start = 0; start < quote.length; start++) {
    if (quote[start] !== headline[0]) continue;
    let at = start;
    let matched = 1;
    while (matched < headline.length) {
      const next = quote.indexOf(headline[matched]!, at + 1);
      if (next < 0 || next - at > 2) break;
      at = next;
      matched++;
    }
    if (matched === headline.length) return true;
  }
  return false;
}

/** A headline quote as a candidate, with the speaker of the body quote it lifts, or none for the editor to assign. */
function headlineCandidate(quote: QuoteSpan, source: Candidate | null): Candidate {
  return {
    kind: "quote",
    text: quote.text,
    speaker: source?.speaker ?? null,
    speakerRole: source?.speakerRole ?? null,
    paragraph: quote.paragraph,
    partial: false,
    confidence: source ? CONFIDENCE.headline : CONFIDENCE.none,
    start: quote.start,
    end: quote.end,
  };
}

function isAskedBy(article: Article, attribution: Attribution): boolean {
  return attribution.verb !== null && ASKING_VERBS.has(article.tokens[attribution.verb]!.lower);
}

function opensItsParagraph(article: Article, sentence: Sentence): boolean {
  return sentence.index === 0 || article.sentences[sentence.index - 1]!.paragraph !== sentence.paragraph;
}

function hasQuote(article: Article, sentence: Sentence): boolean {
  for (let index = sentence.firstToken; index < sentence.endToken; index++) if (article.quoted[index]) return true;
  return false;
}

/** `the minister was blunt: "…"`, `Tamihana: '…'`: the subject of the clause the colon ends. */
function colonSubject(article: Article, sentence: Sentence, floor: number, openToken: number): Attribution | null {
  const subject = nearestSubject(article, floor, openToken - 1);
  if (subject && subject.mention.kind !== "relative") return { mention: subject.mention, appositiveRole: subject.role, via: "before", verb: null };
  const mention = phraseEndingAt(article.tokens, article.text, openToken - 1, floor, sentence.firstToken);
  if (!mention || mention.firstToken > floor + 1 || mention.kind === "relative") return null;
  return { mention, appositiveRole: null, via: "before", verb: null };
}

/** The speaker of a quote with no attribution in its sentence, and how sure that is. */
function unattributedSpeaker(article: Article, quote: QuoteSpan, sentence: Sentence, previous: Spoken | null, cast: Cast): [ResolvedSpeaker, number] | null {
  if (previous && previous.lastParagraph === quote.paragraph) return [previous.speaker, CONFIDENCE.sameParagraph];
  const opensParagraph = opensItsParagraph(article, sentence);
  if (opensParagraph) {
    const intro = colonIntro(article, quote.paragraph);
    if (intro) {
      const speaker = cast.resolve(intro.mention, quote.open, intro.appositiveRole);
      return [speaker, CONFIDENCE.colonIntro * speaker.certainty];
    }
  }
  // "Zelenskyy spoke in Kyiv. “We will never surrender.”"
  const paragraphStart = article.paragraphs[quote.paragraph]!.start;
  const lead = opensParagraph ? null : cast.latestPersonBefore(quote.open, paragraphStart);
  if (lead) return [lead, CONFIDENCE.narrative];
  // "“…” Sylvie Roux, a baker whose shop was flooded, stood in the mud."
  const closing = sentenceAt(article, quote.close ?? quote.end - 1);
  const next = closing && article.sentences[closing.index + 1];
  const narrative = next !== undefined && !hasQuote(article, next);
  if (next && narrative && next.paragraph === quote.lastParagraph) {
    const named = cast.firstPersonBetween(next.start, next.end);
    if (named) return [named, CONFIDENCE.namedNext];
  }
  if (previous && previous.lastParagraph === quote.paragraph - 1) return [previous.speaker, CONFIDENCE.previousParagraph];
  const previousParagraph = article.paragraphs[quote.paragraph - 1];
  if (previousParagraph && opensParagraph) {
    const subject = cast.latestPersonBefore(quote.open, previousParagraph.start);
    if (subject) return [subject, CONFIDENCE.narrative];
  }
  // "“…”" then "That is how Monica Alvarez, principal of …, remembers it."
  const fillsParagraph = opensParagraph && (!next || next.paragraph !== quote.lastParagraph);
  if (fillsParagraph && next && narrative) {
    const named = cast.firstPersonBetween(next.start, next.end);
    if (named) return [named, CONFIDENCE.namedAfter];
  }
  return null;
}

/** `…, X said.` ending the sentence after token `from` (and before the next quote), if it has one. */
function closingTag(article: Article, from: number, next: QuoteSpan | undefined): Attribution | null {
  const sentence = sentenceAt(article, article.tokens[from - 1]!.start);
  if (!sentence) return null;
  const end = next && next.open < sentence.end ? tokenAt(article, next.open) : sentence.endToken;
  for (let comma = end - 1; comma >= from; comma--) {
    if (article.tokens[comma]!.text !== ",") continue;
    const tag = attributionAfter(article, comma, end, sentence.firstToken);
    // Only a tag that runs to the sentence's end: "X said in a statement."
    if (tag?.verb != null && !article.tokens.slice(tag.verb + 1, end).some((token) => token.text === ",")) return tag;
    return null;
  }
  return null;
}

/** A paragraph ending `X said:` or `…, who told AP:` introduces the quote that fills the next one. */
function colonIntro(article: Article, paragraph: number): Attribution | null {
  const previousParagraph = article.paragraphs[paragraph - 1];
  if (!previousParagraph || !/:\s*$/.test(previousParagraph.text)) return null;
  const last = sentenceAt(article, previousParagraph.end - 1);
  if (!last || last.paragraph !== paragraph - 1) return null;
  return attributionBefore(article, last.firstToken, last.endToken, last.firstToken, "nearest") ?? colonSubject(article, last, last.firstToken, last.endToken) ?? possessorIntro(article, last);
}

/** "Her answer was the same both times:", "His message to voters was simple:": the possessor speaks. */
function possessorIntro(article: Article, sentence: Sentence): Attribution | null {
  const first = article.tokens[sentence.firstToken];
  if (!first || !/^(his|her|their)$/.test(first.lower)) return null;
  return { mention: { kind: "pronoun", name: null, role: null, noun: first.lower, firstToken: sentence.firstToken, endToken: sentence.firstToken + 1 }, appositiveRole: null, via: "before", verb: null };
}
