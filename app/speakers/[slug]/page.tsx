import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { ClaimCard } from "@/app/components/claim-card";
import { ScorecardChart } from "@/app/components/scorecard-chart";
import { getPublicSpeaker, SMALL_SAMPLE } from "@/lib/speakers/public-speakers";

type Props = { params: Promise<{ slug: string }> };

const loadSpeaker = cache(getPublicSpeaker);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const page = await loadSpeaker((await params).slug);
  if (!page) return { title: "Speaker not found" };
  const { speaker, scorecard } = page;
  const description = `${speaker.name}${speaker.title ? `, ${speaker.title}` : ""}: ${scorecard.total} published claim${
    scorecard.total === 1 ? "" : "s"
  } tracked by ClaimDesk, by verification status and rating.`;
  return {
    title: speaker.name,
    description,
    alternates: { canonical: `/speakers/${speaker.slug}` },
    openGraph: { type: "profile", url: `/speakers/${speaker.slug}`, title: speaker.name, description },
  };
}

export default async function SpeakerPage({ params }: Props) {
  await connection();
  const page = await loadSpeaker((await params).slug);
  if (!page) notFound();
  const { speaker, claims, relayed, scorecard } = page;

  return (
    <>
      <p className="eyebrow">{speaker.kind === "ORGANIZATION" ? "Organisation" : "Person"}</p>
      <h1>{speaker.name}</h1>
      <p className="lede">
        {[speaker.title, speaker.affiliation, speaker.country].filter(Boolean).join(" · ")}
        {speaker.sameAs ? (
          <>
            {" · "}
            <a href={speaker.sameAs} rel="noopener noreferrer">
              reference
            </a>
          </>
        ) : null}
      </p>
      {speaker.description ? <p>{speaker.description}</p> : null}

      <section aria-labelledby="scorecard-title" className="scorecard-section">
        <h2 id="scorecard-title">Scorecard</h2>
        {scorecard.smallSample ? (
          <p className="notice notice--caveat" data-testid="sample-caveat">
            Based on {scorecard.total} published claim{scorecard.total === 1 ? "" : "s"} only — fewer than {SMALL_SAMPLE}. Too
            few to say anything general about this speaker.
          </p>
        ) : null}
        {scorecard.total > 0 ? <ScorecardChart scorecard={scorecard} /> : <p className="empty">No published claims yet.</p>}
      </section>

      <section aria-labelledby="claims-title">
        <h2 id="claims-title">Claims by {speaker.name}</h2>
        {claims.length === 0 ? (
          <p className="empty">None published.</p>
        ) : (
          <ol className="claim-list" aria-label={`Claims by ${speaker.name}`}>
            {claims.map((claim) => (
              <ClaimCard key={claim.slug} claim={{ ...claim, claimant: null }} />
            ))}
          </ol>
        )}
      </section>

      {relayed.length > 0 ? (
        <section aria-labelledby="relayed-title">
          <h2 id="relayed-title">Relayed by others</h2>
          <p className="fine-print">Claims in which someone else reports what {speaker.name} said or indicated.</p>
          <ol className="claim-list" aria-label={`Claims relaying ${speaker.name}`}>
            {relayed.map((claim) => (
              <ClaimCard key={claim.slug} claim={claim} />
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
