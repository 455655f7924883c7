"use client";

import { createContext, useActionState, useContext, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { ActionState } from "@/lib/auth/desk-action";
import { diffSnapshots, snapshotForm, type FieldChange, type FieldSnapshot } from "./change-review";

const FormState = createContext<ActionState>(null);

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  submitLabel: string;
  children: ReactNode;
  className?: string;
  testId?: string;
  /** A removal: the button first asks this question, and only "Yes" submits. */
  confirm?: string;
  /**
   * Show what will change (old → new, for these fields and labels) before saving, compared with
   * the record as loaded; `version` is the record's, so a save starts a new comparison.
   */
  review?: { labels: Record<string, string>; version: number };
  /** Leaving the page with this form changed and unsaved asks first (unsaved-guard.tsx). */
  trackUnsaved?: boolean;
  /** Nothing left to submit (the form stays, so its last answer stays on screen). */
  done?: boolean;
};

/**
 * A desk form bound to a server action: shows the service's message, keeps each field's error
 * beside the field and the typed values after an error. Works without JavaScript too.
 */
export function ActionForm({ action, submitLabel, children, className = "form-card", testId, confirm, review, trackUnsaved = false, done = false }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  // A confirmation is asked for the current answer only: a new answer ends it.
  const [askedAt, setAskedAt] = useState<ActionState | undefined>(undefined);
  const asking = askedAt !== undefined && askedAt === state;
  const setAsking = (ask: boolean) => setAskedAt(ask ? state : undefined);
  // The changes shown belong to the version they were computed against: a save ends them.
  const [review_, setReview] = useState<{ version: number; list: FieldChange[] } | null>(null);
  const changes = review_ && review && review_.version === review.version ? review_.list : null;
  const setChanges = (list: FieldChange[] | null) => setReview(list && review ? { version: review.version, list } : null);
  const form = useRef<HTMLFormElement>(null);
  const baseline = useRef<FieldSnapshot | null>(null);
  const reviewed = useRef(false);
  const fieldNames = review ? Object.keys(review.labels).join(",") : "";

  // The record as loaded (and again after each save, which brings a new version).
  useEffect(() => {
    if (review && form.current) baseline.current = snapshotForm(form.current, Object.keys(review.labels));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the labels object is new on every render; its keys are what count
  }, [review?.version, fieldNames]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!review || !baseline.current) return;
    if (reviewed.current) {
      reviewed.current = false;
      setChanges(null);
      return;
    }
    event.preventDefault();
    setChanges(diffSnapshots(baseline.current, snapshotForm(event.currentTarget, Object.keys(review.labels)), review.labels));
  }

  return (
    <form
      ref={form}
      action={formAction}
      onSubmit={onSubmit}
      className={className}
      data-testid={testId}
      data-track-unsaved={trackUnsaved ? "true" : undefined}
      noValidate
    >
      <FormState.Provider value={state}>{children}</FormState.Provider>
      {changes ? (
        <div className="change-review" role="region" aria-label="What will change" data-testid="change-review">
          {changes.length === 0 ? (
            <p>Nothing has changed since the page was loaded.</p>
          ) : (
            <>
              <p>
                <strong>Saving will change:</strong>
              </p>
              <dl className="change-review__list">
                {changes.map((change) => (
                  <div key={change.name} className="change-review__row">
                    <dt>{change.label}</dt>
                    <dd>
                      <del>{change.from || "—"}</del> <span aria-label="becomes">→</span> <ins>{change.to || "—"}</ins>
                    </dd>
                  </div>
                ))}
              </dl>
            </>
          )}
          <div className="form-actions">
            {changes.length > 0 ? (
              <button
                type="button"
                disabled={pending}
                onClick={() => {
                  reviewed.current = true;
                  form.current?.requestSubmit();
                }}
              >
                Save these changes
              </button>
            ) : null}
            <button type="button" className="button-secondary" onClick={() => setChanges(null)}>
              Keep editing
            </button>
          </div>
        </div>
      ) : null}
      <div className="form-actions">
        {done ? null : confirm && !asking ? (
          <button type="button" onClick={() => setAsking(true)}>
            {submitLabel}
          </button>
        ) : confirm ? (
          <span className="confirm" role="group" aria-label={confirm}>
            <span className="confirm__question">{confirm}</span>{" "}
            <button type="submit" disabled={pending} className="button-danger">
              {pending ? "Removing…" : `Yes, ${submitLabel.toLowerCase()}`}
            </button>{" "}
            <button type="button" className="button-secondary" onClick={() => setAsking(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="submit" disabled={pending}>
            {pending ? "Saving…" : submitLabel}
          </button>
        )}
        {state ? (
          <p className={state.ok ? "form-ok" : "form-error"} role={state.ok ? "status" : "alert"}>
            {state.message}
            {!state.ok && state.fieldErrors?.[""] ? ` ${state.fieldErrors[""].join(" ")}` : null}
          </p>
        ) : null}
      </div>
      {state && !state.ok && state.current ? <ConflictDetails current={state.current} /> : null}
    </form>
  );
}

/** The field's error, from the last submission. */
export function FieldError({ name }: { name: string }) {
  const state = useContext(FormState);
  const errors = state && !state.ok ? state.fieldErrors?.[name] : undefined;
  return errors ? (
    <span className="field-error" id={`${name}-error`}>
      {errors.join(" ")}
    </span>
  ) : null;
}

/** The value to show in a field: what was just submitted if it failed, else the record's. */
export function useSubmitted(name: string, fallback: string): string {
  const state = useContext(FormState);
  return state && !state.ok && state.values && name in state.values ? state.values[name]! : fallback;
}

const LABELS: Record<string, string> = {
  statement: "Statement",
  quote: "Quote",
  claimant: "Claimant",
  relayedFrom: "Relaying",
  subjects: "About (subjects)",
  saidAt: "Said on",
  venue: "Where",
  firstAppearance: "First appearance",
  topics: "Topics",
  context: "Context",
  verification: "Verification",
  rating: "Rating",
  workflow: "Workflow",
};

const show = (value: unknown) =>
  value === null || value === undefined || value === "" ? "—" : Array.isArray(value) ? value.join(", ") : String(value);

/** After a conflict: the record as someone else saved it. Nothing of ours was written. */
function ConflictDetails({ current }: { current: Record<string, unknown> }) {
  return (
    <div className="conflict" role="region" aria-label="The current version" data-testid="conflict">
      <p>
        <strong>The claim now reads:</strong> (version {show(current.version)}).{" "}
        <a href="">Reload the page</a> to edit the current version; copy anything of yours you want to keep first.
      </p>
      <dl className="facts">
        {Object.entries(current)
          .filter(([key]) => key !== "version")
          .map(([key, value]) => (
            <div key={key} className="conflict__row">
              <dt>{LABELS[key] ?? key}</dt>
              <dd>{show(value)}</dd>
            </div>
          ))}
      </dl>
    </div>
  );
}
