import Link from "next/link";
import { notFound } from "next/navigation";
import { Day } from "@/app/components/day";
import { RatingBadge, VerificationBadge } from "@/app/components/status-badges";
import { canChangeAnnotation, canEditClaim, canLinkClaims, canRemoveEvidence, canSetClaimStatus } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { deskClaim, deskPickerOptions } from "@/lib/claims/desk-queries";
import { STANCE_LABELS, STRENGTH_LABELS } from "@/lib/claims/sourcing";
import { RATING_LABELS, VERIFICATION_LABELS, WORKFLOW_LABELS } from "@/lib/claims/status-labels";
import { describeChange } from "@/lib/claims/timeline";
import { ClaimLinkType, EvidenceStance, EvidenceStrength, Rating, Verification, Workflow } from "@/lib/db/enums";
import { linkLabel } from "@/lib/claims/link-labels";
import {
  addNoteAction,
  attachEvidenceAction,
  bulkClaimsAction,
  changeStatusAction,
  linkClaimsAction,
  unlinkClaimsAction,
  deleteNoteAction,
  editNoteAction,
  removeEvidenceAction,
  updateClaimAction,
} from "../../actions";
import { ActionForm } from "../../components/action-form";
import { Hidden, SelectField, TextField } from "../../components/fields";
import { ClaimFields } from "../claim-fields";
import { InlineCreate } from "../inline-create";
import { redirectToLogin } from "@/app/admin/login-redirect";

type Props = { params: Promise<{ id: string }> };

const options = <T extends string>(values: readonly T[], label: (value: T) => string) =>
  values.map((value) => ({ value, label: label(value) }));

export async function generateMetadata({ params }: Props) {
  const actor = await currentActor();
  const claim = await deskClaim(actor, (await params).id);
  return { title: claim ? claim.statement : "Claim" };
}

