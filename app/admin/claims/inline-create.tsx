import { SourceKind, SpeakerKind } from "@/lib/db/enums";
import { createSourceAction, createSpeakerAction } from "../actions";
import { ActionForm } from "../components/action-form";
import { SelectField, TextField } from "../components/fields";

/** Add a missing speaker or source without leaving the claim; the pickers find it once saved. */
export function InlineCreate() {
  return (
    <details className="inline-create">
      <summary>Speaker or source not found? Add it here</summary>
      <div className="form-grid">
        <ActionForm action={createSpeakerAction} submitLabel="Add speaker" testId="inline-speaker">
          <TextField name="name" label="Speaker's name" maxLength={200} />
          <SelectField name="kind" label="Kind" value="PERSON" options={Object.values(SpeakerKind).map((kind) => ({ value: kind, label: kind === "PERSON" ? "Person" : "Organisation" }))} />
          <TextField name="title" label="Title or role" maxLength={200} />
        </ActionForm>
        <ActionForm action={createSourceAction} submitLabel="Add source" testId="inline-source">
          <TextField name="title" label="Source title" maxLength={300} />
          <SelectField name="kind" label="Kind" value="NEWS_ARTICLE" options={Object.values(SourceKind).map((kind) => ({ value: kind, label: kind.toLowerCase().replaceAll("_", " ") }))} />
          <TextField name="publisher" label="Publisher" maxLength={200} />
          <TextField name="url" label="URL" maxLength={1000} />
        </ActionForm>
      </div>
    </details>
  );
}
