"use client";

import { useEffect, useRef, useState } from "react";
import type { ActionState } from "@/lib/auth/desk-action";
import type { IngestPreview, PreviewCandidate } from "@/lib/ingest/ingest-article";
import { SpeakerKind } from "@/lib/db/enums";
import type { SpeakerMatch } from "@/lib/ingest/speaker-match";
import { SearchPicker } from "../components/search-picker";

type Props = {
  preview: IngestPreview;
  /** The text was edited since these candidates were found. */
  stale: boolean;
  createState: ActionState;
  createAction: (formData: FormData) => void;
  creating: boolean;
};

/** Kept unless there is a reason to look first: quotes with a speaker, not drafted from this article before. */
const keptByDefault = (candidate: PreviewCandidate) => candidate.kind === "quote" && candidate.match !== null && !candidate.alreadyDrafted;

/**
 * The candidates found, each to keep or leave out, with its passage highlighted and its speaker
 * to confirm or correct, and the button that creates the kept ones as drafts.
 */
export function CandidatesSection({ preview, stale, createState, createAction, creating }: Props) {
  const [kept, setKept] = useState(() => new Set(preview.candidates.filter(keptByDefault).map((candidate) => candidate.index)));
  const heading = useRef<HTMLHeadingElement>(null);
  // A new list of candidates takes the focus, so a keyboard or screen-reader user lands on it.
  useEffect(() => heading.current?.focus(), []);

  const count = preview.candidates.length;
  const quotes = preview.candidates.filter((candidate) => candidate.kind === "quote").length;
  const errors = createState && !createState.ok ? createState.fieldErrors : undefined;
  const toggle = (index: number, keep: boolean) =>
    setKept((current) => {
      const next = new Set(current);
      if (keep) next.add(index);
      else next.delete(index);
      return next;
    });

  return (
    <section className="ingest-results" aria-labelledby="ingest-results-heading">
      <h2 id="ingest-results-heading" ref={heading} tabIndex={-1}>
        {count} candidate{count === 1 ? "" : "s"} found: {quotes} quote{quotes === 1 ? "" : "s"}, {count - quotes} figure{count - quotes === 1 ? "" : "s"}
      </h2>
      <p className="fine-print">
        Quotes with a speaker are kept; figures and candidates without a speaker are yours to add. Check every speaker marked “check”.
        {preview.source ? (
          <>
            {" "}
            This text is already stored as “<a href={`/admin/claims?source=${preview.source.slug}`}>{preview.source.title}</a>”: its drafts are added to it, and
            passages drafted before are not drafted again.
          </>
        ) : null}
      </p>
      <ol className="ingest-candidates" data-testid="ingest-candidates">
        {preview.candidates.map((candidate) => (
          <CandidateItem
            key={candidate.index}
            candidate={candidate}
            kept={kept.has(candidate.index)}
            onKeep={(keep) => toggle(candidate.index, keep)}
            errors={errors?.[`speaker-${candidate.index}`]}
          />
        ))}
      </ol>
      <div className="form-actions ingest-create">
        <button type="submit" formAction={createAction} data-intent="create" disabled={creating || stale || kept.size === 0} data-testid="ingest-create">
          {creating ? "Creating drafts…" : `Create ${kept.size} draft${kept.size === 1 ? "" : "s"}`}
        </button>
        {stale ? (
          <p className="form-error" role="status">
            The text changed since these were found: find quotes again.
          </p>
        ) : createState && !createState.ok ? (
          <p className="form-error" role="alert" data-testid="ingest-create-message">
            {createState.message}
            {createState.fieldErrors?.[""] ? ` ${createState.fieldErrors[""].join(" ")}` : null}
          </p>
        ) : null}
      </div>
    </section>
  );
}

const MATCH_FLAGS: Record<SpeakerMatch["status"], { label: string; check: boolean }> = {
  exact: { label: "in the desk", check: false },
  alias: { label: "in the desk (a name learnt before)", check: false },
  surname: { label: "in the desk, matched by surname", check: false },
  short: { label: "in the desk, by a shorter name", check: false },
  close: { label: "close spelling: check", check: true },
  new: { label: "new speaker: check", check: true },
};

function SpeakerFlag({ match }: { match: SpeakerMatch | null }) {
  const flag = match ? MATCH_FLAGS[match.status] : { label: "no speaker found: choose one", check: true };
  return <span className={`speaker-flag${flag.check ? " speaker-flag--check" : ""}`}>{flag.label}</span>;
}

