import Link from "next/link";
import type { ReactNode } from "react";
import { Day } from "@/app/components/day";
import { RatingBadge, VerificationBadge } from "@/app/components/status-badges";
import { linkLabel } from "@/lib/claims/link-labels";
import type { PublicClaim } from "@/lib/claims/public-claim";
import { STANCE_LABELS, STRENGTH_LABELS } from "@/lib/claims/sourcing";
import { VERIFICATION_LABELS } from "@/lib/claims/status-labels";
import { changeSentence } from "@/lib/claims/timeline";
import { absoluteUrl, type SiteConfig } from "@/lib/site-config";
import { highlightQuote } from "@/lib/sources/anchor";

type Props = {
  claim: PublicClaim;
  config: SiteConfig;
  /** Inside the desk's editor: headings one level down, ids of its own, no report link. */
  preview?: boolean;
  /** Put at the top of the article (the page's JSON-LD). */
  children?: ReactNode;
};

/**
 * The claim as readers see it: the public claim page, and the desk editor's preview of any claim
 * (drafts included), render this same component, so the preview is what will be published.
 */
export function ClaimView({ claim, config, preview = false, children }: Props) {
  const Title = preview ? "h2" : "h1";
  const H2 = preview ? "h3" : "h2";
  const ids = preview ? "preview-" : "";
  const pageUrl = absoluteUrl(`/claims/${claim.slug}`, config);
  const verification = VERIFICATION_LABELS[claim.verification];
  const passage = claim.passage ? highlightQuote(claim.passage, claim.quote) : null;
  const sourcing = claim.sourcing;
  const reportSubject = `Error report: ${claim.slug}`;
  const reportBody = `Claim: ${pageUrl}\n\nWhat is wrong, and how do you know?\n`;
  const reportHref = `mailto:${config.correctionsEmail}?subject=${encodeURIComponent(reportSubject)}&body=${encodeURIComponent(reportBody)}`;

  return (
    <article className={preview ? "claim-page claim-page--preview" : "claim-page"}>
      {children}
      <p className="eyebrow">
        <Link href="/claims">Claims</Link>
        {claim.topics.map((topic) => (
          <span key={topic.slug}>
            {" · "}
            <Link href={`/claims?topic=${topic.slug}`}>{topic.name}</Link>
          </span>
        ))}
      </p>
      <Title>{claim.statement}</Title>

      <section className={`status-panel status-panel--${claim.verification.toLowerCase()}`} aria-labelledby={`${ids}status-title`}>
        <H2 id={`${ids}status-title`} className="visually-hidden">
          Where it stands
        </H2>
        <p className="status-panel__status">
          <VerificationBadge verification={claim.verification} />
        </p>
        <p className="status-panel__meaning">{verification.meaning}</p>
        {sourcing ? <p className="status-panel__sourcing" data-testid="sourcing-summary">{sourcing}.</p> : null}
        {claim.rating ? (
          <div className="status-panel__rating">
            <p>
              <RatingBadge rating={claim.rating} />
              {claim.ratedAt ? (
                <span className="as-of">
                  {" "}
                  as of <Day date={claim.ratedAt} />
                </span>
              ) : null}
            </p>
            {claim.ratingSummary ? <p>{claim.ratingSummary}</p> : null}
          </div>
        ) : (
          <p className="status-panel__unrated">No verdict has been given on this claim.</p>
        )}
      </section>

      {passage && claim.firstAppearance ? (
        <section aria-labelledby={`${ids}context-title`}>
          <H2 id={`${ids}context-title`}>{claim.quote ? "The quote in context" : "Where it was reported"}</H2>
          <figure className="passage">
            <blockquote data-testid="passage">
              <p>
                {passage.before}
                <mark>{passage.exact}</mark>
                {passage.after}
              </p>
            </blockquote>
            <figcaption>
              From <Link href={`/sources/${claim.firstAppearance.slug}`}>{claim.firstAppearance.title}</Link>
              {claim.firstAppearance.publisher ? <>, {claim.firstAppearance.publisher}</> : null}
              {claim.firstAppearance.publishedAt ? (
                <>
                  , <Day date={claim.firstAppearance.publishedAt} inferred={claim.firstAppearance.publishedAtInferred} />
                </>
              ) : null}
              {" "}(paragraph {passage.paragraph + 1})
            </figcaption>
          </figure>
        </section>
      ) : claim.quote ? (
        <blockquote className="claim-card__quote">“{claim.quote}”</blockquote>
      ) : null}

      <section aria-labelledby={`${ids}who-title`}>
        <H2 id={`${ids}who-title`}>Who said it, when and where</H2>
        <dl className="facts">
          <dt>Who</dt>
          <dd>
            <Link href={`/speakers/${claim.claimant.slug}`}>{claim.claimant.name}</Link>
            {claim.claimant.title ? <>, {claim.claimant.title}</> : null}
          </dd>
          {claim.relayedFrom ? (
            <>
              <dt>Passing on</dt>
              <dd>
                what <Link href={`/speakers/${claim.relayedFrom.slug}`}>{claim.relayedFrom.name}</Link> said or indicated, at
                second hand
              </dd>
            </>
          ) : null}
          <dt>When</dt>
          <dd>
            {claim.saidAt ? <Day date={claim.saidAt} inferred={claim.saidAtInferred} /> : "Not stated in the report"}
            {claim.saidAtNote ? <span className="fine-print"> {claim.saidAtNote}</span> : null}
          </dd>
          {claim.venue ? (
            <>
              <dt>Where</dt>
              <dd>{claim.venue}</dd>
            </>
          ) : null}
          {claim.firstAppearance ? (
            <>
              <dt>First appeared in</dt>
              <dd>
                <Link href={`/sources/${claim.firstAppearance.slug}`}>{claim.firstAppearance.title}</Link>
                {claim.firstAppearance.publisher ? <>, {claim.firstAppearance.publisher}</> : null}
              </dd>
            </>
          ) : null}
        </dl>
        {claim.context ? <p className="context">{claim.context}</p> : null}
      </section>

      <section aria-labelledby={`${ids}evidence-title`}>
        <H2 id={`${ids}evidence-title`}>Sources and evidence</H2>
        {claim.evidence.length === 0 ? (
          <p className="empty">No evidence has been attached yet.</p>
        ) : (
          <ul className="evidence-list">
            {claim.evidence.map((item) => (
              <li key={item.source.slug} className={`evidence evidence--${item.stance.toLowerCase()}`} data-testid="evidence">
                <p className="evidence__head">
                  <span className="evidence__stance">{STANCE_LABELS[item.stance]}</span>{" "}
                  {item.attributedTo ? <span className="evidence__party">{item.attributedTo.name}, in </span> : null}
                  <Link href={`/sources/${item.source.slug}`}>{item.source.title}</Link>
                  {item.source.publisher ? <span className="evidence__publisher"> — {item.source.publisher}</span> : null}
                </p>
                {item.note ? <p className="evidence__note">{item.note}</p> : null}
                <p className="evidence__meta">
                  {STRENGTH_LABELS[item.strength]} · status of this source: {VERIFICATION_LABELS[item.source.verification].label.toLowerCase()}
                  {item.source.url ? (
                    <>
                      {" · "}
                      <a href={item.source.url} rel="noopener noreferrer nofollow">
                        original
                      </a>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {claim.links.length > 0 ? (
        <section aria-labelledby={`${ids}related-title`}>
          <H2 id={`${ids}related-title`}>Related claims</H2>
          <ul className="related-list">
            {claim.links.map((link) => (
              <li key={`${link.direction}-${link.type}-${link.claim.slug}`}>
                <span className="related-list__label">{linkLabel(link.type, link.direction)}:</span>{" "}
                <Link href={`/claims/${link.claim.slug}`}>{link.claim.statement}</Link>{" "}
                <VerificationBadge verification={link.claim.verification} />
                {link.note ? <span className="fine-print"> {link.note}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {claim.annotations.length > 0 ? (
        <section aria-labelledby={`${ids}notes-title`}>
          <H2 id={`${ids}notes-title`}>Editor&apos;s notes</H2>
          <ul className="notes-list">
            {claim.annotations.map((note) => (
              <li key={note.id} className="note" data-testid="public-note">
                <p className="note__body">{note.body}</p>
                <p className="fine-print">
                  {note.author.name} · <Day date={note.createdAt} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby={`${ids}timeline-title`}>
        <H2 id={`${ids}timeline-title`}>Timeline of changes</H2>
        {claim.statusChanges.length === 0 ? (
          <p className="empty">No changes recorded.</p>
        ) : (
          <ol className="timeline" data-testid="timeline">
            {claim.statusChanges.map((change) => (
              <li key={change.id}>
                <p>
                  <Day date={change.createdAt} /> — <strong>{changeSentence(change)}</strong>
                </p>
                <p className="fine-print">{change.reason}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      {preview ? null : (
        <aside className="report-error" aria-labelledby={`${ids}report-title`}>
          <H2 id={`${ids}report-title`}>See an error?</H2>
          <p>
            Tell us what is wrong and how you know: <a href={reportHref}>report an error on this claim</a>. Corrections
            appear in the timeline above.
          </p>
        </aside>
      )}
    </article>
  );
}
