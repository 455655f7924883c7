import { redirectToLogin } from "@/app/admin/login-redirect";
import { currentActor } from "@/lib/auth/session";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/users";
import { changePasswordAction, endOwnSessionsAction } from "../actions";
import { ActionForm } from "../components/action-form";
import { Hidden, TextField } from "../components/fields";

export const metadata = { title: "Your account" };

/** Where every desk user manages their own login: the password and their sessions. */
export default async function AccountPage() {
  const actor = await currentActor();
  if (!actor) return redirectToLogin();
  return (
    <>
      <h1>Your account</h1>
      <p className="lede">
        {actor.name} · {actor.email} · {actor.role.toLowerCase()}
      </p>
      <h2>Change your password</h2>
      <p>Every session of this account ends, this one too: log in again with the new password.</p>
      <ActionForm action={changePasswordAction} submitLabel="Change password" testId="change-password-form">
        <TextField name="currentPassword" label="Current password" type="password" maxLength={1024} />
        <TextField name="newPassword" label={`New password (at least ${MIN_PASSWORD_LENGTH} characters)`} type="password" maxLength={1024} />
      </ActionForm>
      <h2>Log out everywhere</h2>
      <p>Ends every session of this account, in every browser and on every device, this one too.</p>
      <ActionForm action={endOwnSessionsAction} submitLabel="Log out everywhere" testId="end-own-sessions-form" confirm="Log out of every session, this one too?">
        <Hidden name="userId" value={actor.id} />
      </ActionForm>
    </>
  );
}
