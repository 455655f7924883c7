import { redirectToLogin } from "@/app/admin/login-redirect";
import { canIngestArticle } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { createIngestDraftsAction, previewIngestAction } from "./actions";
import { IngestForm } from "./ingest-form";

export const metadata = { title: "Ingest an article" };

export default async function IngestPage() {
  const actor = await currentActor();
  if (!canIngestArticle(actor)) return redirectToLogin();
  return (
    <>
      <h1>Ingest an article</h1>
      <p className="lede">
        Paste a news article: the desk finds its quotes and its figures attributed to someone, with who said them and where. Keep the ones worth checking,
        confirm each speaker, and create them as draft claims in one step. Nothing is saved until you create the drafts.
      </p>
      <IngestForm previewAction={previewIngestAction} createAction={createIngestDraftsAction} />
    </>
  );
}
