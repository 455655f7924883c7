import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimView } from "@/app/claims/[slug]/claim-view";
import { Day } from "@/app/components/day";
import { RatingBadge, VerificationBadge } from "@/app/components/status-badges";
import {
  canAddPublicMaterial,
  canAttachEvidence,
  canChangeAnnotation,
  canChangeWorkflow,
  canEditClaim,
  canEditEvidence,
  canLinkClaims,
  canRemoveEvidence,
  canSetClaimStatus,
} from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { deskAssignees, deskClaim } from "@/lib/claims/desk-queries";
import { linkLabel } from "@/lib/claims/link-labels";
import { previewClaim } from "@/lib/claims/public-claim";
import { CORROBORATION_QUESTION, sourcingProblems, sourcingRefusal } from "@/lib/claims/readiness";
import { STANCE_LABELS, STRENGTH_LABELS } from "@/lib/claims/sourcing";
import { RATING_LABELS, VERIFICATION_LABELS, WORKFLOW_LABELS } from "@/lib/claims/status-labels";
import { describeChange } from "@/lib/claims/timeline";
import { ClaimLinkType, EvidenceStance, EvidenceStrength, Rating, Verification, Workflow } from "@/lib/db/enums";
import { siteConfig } from "@/lib/site-config";
import {
  addNoteAction,
  attachEvidenceAction,
  bulkClaimsAction,
  changeStatusAction,
  deleteNoteAction,
  editNoteAction,
  linkClaimsAction,
  removeEvidenceAction,
  unlinkClaimsAction,
  updateClaimAction,
  updateEvidenceAction,
} from "../../actions";
import { ActionForm } from "../../components/action-form";
import { CheckboxField, Hidden, SelectField, TextField } from "../../components/fields";
import { SearchPicker } from "../../components/search-picker";
import { UnsavedChangesGuard } from "../../components/unsaved-guard";
import { CLAIM_FIELD_LABELS, ClaimFields } from "../claim-fields";
import { InlineCreate } from "../inline-create";
import { redirectToLogin } from "@/app/admin/login-redirect";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

const options = <T extends string>(values: readonly T[], label: (value: T) => string) =>
  [...new Set(values)].map((value) => ({ value, label: label(value) }));

const noteVisibilities = (publicAllowed: boolean) => [
  { value: "INTERNAL", label: "Internal (desk only)" },
  ...(publicAllowed ? [{ value: "PUBLIC", label: "Public (on the claim page)" }] : []),
];

const SECTIONS = [
  ["claim", "Claim"],
  ["status", "Status"],
  ["evidence", "Evidence"],
  ["notes", "Notes"],
  ["links", "Links"],
  ["history", "History"],
  ["preview", "Preview"],
] as const;

export async function generateMetadata({ params }: Props) {
  const actor = await currentActor();
  const claim = await deskClaim(actor, (await params).id);
  return { title: claim ? claim.statement : "Claim" };
}

/**
 * The claim editor: one page in sections (claim, status, evidence, notes, links, history) with
 * the claim as readers will see it, drafts included. Each section is its own form bound to one
 * lib/ service; leaving with an unsaved change asks first.
 */
