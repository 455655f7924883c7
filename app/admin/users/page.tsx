import { notFound } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { Role } from "@/lib/db/enums";
import { listUsers, MIN_PASSWORD_LENGTH } from "@/lib/users/users";
import Link from "next/link";
import { changeRoleAction, createUserAction, endSessionsAction, setDisabledAction } from "../actions";
import { ActionForm } from "../components/action-form";
import { Hidden, SelectField, TextField } from "../components/fields";
import { redirectToLogin } from "@/app/admin/login-redirect";

export const metadata = { title: "Users" };

const ROLE_OPTIONS = Object.values(Role).map((role) => ({ value: role, label: role.toLowerCase() }));

export default async function UsersPage() {
  const actor = await currentActor();
  if (!actor) return redirectToLogin();
  const users = await listUsers(actor);
  if (!users) notFound();
  return (
    <>
      <h1>Users</h1>
      <table className="desk-table">
        <thead>
          <tr>
            <th scope="col">User</th>
            <th scope="col">Role</th>
            <th scope="col">Account</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td>
                {user.name}
                <div className="fine-print">{user.email}</div>
              </td>
              <td>
                <ActionForm action={changeRoleAction} submitLabel="Change role" className="inline-form">
                  <Hidden name="userId" value={user.id} />
                  <SelectField name="role" label="Role" value={user.role} options={ROLE_OPTIONS} />
                </ActionForm>
              </td>
              <td>
                {user.disabledAt ? "Disabled" : "Active"}
                {user.id !== actor.id ? (
                  <>
                    <ActionForm action={setDisabledAction} submitLabel={user.disabledAt ? "Enable" : "Disable"} className="inline-form">
                      <Hidden name="userId" value={user.id} />
                      <Hidden name="disabled" value={user.disabledAt ? "false" : "true"} />
                    </ActionForm>
                    {/* Ends every session of the account (a lost laptop, a copied cookie); the user can log in again. */}
                    <ActionForm action={endSessionsAction} submitLabel="Log out everywhere" className="inline-form" testId={`end-sessions-${user.email}`}>
                      <Hidden name="userId" value={user.id} />
                    </ActionForm>
                  </>
                ) : (
                  <div className="fine-print">
                    Your own sessions: <Link href="/admin/account">your account</Link>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Add a user</h2>
      <ActionForm action={createUserAction} submitLabel="Create user">
        <div className="form-grid">
          <TextField name="email" label="Email" type="email" maxLength={320} />
          <TextField name="name" label="Name" maxLength={200} />
          <SelectField name="role" label="Role" value="CONTRIBUTOR" options={ROLE_OPTIONS} />
        </div>
        <TextField name="password" label={`Initial password (at least ${MIN_PASSWORD_LENGTH} characters)`} type="password" maxLength={1024} />
      </ActionForm>
    </>
  );
}
