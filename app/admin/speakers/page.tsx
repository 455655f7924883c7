import { isEditor } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { SpeakerKind } from "@/lib/db/enums";
import { listSpeakersForDesk } from "@/lib/speakers/speakers";
import { createSpeakerAction, mergeSpeakersAction, updateSpeakerAction } from "../actions";
import { ActionForm } from "../components/action-form";
import { Hidden, SelectField, TextField } from "../components/fields";
import { redirectToLogin } from "@/app/admin/login-redirect";

export const metadata = { title: "Speakers" };

const KINDS = Object.values(SpeakerKind).map((kind) => ({ value: kind, label: kind === "PERSON" ? "Person" : "Organisation" }));

type SpeakerValues = { name: string; kind: string; title: string | null; affiliation: string | null; country: string | null; sameAs: string | null; description: string | null };

function SpeakerFields({ speaker }: { speaker?: SpeakerValues }) {
  return (
    <>
      <div className="form-grid">
        <TextField name="name" label="Name" value={speaker?.name ?? ""} maxLength={200} />
        <SelectField name="kind" label="Kind" value={speaker?.kind ?? "PERSON"} options={KINDS} />
        <TextField name="title" label="Title or role" value={speaker?.title ?? ""} maxLength={200} />
        <TextField name="affiliation" label="Affiliation" value={speaker?.affiliation ?? ""} maxLength={200} />
        <TextField name="country" label="Country" value={speaker?.country ?? ""} maxLength={100} />
        <TextField name="sameAs" label="Identity URL (e.g. Wikidata)" value={speaker?.sameAs ?? ""} maxLength={500} />
      </div>
      <TextField name="description" label="Description" value={speaker?.description ?? ""} multiline maxLength={1000} />
    </>
  );
}

export default async function DeskSpeakersPage() {
  const actor = await currentActor();
  const speakers = await listSpeakersForDesk(actor);
  if (!actor || !speakers) return redirectToLogin();
  const editor = isEditor(actor);
  const options = speakers.map((speaker) => ({ value: speaker.id, label: speaker.name }));

  return (
    <>
      <h1>Speakers</h1>
      <table className="desk-table">
        <thead>
          <tr>
            <th scope="col">Speaker</th>
            <th scope="col">Claims</th>
            <th scope="col">{editor ? "Edit" : ""}</th>
          </tr>
        </thead>
        <tbody>
          {speakers.map((speaker) => (
            <tr key={speaker.id}>
              <td>
                {speaker.name}
                <div className="fine-print">{[speaker.title, speaker.slug].filter(Boolean).join(" · ")}</div>
              </td>
              <td>
                {speaker._count.claims} made · {speaker._count.relayedClaims} relayed · {speaker._count.subjectOf} about
              </td>
              <td>
                {editor ? (
                  <details>
                    <summary>Edit</summary>
                    <ActionForm action={updateSpeakerAction} submitLabel="Save speaker">
                      <Hidden name="speakerId" value={speaker.id} />
                      <SpeakerFields speaker={speaker} />
                    </ActionForm>
                  </details>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Add a speaker</h2>
      <ActionForm action={createSpeakerAction} submitLabel="Add speaker">
        <SpeakerFields />
      </ActionForm>
      {editor ? (
        <>
          <h2>Merge duplicates</h2>
          <p className="fine-print">The duplicate&apos;s claims move to the speaker you keep; the duplicate is deleted.</p>
          <ActionForm action={mergeSpeakersAction} submitLabel="Merge" testId="merge-speakers">
            <div className="form-grid">
              <SelectField name="keepId" label="Keep" blank="Choose…" options={options} />
              <SelectField name="mergeId" label="Merge into it and delete" blank="Choose…" options={options} />
            </div>
          </ActionForm>
        </>
      ) : null}
    </>
  );
}
