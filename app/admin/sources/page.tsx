import { VerificationBadge } from "@/app/components/status-badges";
import { isEditor } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { VERIFICATION_LABELS } from "@/lib/claims/status-labels";
import { SourceKind, Verification } from "@/lib/db/enums";
import { listSourcesForDesk } from "@/lib/sources/sources";
import { createSourceAction, mergeSourcesAction, updateSourceAction } from "../actions";
import { ActionForm } from "../components/action-form";
import { Hidden, SelectField, TextField } from "../components/fields";
import { redirectToLogin } from "@/app/admin/login-redirect";

export const metadata = { title: "Sources" };

const KINDS = Object.values(SourceKind).map((kind) => ({ value: kind, label: kind.toLowerCase().replaceAll("_", " ") }));
const STATUSES = Object.values(Verification).map((status) => ({ value: status, label: VERIFICATION_LABELS[status].label }));

type SourceValues = {
  title: string;
  kind: string;
  publisher: string | null;
  url: string | null;
  publishedAt: Date | null;
  verification: string;
  verificationNote: string | null;
};

function SourceFields({ source, editor }: { source?: SourceValues; editor: boolean }) {
  return (
    <>
      <div className="form-grid">
        <TextField name="title" label="Title" value={source?.title ?? ""} maxLength={300} />
        <SelectField name="kind" label="Kind" value={source?.kind ?? "NEWS_ARTICLE"} options={KINDS} />
        <TextField name="publisher" label="Publisher" value={source?.publisher ?? ""} maxLength={200} />
        <TextField name="url" label="URL" value={source?.url ?? ""} maxLength={1000} />
        <TextField name="publishedAt" label="Published" type="date" value={source?.publishedAt?.toISOString().slice(0, 10) ?? ""} />
        {editor ? <SelectField name="verification" label="Its own status" value={source?.verification ?? "UNVERIFIED"} options={STATUSES} /> : null}
      </div>
      <TextField name="verificationNote" label="Note on its status" value={source?.verificationNote ?? ""} multiline maxLength={1000} />
    </>
  );
}

export default async function DeskSourcesPage() {
  const actor = await currentActor();
  const sources = await listSourcesForDesk(actor);
  if (!actor || !sources) return redirectToLogin();
  const editor = isEditor(actor);
  const options = sources.map((source) => ({ value: source.id, label: source.title }));

  return (
    <>
      <h1>Sources</h1>
      <table className="desk-table">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Status</th>
            <th scope="col">Cited</th>
            <th scope="col">{editor ? "Edit" : ""}</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <tr key={source.id}>
              <td>
                {source.title}
                <div className="fine-print">{[source.publisher, source.kind.toLowerCase().replaceAll("_", " ")].filter(Boolean).join(" · ")}</div>
              </td>
              <td>
                <VerificationBadge verification={source.verification} />
              </td>
              <td>
                {source._count.evidence} evidence · {source._count.firstAppearances} first appearances
              </td>
              <td>
                {editor ? (
                  <details>
                    <summary>Edit</summary>
                    <ActionForm action={updateSourceAction} submitLabel="Save source">
                      <Hidden name="sourceId" value={source.id} />
                      <SourceFields source={source} editor />
                    </ActionForm>
                  </details>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Add a source</h2>
      <ActionForm action={createSourceAction} submitLabel="Add source">
        <SourceFields editor={editor} />
      </ActionForm>
      {editor ? (
        <>
          <h2>Merge duplicates</h2>
          <p className="fine-print">Evidence and first appearances move to the source you keep; the duplicate is deleted.</p>
          <ActionForm action={mergeSourcesAction} submitLabel="Merge">
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