const KIND_OPTIONS = Object.values(SpeakerKind).map((kind) => ({ value: kind, label: kind === "PERSON" ? "Person" : "Organisation" }));

function CandidateItem({ candidate, kept, onKeep, errors }: { candidate: PreviewCandidate; kept: boolean; onKeep: (keep: boolean) => void; errors?: string[] }) {
  const { index, match } = candidate;
  const [mode, setMode] = useState<"existing" | "new">(match && !match.speaker ? "new" : "existing");
  // Controlled, so what was typed survives a refused submission (React resets a form's uncontrolled fields).
  const [newSpeaker, setNewSpeaker] = useState({
    name: match?.article.name ?? candidate.speaker ?? "",
    title: match?.article.role ?? "",
    kind: match?.article.kind ?? "PERSON",
  });
  const edit = (field: keyof typeof newSpeaker, value: string) => setNewSpeaker((current) => ({ ...current, [field]: value }));
  const id = `candidate-${index}`;
  const words = candidate.text.length > 60 ? `${candidate.text.slice(0, 57)}…` : candidate.text;
  return (
    <li className={kept ? "candidate" : "candidate candidate--left-out"} data-testid="ingest-candidate" data-kept={kept ? "true" : "false"}>
      <div className="candidate__head">
        <label className="candidate__keep">
          <input type="checkbox" name="keep" value={index} checked={kept} onChange={(event) => onKeep(event.target.checked)} aria-describedby={`${id}-passage`} />
          Keep<span className="visually-hidden">: {words}</span>
        </label>
        <span className="candidate__kind">{candidate.kind === "quote" ? (candidate.partial ? "Partial quote" : "Quote") : "Figure"}</span>
        <span>confidence {Math.round(candidate.confidence * 100)}%</span>
        <span>paragraph {candidate.paragraph + 1}</span>
        {candidate.alreadyDrafted ? <span className="speaker-flag">already drafted</span> : null}
      </div>
      <blockquote className="candidate__passage" id={`${id}-passage`}>
        {candidate.passage.map((segment) => (
          <p key={segment.paragraph}>
            {segment.before}
            <mark>{segment.marked}</mark>
            {segment.after}
          </p>
        ))}
      </blockquote>
      <input type="hidden" name={`start-${index}`} value={candidate.start} />
      <fieldset className="candidate__speaker">
        <legend>
          Who said it <SpeakerFlag match={match} />
        </legend>
        {candidate.speaker ? (
          <p className="fine-print">
            The article names {candidate.speaker}
            {candidate.speakerRole ? ` (${candidate.speakerRole})` : ""}.
          </p>
        ) : null}
        <div className="radio-row">
          <label>
            <input type="radio" name={`speakerMode-${index}`} value="existing" checked={mode === "existing"} onChange={() => setMode("existing")} /> A speaker in the desk
          </label>
          <label>
            <input type="radio" name={`speakerMode-${index}`} value="new" checked={mode === "new"} onChange={() => setMode("new")} /> A new speaker
          </label>
        </div>
        {/* Both stay mounted, so switching back and forth keeps what was chosen or typed; the server reads the chosen mode's fields. */}
        <div hidden={mode !== "existing"}>
          <SearchPicker
            name={`speaker-${index}`}
            label="Speaker"
            kind="speaker"
            value={match?.speaker ? { id: match.speaker.id, label: match.speaker.name } : null}
            placeholder="Type a name to search…"
          />
        </div>
        <div className="form-grid" hidden={mode !== "new"}>
          <label className="field">
            <span>New speaker&apos;s name</span>
            <input name={`newName-${index}`} value={newSpeaker.name} onChange={(event) => edit("name", event.target.value)} maxLength={200} />
          </label>
          <label className="field">
            <span>Title or role</span>
            <input name={`newTitle-${index}`} value={newSpeaker.title} onChange={(event) => edit("title", event.target.value)} maxLength={200} />
          </label>
          <label className="field">
            <span>Kind</span>
            <select name={`newKind-${index}`} value={newSpeaker.kind} onChange={(event) => edit("kind", event.target.value)}>
              {KIND_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        {errors ? (
          <p className="field-error" role="alert">
            {errors.join(" ")}
          </p>
        ) : null}
      </fieldset>
    </li>
  );
}
