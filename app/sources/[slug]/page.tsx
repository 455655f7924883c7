import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { Day } from "@/app/components/day";
import { VerificationBadge } from "@/app/components/status-badges";
import { STANCE_LABELS, STRENGTH_LABELS } from "@/lib/claims/sourcing";
import { getPublicSource } from "@/lib/sources/public-sources";

type Props = { params: Promise<{ slug: string }> };

const loadSource = cache(getPublicSource);

const KIND_LABELS: Record<string, string> = {
  NEWS_ARTICLE: "News article",
  TRANSCRIPT: "Transcript",
  RECORDING: "Recording",
  REPORT: "Report",
  DOCUMENT: "Document",
  SOCIAL_POST: "Social media post",
  STATEMENT: "Statement",
  INTERVIEW: "Interview",
  ANALYSIS: "Analysis",
  OTHER: "Source",
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const page = await loadSource((await params).slug);
  if (!page) return { title: "Source not found" };
  const { source, claims } = page;
  const description = `${KIND_LABELS[source.kind]}${source.publisher ? ` from ${source.publisher}` : ""}, cited by ${claims.length} claim${
    claims.length === 1 ? "" : "s"
  } on ClaimDesk.`;
  return {
    title: source.title,
    description,
    alternates: { canonical: `/sources/${source.slug}` },
    openGraph: { url: `/sources/${source.slug}`, title: source.title, description },
  };
}

export default async function SourcePage({ params }: Props) {
  await connection();
  const page = await loadSource((await params).slug);
  if (!page) notFound();
  const { source, claims } = page;

  return (
    <>
      <p className="eyebrow">{KIND_LABELS[source.kind]}</p>
      <h1>{source.title}</h1>
      <dl className="facts">
        {source.publisher ? (
          <>
            <dt>Publisher</dt>
            <dd>{source.publisher}</dd>
          </>
        ) : null}
        <dt>Published</dt>
        <dd>{source.publishedAt ? <Day date={source.publishedAt} inferred={source.publishedAtInferred} /> : "Not known"}</dd>
        <dt>Its own status</dt>
        <dd>
          <VerificationBadge verification={source.verification} />
          {source.verificationNote ? <p className="fine-print">{source.verificationNote}</p> : null}
        </dd>
        {source.url ? (
          <>
            <dt>Original</dt>
            <dd>
              <a href={source.url} rel="noopener noreferrer nofollow">
                {source.url}
              </a>
            </dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="cited-title">
        <h2 id="cited-title">Claims that cite it</h2>
        <ul className="evidence-list">
          {claims.map((claim) => (
            <li key={claim.slug} className="evidence">
              <p className="evidence__head">
                <Link href={`/claims/${claim.slug}`}>{claim.statement}</Link>
              </p>
              <p className="evidence__meta">
                <Link href={`/speakers/${claim.claimant.slug}`}>{claim.claimant.name}</Link> ·{" "}
                <VerificationBadge verification={claim.verification} />
                {claim.evidence.map((item) => (
                  <span key={`${item.stance}-${item.strength}`}>
                    {" · "}
                    {STANCE_LABELS[item.stance]} ({STRENGTH_LABELS[item.strength].toLowerCase()})
                  </span>
                ))}
              </p>
              {claim.evidence[0]?.note ? <p className="evidence__note">{claim.evidence[0].note}</p> : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
