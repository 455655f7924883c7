import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PageNotice, PastTheEnd, pageHref } from "@/app/components/page-notice";
import { Pagination } from "@/app/components/pagination";
import { parsePageQuery } from "@/lib/paging";
import { pagePublicSpeakers, SPEAKER_ROLE_LABELS, type PublicSpeakerListing } from "@/lib/speakers/public-speakers";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Speakers a page: a few hundred kilobytes at most, however many speakers there are. */
const PAGE_SIZE = 100;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { page } = parsePageQuery(await searchParams, { fields: ["page"] }).paging;
  return {
    title: page > 1 ? `Speakers (page ${page})` : "Speakers",
    description: "The people and organisations in the claims ClaimDesk tracks: who made them, who is relayed, who they are about.",
    alternates: { canonical: pageHref("/speakers", page) },
    openGraph: { url: "/speakers", title: "Speakers" },
  };
}

export default async function SpeakersPage({ searchParams }: Props) {
  await connection();
  const { paging, problems } = parsePageQuery(await searchParams, { fields: ["page"] });
  const list = await pagePublicSpeakers({ page: paging.page, pageSize: PAGE_SIZE });
  const speakers = list.items;
  return (
    <>
      <h1>Speakers</h1>
      <p className="lede">
        People and organisations in published claims: those who made them (with a scorecard of where their claims stand), those
        others relay, and those the claims are about.
      </p>
      <PageNotice problems={problems} />
      {list.page > list.pageCount ? (
        <PastTheEnd page={list.page} pageCount={list.pageCount} what="the speakers" hrefFor={(n) => pageHref("/speakers", n)} />
      ) : speakers.length === 0 ? (
        <p className="empty">No speakers yet.</p>
      ) : (
        <ul className="speaker-list">
          {speakers.map((speaker) => (
            <li key={speaker.slug} className="speaker-card">
              <Link href={`/speakers/${speaker.slug}`} className="speaker-card__name">
                {speaker.name}
              </Link>
              {speaker.title ? <p className="speaker-card__title">{speaker.title}</p> : null}
              <p className="fine-print" data-testid="speaker-roles">
                {roleCounts(speaker)}
                {speaker.kind === "ORGANIZATION" ? " · organisation" : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
      {list.page > list.pageCount ? null : <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(n) => pageHref("/speakers", n)} />}
    </>
  );
}

/** "Published claims: Said 3 · Relayed 1 · About 2": the published claims they are in, by role, leaving out empty ones. */
function roleCounts(speaker: PublicSpeakerListing): string {
  return "Published claims: " + [
    [SPEAKER_ROLE_LABELS.SAID, speaker.publishedClaims],
    [SPEAKER_ROLE_LABELS.RELAYED, speaker.relayedClaims],
    [SPEAKER_ROLE_LABELS.ABOUT, speaker.aboutClaims],
  ]
    .filter(([, count]) => Number(count) > 0)
    .map(([label, count]) => `${label} ${count}`)
    .join(" · ");
}
