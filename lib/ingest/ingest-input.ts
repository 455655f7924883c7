import { z } from "zod";
import { SpeakerKind } from "../db/enums";
import { optionalDay, optionalText, optionalWebUrl } from "../validation";
import { looksBinary, normaliseArticleText } from "./article-text";
import { MAX_ARTICLE_CHARS, tooLongMessage } from "./limits";

/** Far above any article's quotes (a long wire report has a few dozen), and within a 1 MB form. */
const MAX_DRAFTS = 2_000;

export const NOT_TEXT_MESSAGE = "This looks like a binary file, not text: paste the article's words, or save it as plain text first.";
const EMPTY_MESSAGE = "Paste the article's text.";

/** The article's text, normalised (lib/ingest/article-text.ts); a too-long text is refused before anything else reads it. */
export const ZArticleText = z
  .string({ error: EMPTY_MESSAGE })
  .check((ctx) => {
    if (ctx.value.length > MAX_ARTICLE_CHARS) ctx.issues.push({ code: "custom", message: tooLongMessage(ctx.value.length), input: ctx.value, abort: true });
  })
  .refine((text) => !looksBinary(text), NOT_TEXT_MESSAGE)
  .transform(normaliseArticleText)
  .refine((text) => text.length > 0, EMPTY_MESSAGE);

/** An article to ingest: its text and what the source will say about it. */
export const ZIngestArticleInput = z.object({
  text: ZArticleText,
  title: z.string({ error: "Give the article's title" }).trim().min(1, "Give the article's title").max(300, "At most 300 characters"),
  outlet: z.string({ error: "Name the outlet that published it" }).trim().min(1, "Name the outlet that published it").max(200, "At most 200 characters"),
  url: optionalWebUrl(1_000, "https://…"),
  published: optionalDay(),
});
export type TIngestArticleInput = z.input<typeof ZIngestArticleInput>;
export type TIngestArticle = z.output<typeof ZIngestArticleInput>;

/** Who said a kept candidate: a speaker of the desk, or one to create. */
export const ZDraftSpeaker = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("existing"), id: z.string().trim().min(1, "Choose a speaker").max(64) }),
    z.object({
      kind: z.literal("new"),
      name: z.string({ error: "Give the new speaker's name" }).trim().min(1, "Give the new speaker's name").max(200, "At most 200 characters"),
      title: optionalText(200),
      speakerKind: z.enum(SpeakerKind, { error: "Person or organisation" }).default("PERSON"),
    }),
  ],
  { error: "Choose who said this, or leave it out" },
);
export type TDraftSpeaker = z.output<typeof ZDraftSpeaker>;
export type TDraftSpeakerInput = z.input<typeof ZDraftSpeaker>;

/**
 * The candidates to keep, by their index in the extractor's list and their offset (so a list
 * computed from another text or another extractor is refused, not misapplied), each with its
 * speaker. Speakers are checked one by one by the service, so each error names its candidate.
 */
export const ZIngestDraftsInput = ZIngestArticleInput.extend({
  drafts: z
    .array(z.object({ candidate: z.number().int().min(0).max(100_000), start: z.number().int().min(0), speaker: z.unknown().optional() }), {
      error: "Choose the candidates to keep",
    })
    .min(1, "Choose at least one candidate to keep")
    .max(MAX_DRAFTS, `At most ${MAX_DRAFTS.toLocaleString("en")} drafts at a time`)
    .refine((drafts) => new Set(drafts.map((draft) => draft.candidate)).size === drafts.length, "Each candidate once"),
});
export type TIngestDraftsInput = z.input<typeof ZIngestDraftsInput>;
