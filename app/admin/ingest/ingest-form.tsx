"use client";

import { unstable_rethrow } from "next/navigation";
import { useActionState, useState, type ClipboardEvent, type FormEvent } from "react";
import type { ActionState } from "@/lib/auth/desk-action";
import type { IngestPreview } from "@/lib/ingest/ingest-article";
import { MAX_ARTICLE_CHARS, tooLongMessage } from "@/lib/ingest/limits";
import { CandidatesSection } from "./candidates-section";

type Action<R> = (previous: ActionState<R>, formData: FormData) => Promise<ActionState<R>>;
/** The preview's answer, with the text it was found in (to tell when the text changed since) and a number per preview. */
type PreviewState = (NonNullable<ActionState<IngestPreview>> & { text: string; version: number }) | null;

const REQUEST_FAILED =
  "The desk did not take this request, so nothing was saved: it may be too large (a form may send at most 1 MB) or the connection failed. Try again, or paste a shorter text.";

/**
 * A request that fails outright (a body over the 1 MB a desk form may send answers 413; a lost
 * connection) answers like a refused form, with a message, instead of the error page. A
 * redirect (the drafts were created) goes on as a redirect.
 */
async function settled<R>(action: Action<R>, previous: ActionState<R>, formData: FormData): Promise<ActionState<R>> {
  try {
    return await action(previous, formData);
  } catch (error) {
    unstable_rethrow(error);
    return { ok: false, message: REQUEST_FAILED };
  }
}

let previews = 0;

type Props = {
  previewAction: Action<IngestPreview>;
  /** Redirects to the drafts once created: its only answer is a refusal. */
  createAction: Action<never>;
};

/**
 * Paste an article and its details, find its candidates, pick and correct them, create the
 * drafts. One form with two buttons: "Find quotes" sends the article for a preview (nothing is
 * written), "Create N drafts" sends it again with the choices. A text over the limit is refused
 * here before it is sent, whether pasted, dropped or typed.
 */
export function IngestForm({ previewAction, createAction }: Props) {
  const [previewState, preview, previewing] = useActionState<PreviewState, FormData>(async (previous, formData) => {
    const state = await settled(previewAction, previous, formData);
    return state && { ...state, text: String(formData.get("text") ?? ""), version: ++previews };
  }, null);
  const [createState, create, creating] = useActionState<ActionState, FormData>(
    (previous, formData) => settled(createAction, previous, formData),
    null,
  );
  const [text, setText] = useState("");
  const [fields, setFields] = useState({ title: "", outlet: "", url: "", published: "" });
  const [sizeError, setSizeError] = useState<string | null>(null);
  const [lastSent, setLastSent] = useState<"preview" | "create">("preview");

  const answer = lastSent === "create" ? createState : previewState;
  const errorsOf = (name: string) => (answer && !answer.ok ? answer.fieldErrors?.[name] : undefined);
  const candidates = previewState?.ok ? previewState.result : undefined;
  const stale = Boolean(candidates) && previewState?.text !== text;

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const box = event.currentTarget;
    const pasted = event.clipboardData.getData("text/plain");
    const length = box.value.length - (box.selectionEnd - box.selectionStart) + pasted.length;
    if (length > MAX_ARTICLE_CHARS) {
      event.preventDefault();
      setSizeError(`${tooLongMessage(length)} Nothing was pasted.`);
    }
  }

  function onTextChange(value: string) {
    setText(value);
    setSizeError(value.length > MAX_ARTICLE_CHARS ? tooLongMessage(value.length) : null);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    setLastSent(submitter?.dataset.intent === "create" ? "create" : "preview");
    if (text.length > MAX_ARTICLE_CHARS) {
      event.preventDefault();
      setSizeError(tooLongMessage(text.length));
      event.currentTarget.querySelector("textarea")?.focus();
    }
  }

  const field = (name: keyof typeof fields, label: string, props: { type?: string; required?: boolean; maxLength: number; hint?: string }) => {
    const errors = errorsOf(name);
    return (
      <label className="field">
        <span>
          {label}
          {props.required ? <span className="fine-print"> (required)</span> : null}
        </span>
        <input
          name={name}
          type={props.type ?? "text"}
          value={fields[name]}
          maxLength={props.maxLength}
          aria-required={props.required || undefined}
          aria-invalid={errors ? true : undefined}
          aria-describedby={`ingest-${name}-error`}
          onChange={(event) => setFields({ ...fields, [name]: event.target.value })}
        />
        {props.hint ? <small>{props.hint}</small> : null}
        <span className="field-error" id={`ingest-${name}-error`}>
          {errors?.join(" ")}
        </span>
      </label>
    );
  };

  const textErrors = sizeError ? [sizeError] : errorsOf("text");
  return (
    <form className="ingest" onSubmit={onSubmit} noValidate data-testid="ingest-form">
      <div className="form-card">
        <label className="field ingest__text">
          <span>
            Article text<span className="fine-print"> (required)</span>
          </span>
          <textarea
            name="text"
            rows={14}
            value={text}
            onChange={(event) => onTextChange(event.target.value)}
            onPaste={onPaste}
            aria-required
            aria-invalid={textErrors ? true : undefined}
            aria-describedby="ingest-text-count ingest-text-error"
            spellCheck={false}
          />
          <small id="ingest-text-count">
            {text.length.toLocaleString("en")} of at most {MAX_ARTICLE_CHARS.toLocaleString("en")} characters. Paste the headline and the body;
            paragraphs are separated by blank lines.
          </small>
          <span className="field-error" id="ingest-text-error" role={sizeError ? "alert" : undefined} data-testid="ingest-text-error">
            {textErrors?.join(" ")}
          </span>
        </label>
        <div className="form-grid">
          {field("title", "Title", { required: true, maxLength: 300 })}
          {field("outlet", "Outlet (publisher)", { required: true, maxLength: 200 })}
          {field("url", "Address (URL)", { type: "url", maxLength: 1000 })}
          {field("published", "Published on", { type: "date", maxLength: 10, hint: "Drafts are dated this day, marked as inferred." })}
        </div>
        <div className="form-actions">
          <button type="submit" formAction={preview} data-intent="preview" disabled={previewing || Boolean(sizeError)}>
            {previewing ? "Finding quotes…" : "Find quotes"}
          </button>
          {lastSent === "preview" && previewState && !previewState.ok ? (
            <p className="form-error" role="alert" data-testid="ingest-message">
              {previewState.message}
            </p>
          ) : null}
        </div>
      </div>
      {candidates ? (
        <CandidatesSection
          key={previewState?.version}
          preview={candidates}
          stale={stale}
          createState={lastSent === "create" ? createState : null}
          createAction={create}
          creating={creating}
        />
      ) : null}
    </form>
  );
}
