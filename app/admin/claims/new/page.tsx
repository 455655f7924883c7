import { currentActor } from "@/lib/auth/session";
import { deskPickerOptions } from "@/lib/claims/desk-queries";
import { createClaimAction } from "../../actions";
import { ActionForm } from "../../components/action-form";
import { ClaimFields } from "../claim-fields";
import { InlineCreate } from "../inline-create";
import { redirectToLogin } from "@/app/admin/login-redirect";

export const metadata = { title: "New claim" };

export default async function NewClaimPage() {
  const actor = await currentActor();
  const pickers = await deskPickerOptions(actor);
  if (!pickers) return redirectToLogin();
  return (
    <>
      <h1>New claim</h1>
      <p className="lede">It starts as a draft; find it under Claims to add evidence and submit it for review.</p>
      <InlineCreate />
      <ActionForm action={createClaimAction} submitLabel="Create draft" testId="new-claim-form">
        <ClaimFields pickers={pickers} />
      </ActionForm>
    </>
  );
}