export default async function DeskClaimPage({ params }: Props) {
  const actor = await currentActor();
  if (!actor) return redirectToLogin();
  const [claim, pickers] = await Promise.all([deskClaim(actor, (await params).id), deskPickerOptions(actor)]);
  if (!claim || !pickers) notFound();
  const editor = canSetClaimStatus(actor);

  return (
    <article className="desk-claim">
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

      <section aria-labelledby="status-title">
        <h2 id="status-title">Change status</h2>
        <ActionForm action={changeStatusAction} submitLabel="Change status" testId="status-form">
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
            <SelectField
              name="workflow"
              label="Workflow"
              value={claim.workflow}
              options={options(editor ? Object.values(Workflow) : ([claim.workflow, "IN_REVIEW"] as const), (w) => WORKFLOW_LABELS[w])}
            />
          </div>
          {editor ? <TextField name="ratingSummary" label="Rating summary (shown to readers)" value={claim.ratingSummary ?? ""} multiline maxLength={2000} /> : null}
          <TextField name="reason" label="Reason for the change (public, in the timeline)" multiline maxLength={1000} />
        </ActionForm>
      </section>

      <section aria-labelledby="notes-title">
        <h2 id="notes-title">Notes</h2>
        <ul className="notes-list">
          {claim.annotations.map((note) => (
            <li key={note.id} className={`note note--${note.visibility.toLowerCase()}`} data-testid="desk-note">
              <p className="fine-print">
                <strong>{note.visibility === "PUBLIC" ? "Public" : "Internal"}</strong> · {note.author.name} · <Day date={note.createdAt} />
              </p>
              <p className="note__body">{note.body}</p>
              {canChangeAnnotation(actor, note) ? (
                <details>
                  <summary>Edit or delete</summary>
                  <ActionForm action={editNoteAction} submitLabel="Save note" className="inline-form">
                    <Hidden name="annotationId" value={note.id} />
                    <SelectField name="visibility" label="Visibility" value={note.visibility} options={[{ value: "INTERNAL", label: "Internal" }, { value: "PUBLIC", label: "Public" }]} />
                    <TextField name="body" label="Note" value={note.body} multiline maxLength={5000} />
                  </ActionForm>
                  <ActionForm action={deleteNoteAction} submitLabel="Delete note" className="inline-form">
                    <Hidden name="annotationId" value={note.id} />
                  </ActionForm>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
        <ActionForm action={addNoteAction} submitLabel="Add note" testId="note-form">
          <Hidden name="claimId" value={claim.id} />
          <SelectField name="visibility" label="Visibility" value="INTERNAL" options={[{ value: "INTERNAL", label: "Internal (desk only)" }, { value: "PUBLIC", label: "Public (on the claim page)" }]} />
          <TextField name="body" label="Note (plain text)" multiline maxLength={5000} />
        </ActionForm>
      </section>

      <section aria-labelledby="evidence-title">
        <h2 id="evidence-title">Evidence</h2>
        <ul className="evidence-list">
          {claim.evidence.map((item) => (
            <li key={item.id} className={`evidence evidence--${item.stance.toLowerCase()}`}>
              <p className="evidence__head">
                <span className="evidence__stance">{STANCE_LABELS[item.stance]}</span>{" "}
                {item.attributedTo ? <span className="evidence__party">{item.attributedTo.name}, in </span> : null}
                {item.source.title}
                {item.source.publisher ? <span className="evidence__publisher"> — {item.source.publisher}</span> : null}
              </p>
              {item.note ? <p className="evidence__note">{item.note}</p> : null}
              <p className="evidence__meta">{STRENGTH_LABELS[item.strength]}</p>
              {canRemoveEvidence(actor, item, claim) ? (
                <ActionForm action={removeEvidenceAction} submitLabel="Remove" className="inline-form">
                  <Hidden name="evidenceId" value={item.id} />
                </ActionForm>
              ) : null}
            </li>
          ))}
        </ul>
        <ActionForm action={attachEvidenceAction} submitLabel="Attach evidence">
          <Hidden name="claimId" value={claim.id} />
          <div className="form-grid">
            <SelectField name="sourceId" label="Source" blank="Choose a source…" options={pickers.sources.map((s) => ({ value: s.id, label: s.title }))} />
            <SelectField name="stance" label="Stance" options={options(Object.values(EvidenceStance), (s) => STANCE_LABELS[s])} />
            <SelectField name="strength" label="Strength" options={options(Object.values(EvidenceStrength), (s) => STRENGTH_LABELS[s])} />
            <SelectField
              name="attributedToId"
              label="Who takes this stance (if not the publisher)"
              blank="The source's publisher"
              options={pickers.speakers.map((s) => ({ value: s.id, label: s.name }))}
            />
          </div>
          <TextField name="note" label="Note" multiline maxLength={2000} />
        </ActionForm>
      </section>

      {canEditClaim(actor, claim) ? (
        <section aria-labelledby="edit-title">
          <h2 id="edit-title">Edit the claim</h2>
          <InlineCreate />
          <ActionForm action={updateClaimAction} submitLabel="Save claim" testId="claim-form">
            <Hidden name="claimId" value={claim.id} />
            <Hidden name="expectedVersion" value={claim.version} />
            <ClaimFields claim={claim} pickers={pickers} />
          </ActionForm>
        </section>
      ) : null}

      <section aria-labelledby="links-title">
        <h2 id="links-title">Linked claims</h2>
        <ul className="related-list">
          {[
            ...claim.linksFrom.map((link) => ({ link, other: link.toClaim, label: linkLabel(link.type, "outgoing") })),
            ...claim.linksTo.map((link) => ({ link, other: link.fromClaim, label: linkLabel(link.type, "incoming") })),
          ].map(({ link, other, label }) => (
            <li key={link.id}>
              <span className="related-list__label">{label}:</span> <Link href={`/admin/claims/${other.id}`}>{other.statement}</Link>
              {canLinkClaims(actor) ? (
                <ActionForm action={unlinkClaimsAction} submitLabel="Remove link" className="inline-form">
                  <Hidden name="linkId" value={link.id} />
                </ActionForm>
              ) : null}
            </li>
          ))}
        </ul>
        {canLinkClaims(actor) ? (
          <ActionForm action={linkClaimsAction} submitLabel="Link claims">
            <Hidden name="fromClaimId" value={claim.id} />
            <div className="form-grid">
              <SelectField name="type" label="This claim…" options={options(Object.values(ClaimLinkType), (t) => linkLabel(t, "outgoing").toLowerCase())} />
              <TextField name="toClaim" label="…the claim (slug or id)" maxLength={120} />
            </div>
            <TextField name="note" label="Note" maxLength={500} />
          </ActionForm>
        ) : (
          <p className="fine-print">Editors add and remove links.</p>
        )}
      </section>

      {canLinkClaims(actor) ? (
        <section aria-labelledby="assign-title">
          <h2 id="assign-title">Assignment</h2>
          <ActionForm action={bulkClaimsAction} submitLabel="Assign" className="inline-form">
            <Hidden name="action" value="assign" />
            <Hidden name="claimIds" value={claim.id} />
            <SelectField name="assigneeId" label="Assigned to" value={claim.assignee?.id ?? "none"} options={[{ value: "none", label: "Nobody" }, ...pickers.users.map((user) => ({ value: user.id, label: user.name }))]} />
          </ActionForm>
        </section>
      ) : null}

      <section aria-labelledby="history-title">
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
    </article>
  );
}
