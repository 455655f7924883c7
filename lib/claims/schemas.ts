import { z } from "zod";
import { Verification } from "../db/enums";
import { optionalDay, optionalText } from "../validation";

const optionalId = optionalText(64);

export const STATEMENT_MIN_CHARS = 10;
export const STATEMENT_MAX_CHARS = 500;
export const QUOTE_MAX_CHARS = 2_000;

export const ZCreateClaimInput = z.object({
  statement: z
    .string({ error: "Write the claim as a short, checkable statement" })
    .trim()
    .min(STATEMENT_MIN_CHARS, `At least ${STATEMENT_MIN_CHARS} characters`)
    .max(STATEMENT_MAX_CHARS, `At most ${STATEMENT_MAX_CHARS} characters`),
  quote: optionalText(QUOTE_MAX_CHARS),
  context: optionalText(4_000),
  claimantId: z.string({ error: "Choose who made the claim" }).trim().min(1, "Choose who made the claim").max(64),
  relayedFromId: optionalId,
  saidAt: optionalDay(),
  saidAtInferred: z.boolean().default(false),
  venue: optionalText(200),
  firstAppearanceId: optionalId,
  /** Who the claim is about or who is party to what it reports, besides its claimant and whom it relays. */
  subjectIds: z
    .array(z.string().trim().min(1).max(64), { error: "Choose speakers from the list" })
    .max(12, "At most 12 people or organisations")
    .default([])
    .transform((ids) => [...new Set(ids)]),
  topics: z.array(z.string().trim().min(1).max(60, "At most 60 characters")).max(12, "At most 12 topics").default([]),
  verification: z.enum(Verification, { error: "Unknown verification status" }).default("UNVERIFIED"),
});

export type TCreateClaimInput = z.input<typeof ZCreateClaimInput>;
export type TCreateClaimData = z.output<typeof ZCreateClaimInput>;