export default async function DeskClaimPage({ params, searchParams }: Props) {
  const actor = await currentActor();
  const { id } = await params;
  if (!actor) return redirectToLogin();
  const [claim, preview, assignees] = await Promise.all([deskClaim(actor, id), previewClaim(actor, id), deskAssignees(actor)]);
  if (!claim || !preview || !assignees) notFound();
  const { created } = await searchParams;
  const editor = canSetClaimStatus(actor);
  const publicAllowed = canAddPublicMaterial(actor, claim);
  const canSubmit = claim.workflow === "DRAFT" && canChangeWorkflow(actor, claim, "IN_REVIEW");
  // The panel stays once its author has submitted, so the answer stays on screen.
  const submitted = claim.workflow === "IN_REVIEW" && claim.createdById === actor.id && !editor;
  const missing = sourcingProblems({ firstAppearanceId: claim.firstAppearanceId, evidenceCount: claim.evidence.length }, "IN_REVIEW");
  const doubted = claim.evidence.some((item) => item.stance === "COULD_NOT_VERIFY") && claim.verification !== "CORROBORATED";
  const workflows = editor ? Object.values(Workflow) : ([claim.workflow, ...(canSubmit ? (["IN_REVIEW"] as const) : [])] as Workflow[]);
  const links = [
    ...claim.linksFrom.map((link) => ({ link, other: link.toClaim, label: linkLabel(link.type, "outgoing") })),
    ...claim.linksTo.map((link) => ({ link, other: link.fromClaim, label: linkLabel(link.type, "incoming") })),
  ];

  return (
    <article className="desk-claim">
      <UnsavedChangesGuard />
      <header className="desk-claim__head">
        <p className="eyebrow">
          {WORKFLOW_LABELS[claim.workflow]} · version {claim.version}
          {claim.workflow === "PUBLISHED" ? (
            <>
              {" · "}
              <Link href={`/claims/${claim.slug}`}>public page</Link>
            </>
          ) : null}
        </p>
        <h1>{claim.statement}</h1>
        <p>
          <VerificationBadge verification={claim.verification} />
          {claim.rating ? <RatingBadge rating={claim.rating} /> : null}
          <span className="fine-print">
            {" "}
            {claim.claimant.name} · assigned to {claim.assignee?.name ?? "nobody"} · created by {claim.createdBy?.name ?? "the seed"}
          </span>
        </p>
        {created ? (
          <p className="notice" role="status" data-testid="created-notice">
            Draft created. Record where it first appeared, attach evidence, then submit it for review.
          </p>
        ) : null}
        {canSubmit || submitted ? (
          <section className="submit-panel" aria-labelledby="submit-title" data-testid="submit-panel">
            <h2 id="submit-title">{submitted ? "In review" : "Submit for review"}</h2>
            {submitted ? (
              <p className="fine-print">An editor will review it; readers see it only once it is published.</p>
            ) : missing.length > 0 ? (
              <p className="fine-print" data-testid="submit-missing">
                {sourcingRefusal(missing, "IN_REVIEW")}
              </p>
            ) : (
              <p className="fine-print">An editor will review it; readers see it only once it is published.</p>
            )}
            <ActionForm action={changeStatusAction} submitLabel="Submit for review" className="inline-form" testId="submit-form" done={submitted}>
              <Hidden name="claimId" value={claim.id} />
              <Hidden name="expectedVersion" value={claim.version} />
              <Hidden name="workflow" value="IN_REVIEW" />
              {submitted ? null : <TextField name="reason" label="Note for the editor (in the timeline)" value="Ready for review." maxLength={1000} />}
            </ActionForm>
          </section>
        ) : null}
      </header>

      <nav className="section-nav" aria-label="Sections of this claim">
        <ul>
          {SECTIONS.map(([anchor, label]) => (
            <li key={anchor}>
              <a href={`#${anchor}`}>
                {label}
                {anchor === "evidence" ? ` (${claim.evidence.length})` : anchor === "notes" ? ` (${claim.annotations.length})` : anchor === "links" ? ` (${links.length})` : null}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="claim" className="desk-section" aria-labelledby="edit-title">
        <h2 id="edit-title">Claim</h2>
        {canEditClaim(actor, claim) ? (
          <>
            <InlineCreate />
            <ActionForm
              action={updateClaimAction}
              submitLabel="Save claim"
              testId="claim-form"
              review={{ labels: CLAIM_FIELD_LABELS, version: claim.version }}
              trackUnsaved
            >
              <Hidden name="claimId" value={claim.id} />
              <Hidden name="expectedVersion" value={claim.version} />
              <ClaimFields claim={claim} />
            </ActionForm>
          </>
        ) : (
          <p className="fine-print">Only editors, or the contributor who drafted it while it is a draft, edit this claim.</p>
        )}
      </section>

      <section id="status" className="desk-section" aria-labelledby="status-title">
        <h2 id="status-title">Status</h2>
        <ActionForm action={changeStatusAction} submitLabel="Change status" testId="status-form" trackUnsaved>
          <Hidden name="claimId" value={claim.id} />
          <Hidden name="expectedVersion" value={claim.version} />
          <div className="form-grid">
            {editor ? (
              <>
                <SelectField name="verification" label="Verification" value={claim.verification} options={options(Object.values(Verification), (v) => VERIFICATION_LABELS[v].label)} />
                <SelectField
                  name="rating"
                  label="Rating"
                  value={claim.rating ?? "NONE"}
                  options={[{ value: "NONE", label: "No rating" }, ...options(Object.values(Rating), (r) => RATING_LABELS[r])]}
                  hint={claim.evidence.length === 0 ? "Attach evidence before rating." : undefined}
                />
              </>
            ) : null}
            <SelectField name="workflow" label="Workflow" value={claim.workflow} options={options(workflows, (w) => WORKFLOW_LABELS[w])} />
          </div>
          {editor && doubted ? <CheckboxField name="confirmCorroborated" label={CORROBORATION_QUESTION} hint="Asked only when marking it corroborated." /> : null}
          {editor ? <TextField name="ratingSummary" label="Rating summary (shown to readers)" value={claim.ratingSummary ?? ""} multiline maxLength={2000} /> : null}
          <TextField name="reason" label="Reason for the change (public, in the timeline)" multiline maxLength={1000} />
        </ActionForm>
        {canLinkClaims(actor) ? (
          <ActionForm action={bulkClaimsAction} submitLabel="Assign" className="inline-form" testId="assign-form">
            <Hidden name="action" value="assign" />
            <Hidden name="claimIds" value={claim.id} />
            <SelectField name="assigneeId" label="Assigned to" value={claim.assignee?.id ?? "none"} options={[{ value: "none", label: "Nobody" }, ...assignees.users.map((user) => ({ value: user.id, label: user.name }))]} />
          </ActionForm>
        ) : null}
      </section>

      <section id="evidence" className="desk-section" aria-labelledby="evidence-title">
        <h2 id="evidence-title">Evidence</h2>
        {claim.evidence.length === 0 ? <p className="empty">No evidence yet.</p> : null}
        <ul className="evidence-list">
          {claim.evidence.map((item) => (
            <li key={item.id} className={`evidence evidence--${item.stance.toLowerCase()}`} data-testid="desk-evidence">
              <p className="evidence__head">
                <span className="evidence__stance">{STANCE_LABELS[item.stance]}</span>{" "}
                {item.attributedTo ? <span className="evidence__party">{item.attributedTo.name}, in </span> : null}
                {item.source.title}
                {item.source.publisher ? <span className="evidence__publisher"> — {item.source.publisher}</span> : null}
              </p>
              {item.note ? <p className="evidence__note">{item.note}</p> : null}
              <p className="evidence__meta">{STRENGTH_LABELS[item.strength]}</p>
              {canEditEvidence(actor, item, claim) ? (
                <details className="evidence__edit">
                  <summary>Edit</summary>
                  <ActionForm action={updateEvidenceAction} submitLabel="Save evidence" testId="evidence-edit-form" trackUnsaved>
                    <Hidden name="evidenceId" value={item.id} />
                    <div className="form-grid">
                      <SelectField name="stance" label="Stance" value={item.stance} options={options(Object.values(EvidenceStance), (s) => STANCE_LABELS[s])} />
                      <SelectField name="strength" label="Strength" value={item.strength} options={options(Object.values(EvidenceStrength), (s) => STRENGTH_LABELS[s])} />
                      <SearchPicker
                        name="attributedToId"
                        label="Who takes this stance (if not the publisher)"
                        kind="speaker"
                        emptyLabel="The source's publisher"
                        value={item.attributedTo ? { id: item.attributedTo.id, label: item.attributedTo.name } : null}
                      />
                    </div>
                    <TextField name="note" label="Note" value={item.note ?? ""} multiline maxLength={2000} />
                  </ActionForm>
                </details>
              ) : null}
              {canRemoveEvidence(actor, item, claim) ? (
                <ActionForm action={removeEvidenceAction} submitLabel="Remove" className="inline-form" confirm={`Remove ${item.source.title} from the evidence?`}>
                  <Hidden name="evidenceId" value={item.id} />
                </ActionForm>
              ) : null}
            </li>
          ))}
        </ul>
        {canAttachEvidence(actor, claim) ? (
          <>
        <h3>Attach evidence</h3>
        <ActionForm action={attachEvidenceAction} submitLabel="Attach evidence" testId="evidence-form" trackUnsaved>
          <Hidden name="claimId" value={claim.id} />
          <div className="form-grid">
            <SearchPicker name="sourceId" label="Source" kind="source" placeholder="Search sources…" />
            <SelectField name="stance" label="Stance" options={options(Object.values(EvidenceStance), (s) => STANCE_LABELS[s])} />
            <SelectField name="strength" label="Strength" options={options(Object.values(EvidenceStrength), (s) => STRENGTH_LABELS[s])} />
            <SearchPicker name="attributedToId" label="Who takes this stance (if not the publisher)" kind="speaker" emptyLabel="The source's publisher" />
          </div>
          <TextField name="note" label="Note" multiline maxLength={2000} />
        </ActionForm>
          </>
        ) : (
          <p className="fine-print">Readers already see this claim: evidence on it is an editor&rsquo;s to add. Suggest it in an internal note.</p>
        )}
      </section>

      <section id="notes" className="desk-section" aria-labelledby="notes-title">
        <h2 id="notes-title">Notes</h2>
        <ul className="notes-list">
          {claim.annotations.map((note) => (
            <li key={note.id} className={`note note--${note.visibility.toLowerCase()}`} data-testid="desk-note">
              <p className="fine-print">
                <strong>{note.visibility === "PUBLIC" ? "Public" : "Internal"}</strong> · {note.author.name} · <Day date={note.createdAt} />
              </p>
              <p className="note__body">{note.body}</p>
              {canChangeAnnotation(actor, note, claim) ? (
                <details>
                  <summary>Edit or delete</summary>
                  <ActionForm action={editNoteAction} submitLabel="Save note" className="inline-form" trackUnsaved>
                    <Hidden name="annotationId" value={note.id} />
                    <SelectField name="visibility" label="Visibility" value={note.visibility} options={noteVisibilities(publicAllowed)} />
                    <TextField name="body" label="Note" value={note.body} multiline maxLength={5000} />
                  </ActionForm>
                  <ActionForm action={deleteNoteAction} submitLabel="Delete note" className="inline-form" confirm="Delete this note?">
                    <Hidden name="annotationId" value={note.id} />
                  </ActionForm>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
        <ActionForm action={addNoteAction} submitLabel="Add note" testId="note-form" trackUnsaved>
          <Hidden name="claimId" value={claim.id} />
          <SelectField name="visibility" label="Visibility" value="INTERNAL" options={noteVisibilities(publicAllowed)} />
          {publicAllowed ? null : <p className="fine-print">Readers already see this claim: your notes on it are internal, and an editor can make one public.</p>}
          <TextField name="body" label="Note (plain text)" multiline maxLength={5000} />
        </ActionForm>
      </section>

      <section id="links" className="desk-section" aria-labelledby="links-title">
        <h2 id="links-title">Linked claims</h2>
        {links.length === 0 ? <p className="empty">No linked claims.</p> : null}
        <ul className="related-list">
          {links.map(({ link, other, label }) => (
            <li key={link.id} data-testid="desk-link">
              <span className="related-list__label">{label}:</span> <Link href={`/admin/claims/${other.id}`}>{other.statement}</Link>
              {canLinkClaims(actor) ? (
                <ActionForm action={unlinkClaimsAction} submitLabel="Remove link" className="inline-form" confirm="Remove this link?">
                  <Hidden name="linkId" value={link.id} />
                </ActionForm>
              ) : null}
            </li>
          ))}
        </ul>
        {canLinkClaims(actor) ? (
          <ActionForm action={linkClaimsAction} submitLabel="Link claims" testId="link-form" trackUnsaved>
            <Hidden name="fromClaimId" value={claim.id} />
            <div className="form-grid">
              <SelectField name="type" label="This claim…" options={options(Object.values(ClaimLinkType), (t) => linkLabel(t, "outgoing").toLowerCase())} />
              <SearchPicker name="toClaim" label="…the claim" kind="claim" exclude={claim.id} placeholder="Search claims by their words…" />
            </div>
            <TextField name="note" label="Note" maxLength={500} />
          </ActionForm>
        ) : (
          <p className="fine-print">Editors add and remove links.</p>
        )}
      </section>

      <section id="history" className="desk-section" aria-labelledby="history-title">
        <h2 id="history-title">History</h2>
        <ol className="timeline">
          {claim.statusChanges.map((change) => {
            const { field, from, to } = describeChange(change);
            return (
              <li key={change.id}>
                <p>
                  <Day date={change.createdAt} /> — {field}: {from} → <strong>{to}</strong> · {change.actor?.name ?? "seed"}
                </p>
                <p className="fine-print">{change.reason}</p>
              </li>
            );
          })}
        </ol>
      </section>

      <section id="preview" className="desk-section desk-preview" aria-labelledby="preview-title" data-testid="preview">
        <h2 id="preview-title">Preview: the claim as readers will see it</h2>
        {claim.workflow !== "PUBLISHED" ? (
          <p className="fine-print">Not public yet: readers see this page once the claim is published.</p>
        ) : null}
        <ClaimView claim={preview} config={siteConfig()} preview />
      </section>
    </article>
  );
}
