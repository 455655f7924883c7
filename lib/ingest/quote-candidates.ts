import { sentenceAt, tokenAt, type Article, type Sentence } from "./article";
import { attributionAfter, attributionBefore, type Attribution } from "./attribution";
import type { Cast, ResolvedSpeaker } from "./cast";
import type { Candidate } from "./candidate";
import { LABEL_CUES } from "./lexicon";
import { isSpeechVerb } from "./attribution";
import type { QuoteSpan } from "./quotes";

/** How sure each way of finding a speaker is; resolution (pronoun, role) multiplies it down. */
const CONFIDENCE = {
  after: 0.95,
  dash: 0.85,
  before: 0.9,
  according: 0.85,
  partial: 0.8,
  colonIntro: 0.85,
  sameParagraph: 0.8,
  nextParagraph: 0.7,
  none: 0.3,
} as const;

type Spoken = { speaker: ResolvedSpeaker; paragraph: number; at: number };

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Every word of two or more capitalised: a title ("The Art of the Deal"), not someone's words. */
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

/** The words and marks of a token range. */
function hasWords(article: Article, first: number, end: number): boolean {
  for (let index = first; index < end; index++) if (/[\p{L}\p{N}]/u.test(article.tokens[index]!.text)) return true;
  return false;
}

/**
 * Direct quotes with their speakers. For each quote: the wire attribution after it (`"…," X said`),
 * else the one before it in its sentence (`X said: "…"`, `X insisted it was a "…"`), else a
 * paragraph ending `X said:` just before, else the previous quote's speaker when the quote opens
 * its sentence (a continuation). Scare quotes and titles without an attribution are dropped.
 */
export function quoteCandidates(article: Article, quotes: QuoteSpan[], cast: Cast): Candidate[] {
  const { tokens } = article;
  const candidates: Candidate[] = [];
  let previous: Spoken | null = null;
  for (let position = 0; position < quotes.length; position++) {
    const quote = quotes[position]!;
    const sentence = sentenceAt(article, quote.open);
    if (!sentence) continue;
    const openToken = tokenAt(article, quote.open);
    const earlier = quotes[position - 1];
    const earlierClose = earlier && earlier.close !== null && earlier.close >= sentence.start ? tokenAt(article, earlier.close) + 1 : sentence.firstToken;
    const floor = Math.max(sentence.firstToken, earlierClose);
    const opensSentence = !hasWords(article, floor, openToken) && floor === sentence.firstToken;
    const lastBefore = tokens[openToken - 1];
    const afterColon = openToken > floor && lastBefore?.text === ":";
    const afterComma = openToken > floor && lastBefore?.text === ",";

    let after: Attribution | null = null;
    if (quote.close !== null) {
      const closeToken = tokenAt(article, quote.close);
      const closeSentence = sentenceAt(article, quote.close)!;
      const next = quotes[position + 1];
      const nextOpen = next && next.paragraph === quote.lastParagraph ? tokenAt(article, next.open) : Number.POSITIVE_INFINITY;
      const limit = Math.min(closeSentence.endToken, nextOpen);
      after = attributionAfter(article, closeToken + 1, limit, closeSentence.firstToken);
    }
    const before = opensSentence ? null : attributionBefore(article, floor, openToken, sentence.firstToken, afterColon);
    const endsWithComma = /[,?!]$/.test(quote.text);
    const attribution = after && (endsWithComma || opensSentence || !before) ? after : (before ?? after);

    const quoteStartsCapital = /^\p{Lu}/u.test(quote.text);
    const partial = !opensSentence && !afterColon && !afterComma && !(quoteStartsCapital && isSpeechVerb(lastBefore)) && hasWords(article, floor, openToken);
    const labelled = LABEL_CUES.has(lastBefore?.lower ?? "") || (partial && isTitleLike(quote.text));
    if (labelled && wordCount(quote.text) <= 6) continue;

    let speaker: ResolvedSpeaker | null = null;
    let confidence: number = CONFIDENCE.none;
    if (attribution) {
      speaker = cast.resolve(attribution.mention, quote.open, attribution.appositiveRole);
      confidence = (partial ? CONFIDENCE.partial : CONFIDENCE[attribution.via]) * speaker.certainty;
      cast.noteSubject(attribution.mention, tokens[attribution.mention.firstToken]!.start);
    } else if (previous && sameSentence(article, previous.at, quote.open)) {
      // A second quote in a sentence whose first quote was attributed: `X said A was "…" and urged "…"`.
      speaker = previous.speaker;
      confidence = CONFIDENCE.sameParagraph;
    } else {
      if (partial || !(opensSentence || afterColon)) continue;
      const intro = quote.open === firstWordOffset(article, quote.paragraph) ? colonIntro(article, quote.paragraph) : null;
      if (intro) {
        speaker = cast.resolve(intro.mention, quote.open, intro.appositiveRole);
        confidence = CONFIDENCE.colonIntro * speaker.certainty;
      } else if (previous && previous.paragraph >= quote.paragraph - 1) {
        speaker = previous.speaker;
        confidence = previous.paragraph === quote.paragraph ? CONFIDENCE.sameParagraph : CONFIDENCE.nextParagraph;
      } else if (!isSentenceLike(quote.text)) {
        continue;
      }
    }
    if (speaker?.speaker) previous = { speaker, paragraph: quote.lastParagraph, at: quote.open };
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
  return candidates;
}

function sameSentence(article: Article, first: number, second: number): boolean {
  return sentenceAt(article, first) === sentenceAt(article, second);
}

function firstWordOffset(article: Article, paragraph: number): number {
  const block = article.paragraphs[paragraph]!;
  return block.start + (block.text.length - block.text.trimStart().length);
}

/** A paragraph ending `X said:` or `…, who told AP:` introduces the quote that fills the next one. */
function colonIntro(article: Article, paragraph: number): Attribution | null {
  const previousParagraph = article.paragraphs[paragraph - 1];
  if (!previousParagraph || !/:\s*$/.test(previousParagraph.text)) return null;
  const last: Sentence | undefined = sentenceAt(article, previousParagraph.end - 1);
  if (!last || last.paragraph !== paragraph - 1) return null;
  return attributionBefore(article, last.firstToken, last.endToken, last.firstToken, true);
}
