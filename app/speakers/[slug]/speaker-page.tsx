import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { ClaimCard } from "@/app/components/claim-card";
import { PageNotice, PastTheEnd, pageHref } from "@/app/components/page-notice";
import { Pagination } from "@/app/components/pagination";
import { ScorecardChart } from "@/app/components/scorecard-chart";
import { parsePageQuery } from "@/lib/paging";
import { getPublicSpeaker, SMALL_SAMPLE, SPEAKER_ROLE_LABELS } from "@/lib/speakers/public-speakers";

/**
 * A speaker's page, one page of its claims at a time. Readers page with `?page=N` (20 claims a page);
 * next.config.js rewrites that to `/speakers/<slug>/p/<N>`, so that every page is a path and can be
 * served from Next's cache like a claim page. A page number it cannot read is ignored, with a notice.
 */
export type SpeakerPageProps = { slug: string; rawPage?: string };

const readPage = (rawPage: string | undefined) => parsePageQuery(rawPage === undefined ? {} : { page: rawPage }, { fields: ["page"] });
const loadSpeaker = cache((slug: string, page: number) => getPublicSpeaker(slug, { page, pageSize: 20 }));

export async function speakerMetadata({ slug, rawPage }: SpeakerPageProps): Promise<Metadata> {
  const { paging } = readPage(rawPage);
  const page = await loadSpeaker(slug, paging.page);
  if (!page) return { title: "Speaker not found" };
  const { speaker } = page;
  const description = `${speaker.name}${speaker.title ? `, ${speaker.title}` : ""}: ${roleCounts(page)}, tracked by ClaimDesk${
    page.scorecard.total > 0 ? ", with a scorecard by verification status and rating" : ""
  }.`;
  const path = `/speakers/${speaker.slug}`;
  return {
    title: page.page > 1 ? `${speaker.name} (page ${page.page})` : speaker.name,
    description,
    alternates: { canonical: pageHref(path, page.page) },
    openGraph: { type: "profile", url: path, title: speaker.name, description },
    ...(page.page > page.pageCount ? { robots: { index: false } } : {}),
  };
}

export async function SpeakerPage({ slug, rawPage }: SpeakerPageProps) {
  const { paging, problems } = readPage(rawPage);
  const page = await loadSpeaker(slug, paging.page);
  if (!page) notFound();
  const { speaker, claims, relayed, about, scorecard } = page;
  const path = `/speakers/${speaker.slug}`;
  const pastTheEnd = page.page > page.pageCount;

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
        {scorecard.total > 0 && scorecard.smallSample ? (
          <p className="notice notice--caveat" data-testid="sample-caveat">
            Based on {scorecard.total} published claim{scorecard.total === 1 ? "" : "s"} only — fewer than {SMALL_SAMPLE}. Too
            few to say anything general about this speaker.
          </p>
        ) : null}
        {scorecard.total > 0 ? (
          <ScorecardChart scorecard={scorecard} />
        ) : (
          <p className="empty" data-testid="no-scorecard">
            No published claims made by {speaker.name}, so nothing to score. The claims below relay them or are about them.
          </p>
        )}
      </section>

      <PageNotice problems={problems} />
      {pastTheEnd ? (
        <PastTheEnd page={page.page} pageCount={page.pageCount} hrefFor={(n) => pageHref(path, n)} what={`${speaker.name}’s claims`} />
      ) : (
        <>
          <RoleSection
            id="claims"
            title={`Claims by ${speaker.name}`}
            intro={<>What {speaker.name} said, labelled “{SPEAKER_ROLE_LABELS.SAID}”.</>}
            listLabel={`Claims by ${speaker.name}`}
            list={claims}
            page={page}
            path={path}
            ownClaims
          />
          <RoleSection
            id="relayed"
            title="Relayed by others"
            intro={<>Claims in which someone else reports what {speaker.name} said or indicated, labelled “{SPEAKER_ROLE_LABELS.RELAYED}”.</>}
            listLabel={`Claims relaying ${speaker.name}`}
            list={relayed}
            page={page}
            path={path}
          />
          <RoleSection
            id="about"
            title={`About ${speaker.name}`}
            intro={<>Claims others make about {speaker.name}, or about something {speaker.name} is a party to, labelled “{SPEAKER_ROLE_LABELS.ABOUT}”.</>}
            listLabel={`Claims about ${speaker.name}`}
            list={about}
            page={page}
            path={path}
          />
        </>
      )}
      {pastTheEnd ? null : <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(n) => pageHref(path, n)} />}
    </>
  );
}

/** "2 published claims made, 1 relayed, 4 about them": the parts that are not zero. */
function roleCounts({ claims, relayed, about }: { claims: { total: number }; relayed: { total: number }; about: { total: number } }): string {
  const parts = [
    claims.total > 0 ? `${claims.total} published claim${claims.total === 1 ? "" : "s"} made` : null,
    relayed.total > 0 ? `${relayed.total} relaying them` : null,
    about.total > 0 ? `${about.total} about them` : null,
  ];
  return parts.filter(Boolean).join(", ");
}

/** "41–60 of 75": where this page's claims sit in the list, when it spans pages. */
function ClaimsShown({ total, shown, page, pageSize }: { total: number; shown: number; page: number; pageSize: number }) {
  if (total <= pageSize || shown === 0) return null;
  const first = (page - 1) * pageSize + 1;
  return (
    <p className="result-count">
      {first}–{first + shown - 1} of {total}
    </p>
  );
}

type SpeakerPageData = NonNullable<Awaited<ReturnType<typeof loadSpeaker>>>;

/**
 * One of the speaker's three lists (said, relayed, about), this page's share of it; nothing when
 * the speaker has no claim in that role. Their own claims leave out the claimant: it is them.
 */
function RoleSection({
  id,
  title,
  intro,
  listLabel,
  list,
  page,
  path,
  ownClaims = false,
}: {
  id: string;
  title: string;
  intro: ReactNode;
  listLabel: string;
  list: SpeakerPageData["claims"];
  page: SpeakerPageData;
  path: string;
  ownClaims?: boolean;
}) {
  if (list.total === 0) return null;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="fine-print">{intro}</p>
      <ClaimsShown total={list.total} shown={list.items.length} page={page.page} pageSize={page.pageSize} />
      {list.items.length === 0 ? (
        <p className="empty">
          All {list.total} are on earlier pages: <Link href={pageHref(path, 1)}>back to the first page</Link>.
        </p>
      ) : (
        <ol className="claim-list" aria-label={listLabel}>
          {list.items.map((claim) => (
            <ClaimCard key={claim.slug} claim={ownClaims ? { ...claim, claimant: null } : claim} role={SPEAKER_ROLE_LABELS[claim.role]} />
          ))}
        </ol>
      )}
    </section>
  );
}
