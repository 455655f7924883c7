import type { z } from "zod";
import { linkLabel } from "../../claims/link-labels";
import type { PublicClaim } from "../../claims/public-claim";
import type { PublicClaimSummary } from "../../claims/public-list";
import { RATING_LABELS, VERIFICATION_LABELS } from "../../claims/status-labels";
import { describeChange } from "../../claims/timeline";
import type { PublicSpeaker } from "../../speakers/public-speakers";
import { absoluteUrl } from "../../site-config";
import type { ZApiClaimDetail, ZApiClaimSummary, ZApiSource, ZApiSpeakerDetail, ZApiSpeakerSummary } from "./schemas";

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const claimUrls = (slug: string) => ({ url: absoluteUrl(`/claims/${slug}`), apiUrl: absoluteUrl(`/api/v1/claims/${slug}`) });
const speakerRef = (speaker: { slug: string; name: string; title: string | null }) => ({
  slug: speaker.slug,
  name: speaker.name,
  title: speaker.title,
  url: absoluteUrl(`/speakers/${speaker.slug}`),
});

type SourceRow = {
  slug: string;
  kind: z.infer<typeof ZApiSource>["kind"];
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: Date | null;
  publishedAtInferred: boolean;
  verification: z.infer<typeof ZApiSource>["verification"];
  verificationNote: string | null;
};

function source(row: SourceRow): z.infer<typeof ZApiSource> {
  return {
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    publisher: row.publisher,
    originalUrl: row.url,
    publishedAt: day(row.publishedAt),
    publishedAtInferred: row.publishedAtInferred,
    verification: row.verification,
    verificationNote: row.verificationNote,
    url: absoluteUrl(`/sources/${row.slug}`),
  };
}

export function claimSummary(claim: PublicClaimSummary): z.input<typeof ZApiClaimSummary> {
  return {
    slug: claim.slug,
    statement: claim.statement,
    quote: claim.quote,
    saidAt: day(claim.saidAt),
    saidAtInferred: claim.saidAtInferred,
    verification: claim.verification,
    verificationLabel: VERIFICATION_LABELS[claim.verification].label,
    rating: claim.rating,
    ratingLabel: claim.rating ? RATING_LABELS[claim.rating] : null,
    ratedAt: day(claim.ratedAt),
    updatedAt: claim.updatedAt.toISOString(),
    claimant: speakerRef(claim.claimant),
    topics: claim.topics,
    ...claimUrls(claim.slug),
  };
}

export function claimDetail(claim: PublicClaim): z.input<typeof ZApiClaimDetail> {
  return {
    ...claimSummary(claim),
    context: claim.context,
    venue: claim.venue,
    saidAtNote: claim.saidAtNote,
    relayedFrom: claim.relayedFrom ? speakerRef(claim.relayedFrom) : null,
    ratingSummary: claim.ratingSummary,
    verificationMeaning: VERIFICATION_LABELS[claim.verification].meaning,
    sourcing: claim.sourcing,
    firstAppearance: claim.firstAppearance ? source(claim.firstAppearance) : null,
    passage: claim.passage,
    evidence: claim.evidence.map((item) => ({
      stance: item.stance,
      strength: item.strength,
      attributedTo: item.attributedTo ? { slug: item.attributedTo.slug, name: item.attributedTo.name } : null,
      note: item.note,
      source: source(item.source),
    })),
    links: claim.links.map((link) => ({
      type: link.type,
      direction: link.direction,
      label: linkLabel(link.type, link.direction),
      note: link.note,
      claim: { slug: link.claim.slug, statement: link.claim.statement, verification: link.claim.verification, ...claimUrls(link.claim.slug) },
    })),
    publicNotes: claim.annotations.map((note) => ({
      body: note.body,
      author: note.author.name,
      createdAt: note.createdAt.toISOString(),
      updatedAt: note.updatedAt.toISOString(),
    })),
    timeline: claim.statusChanges.map((change) => {
      const labels = describeChange(change);
      return {
        field: change.field,
        from: change.fromValue,
        to: change.toValue,
        fromLabel: labels.from,
        toLabel: labels.to,
        reason: change.reason,
        at: change.createdAt.toISOString(),
      };
    }),
  };
}

type SpeakerRow = PublicSpeaker["speaker"] & { publishedClaims: number };

export function speakerSummary(speaker: SpeakerRow): z.input<typeof ZApiSpeakerSummary> {
  return {
    slug: speaker.slug,
    kind: speaker.kind,
    name: speaker.name,
    title: speaker.title,
    affiliation: speaker.affiliation,
    country: speaker.country,
    sameAs: speaker.sameAs,
    description: speaker.description,
    publishedClaims: speaker.publishedClaims,
    url: absoluteUrl(`/speakers/${speaker.slug}`),
    apiUrl: absoluteUrl(`/api/v1/speakers/${speaker.slug}`),
  };
}

/** A speaker's page as the API gives it; `pageLink` builds the address of another page of it. */
export function speakerDetail(page: PublicSpeaker, pageLink: (page: number) => string): z.input<typeof ZApiSpeakerDetail> {
  const ref = (claim: PublicSpeaker["claims"]["items"][number]) => ({
    slug: claim.slug,
    statement: claim.statement,
    quote: claim.quote,
    saidAt: day(claim.saidAt),
    verification: claim.verification,
    rating: claim.rating,
    ...claimUrls(claim.slug),
  });
  return {
    speaker: speakerSummary({ ...page.speaker, publishedClaims: page.scorecard.total }),
    scorecard: page.scorecard,
    claims: page.claims.items.map(ref),
    relayed: page.relayed.items.map(ref),
    about: page.about.items.map(ref),
    total: page.claims.total,
    relayedTotal: page.relayed.total,
    aboutTotal: page.about.total,
    page: page.page,
    pageSize: page.pageSize,
    pageCount: page.pageCount,
    links: {
      self: pageLink(page.page),
      next: page.page < page.pageCount ? pageLink(page.page + 1) : null,
      // Past the end, "previous" is the last page there is.
      prev: page.page > 1 ? pageLink(Math.min(page.page - 1, page.pageCount)) : null,
    },
  };
}
