"use server";

import { deskAction } from "@/lib/auth/desk-action";
import { createIngestDrafts, previewIngest } from "@/lib/ingest/ingest-article";

// The ingest page's server actions: each only maps form fields to a lib/ingest service's input.

const articleFields = (f: Record<string, string>) => ({ text: f.text, title: f.title, outlet: f.outlet, url: f.url, published: f.published });

/**
 * The candidates kept (`keep`, each a candidate's index) and, per candidate i, its offset
 * (`start-i`) and its speaker: an existing one (`speakerMode-i` "existing", its id in
 * `speaker-i`) or a new one (`speakerMode-i` "new", `newName-i`, `newTitle-i`, `newKind-i`).
 */
function keptDrafts(f: Record<string, string>, formData: FormData) {
  return formData.getAll("keep").map((value) => {
    const i = Number(value);
    const speaker =
      f[`speakerMode-${i}`] === "new"
        ? { kind: "new", name: f[`newName-${i}`], title: f[`newTitle-${i}`], speakerKind: f[`newKind-${i}`] }
        : f[`speaker-${i}`]
          ? { kind: "existing", id: f[`speaker-${i}`] }
          : undefined;
    return { candidate: i, start: Number(f[`start-${i}`]), speaker };
  });
}

/** Finds the candidates: a read, so no cached page is thrown away. */
export const previewIngestAction = deskAction(previewIngest, articleFields, (result) => `${result.preview.candidates.length} candidates found.`, undefined, {
  readersSeeIt: false,
  returns: (result) => result.preview,
});

/** Creates the kept drafts, then opens the desk's list on them: this article's drafts. */
export const createIngestDraftsAction = deskAction(
  createIngestDrafts,
  (f, formData) => ({ ...articleFields(f), drafts: keptDrafts(f, formData) }),
  "Drafts created.",
  (result) => `/admin/claims?${new URLSearchParams({ source: result.source.slug, workflow: "DRAFT", created: String(result.claimIds.length), skipped: String(result.skipped) })}`,
);
