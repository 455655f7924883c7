import { currentActor } from "@/lib/auth/session";
import { createClaimAction } from "../../actions";
import { ActionForm } from "../../components/action-form";
import { UnsavedChangesGuard } from "../../components/unsaved-guard";
import { ClaimFields } from "../claim-fields";
import { InlineCreate } from "../inline-create";
import { redirectToLogin } from "@/app/admin/login-redirect";

export const metadata = { title: "New claim" };

export default async function NewClaimPage() {
  const actor = await currentActor();
  if (!actor) return redirectToLogin();
  return (
    <>
      <UnsavedChangesGuard />
      <h1>New claim</h1>
      <p className="lede">It starts as a draft and opens on its own page, where you attach evidence and submit it for review.</p>
      <InlineCreate />
      <ActionForm action={createClaimAction} submitLabel="Create draft" testId="new-claim-form" trackUnsaved>
        <ClaimFields />
      </ActionForm>
    </>
  );
}
