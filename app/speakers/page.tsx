import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { listPublicSpeakers } from "@/lib/speakers/public-speakers";

export const metadata: Metadata = {
  title: "Speakers",
  description: "The people and organisations whose claims ClaimDesk tracks, with a scorecard for each.",
  alternates: { canonical: "/speakers" },
  openGraph: { url: "/speakers", title: "Speakers" },
};

export default async function SpeakersPage() {
  await connection();
  const speakers = await listPublicSpeakers();
  return (
    <>
      <h1>Speakers</h1>
      <p className="lede">People and organisations with published claims. Each has a scorecard of where their claims stand.</p>
      {speakers.length === 0 ? (
        <p className="empty">No speakers yet.</p>
      ) : (
        <ul className="speaker-list">
          {speakers.map((speaker) => (
            <li key={speaker.slug} className="speaker-card">
              <Link href={`/speakers/${speaker.slug}`} className="speaker-card__name">
                {speaker.name}
              </Link>
              {speaker.title ? <p className="speaker-card__title">{speaker.title}</p> : null}
              <p className="fine-print">
                {speaker.publishedClaims} published claim{speaker.publishedClaims === 1 ? "" : "s"}
                {speaker.kind === "ORGANIZATION" ? " · organisation" : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
