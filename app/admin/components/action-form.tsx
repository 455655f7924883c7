"use client";

import { createContext, useActionState, useContext, type ReactNode } from "react";
import type { ActionState } from "@/lib/auth/desk-action";

const FormState = createContext<ActionState>(null);

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  submitLabel: string;
  children: ReactNode;
  className?: string;
  testId?: string;
};

/**
 * A desk form bound to a server action: shows the service's message, keeps each field's error
 * beside the field and the typed values after an error. Works without JavaScript too.
 */
export function ActionForm({ action, submitLabel, children, className = "form-card", testId }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className={className} data-testid={testId} noValidate>
      <FormState.Provider value={state}>{children}</FormState.Provider>
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </button>
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
