import { z } from "zod";
import { ClaimLinkType, EvidenceStance, EvidenceStrength, Rating, SourceKind, SpeakerKind, StatusField, Verification } from "../../db/enums";

/**
 * The public JSON API's responses. Every response is parsed by its schema before it is sent,
 * and /api/v1/openapi.json is generated from these same schemas, so the two cannot drift.
 */
const isoDateTime = z.string().describe("ISO 8601 date and time (UTC)");
const isoDay = z.string().describe("Calendar day, YYYY-MM-DD");
const url = z.string().describe("Absolute URL");

export const ZApiSpeakerRef = z.object({
  slug: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  url,
});

export const ZApiTopic = z.object({ slug: z.string(), name: z.string() });

export const ZApiSource = z.object({
  slug: z.string(),
  kind: z.enum(SourceKind),
  title: z.string(),
  publisher: z.string().nullable(),
  originalUrl: z.string().nullable().describe("Where the source itself can be read, when known"),
  publishedAt: isoDay.nullable(),
  publishedAtInferred: z.boolean(),
  verification: z.enum(Verification).describe("The source's own status: a leaked transcript is itself unverified"),
  verificationNote: z.string().nullable(),
  url,
});

export const ZApiClaimSummary = z.object({
  slug: z.string(),
  statement: z.string(),
  quote: z.string().nullable(),
  saidAt: isoDay.nullable(),
  saidAtInferred: z.boolean().describe("True when the day was worked out (from 'Tuesday', say), not stated"),
  verification: z.enum(Verification),
  verificationLabel: z.string(),
  rating: z.enum(Rating).nullable(),
  ratingLabel: z.string().nullable(),
  ratedAt: isoDay.nullable(),
  updatedAt: isoDateTime,
  claimant: ZApiSpeakerRef,
  topics: z.array(ZApiTopic),
  url,
  apiUrl: url,
});

export const ZApiClaimList = z.object({
  items: z.array(ZApiClaimSummary),
  total: z.number().int().nonnegative().describe("Matching claims, counted up to 1,000"),
  totalIsLowerBound: z.boolean().describe("True when more claims match than `total` counts"),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
  pageCount: z.number().int().positive().nullable().describe("Null when the count stopped at its bound: follow links.next"),
  links: z.object({ self: url, next: url.nullable(), prev: url.nullable() }),
});

export const ZApiClaimDetail = ZApiClaimSummary.extend({
  context: z.string().nullable(),
  venue: z.string().nullable(),
  saidAtNote: z.string().nullable(),
  relayedFrom: ZApiSpeakerRef.nullable().describe("Attribution chain: the claimant relays what this speaker said"),
  ratingSummary: z.string().nullable(),
  verificationMeaning: z.string(),
  sourcing: z.string().nullable().describe('The attribution chain in one line, naming who does what, e.g. "Disputed by Oleksandr Bevz"'),
  firstAppearance: ZApiSource.nullable(),
  passage: z
    .object({ before: z.string(), exact: z.string(), after: z.string(), paragraph: z.number().int().nonnegative() })
    .nullable()
    .describe("The quote in its paragraph of the first appearance"),
  evidence: z.array(
    z.object({
      stance: z.enum(EvidenceStance),
      strength: z.enum(EvidenceStrength),
      attributedTo: z
        .object({ slug: z.string(), name: z.string() })
        .nullable()
        .describe("Who takes the stance in this source (who disputes, supports…), when not simply its publisher"),
      note: z.string().nullable(),
      source: ZApiSource,
    }),
  ),
  links: z.array(
    z.object({
      type: z.enum(ClaimLinkType),
      direction: z.enum(["outgoing", "incoming"]),
      label: z.string().describe('How the link reads from this claim, e.g. "Contradicted by"'),
      note: z.string().nullable(),
      claim: z.object({ slug: z.string(), statement: z.string(), verification: z.enum(Verification), url, apiUrl: url }),
    }),
  ),
  publicNotes: z.array(z.object({ body: z.string(), author: z.string(), createdAt: isoDateTime, updatedAt: isoDateTime })),
  timeline: z.array(
    z.object({
      field: z.enum(StatusField),
      from: z.string().nullable(),
      to: z.string().nullable(),
      fromLabel: z.string(),
      toLabel: z.string(),
      reason: z.string(),
      at: isoDateTime,
    }),
  ),
});

export const ZApiSpeakerSummary = z.object({
  slug: z.string(),
  kind: z.enum(SpeakerKind),
  name: z.string(),
  title: z.string().nullable(),
  affiliation: z.string().nullable(),
  country: z.string().nullable(),
  sameAs: z.string().nullable(),
  description: z.string().nullable(),
  publishedClaims: z.number().int().nonnegative().describe("Published claims this speaker made (a speaker may be listed for claims relaying them or about them only)"),
  url,
  apiUrl: url,
});

export const ZApiSpeakerList = z.object({ items: z.array(ZApiSpeakerSummary), total: z.number().int().nonnegative() });

const ZApiClaimRef = z.object({
  slug: z.string(),
  statement: z.string(),
  quote: z.string().nullable(),
  saidAt: isoDay.nullable(),
  verification: z.enum(Verification),
  rating: z.enum(Rating).nullable(),
  url,
  apiUrl: url,
});

export const ZApiSpeakerDetail = z.object({
  speaker: ZApiSpeakerSummary,
  scorecard: z.object({
    total: z.number().int().nonnegative(),
    byVerification: z.array(z.object({ status: z.enum(Verification), count: z.number().int().nonnegative() })),
    byRating: z.array(z.object({ rating: z.enum(Rating), count: z.number().int().nonnegative() })),
    unrated: z.number().int().nonnegative(),
    smallSample: z.boolean().describe("Too few claims to generalise from"),
  }),
  claims: z.array(ZApiClaimRef).describe("One page of the published claims this speaker made, newest first"),
  relayed: z.array(ZApiClaimRef).describe("The same page of the claims in which someone else relays what this speaker said"),
  about: z
    .array(ZApiClaimRef)
    .describe("The same page of the claims about this speaker or to which they are a party, other than those they made or that relay them"),
  total: z.number().int().nonnegative().describe("Published claims this speaker made (the scorecard's total)"),
  relayedTotal: z.number().int().nonnegative().describe("Published claims relaying this speaker"),
  aboutTotal: z.number().int().nonnegative().describe("Published claims in `about`, over all pages"),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
  pageCount: z.number().int().positive().describe("Pages of the longest of the three lists; they are paged together"),
  links: z.object({ self: url, next: url.nullable(), prev: url.nullable() }),
});

export const ZApiError = z.object({
  error: z.enum(["invalid_query", "not_found", "internal"]),
  message: z.string(),
  problems: z
    .array(z.object({ field: z.string(), value: z.string(), message: z.string() }))
    .optional()
    .describe("Each offending query parameter"),
});

export type TApiClaimSummary = z.infer<typeof ZApiClaimSummary>;
export type TApiClaimDetail = z.infer<typeof ZApiClaimDetail>;
