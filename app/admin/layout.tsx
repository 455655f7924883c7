import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { canIngestArticle, canManageUsers, canReadAuditLog } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { LogoutButton } from "./components/logout-button";
import { redirectToLogin } from "@/app/admin/login-redirect";

export const metadata: Metadata = { title: { default: "Desk", template: "%s · Desk · ClaimDesk" }, robots: { index: false } };

/** Every desk page needs a logged-in, active user; what each may change is decided in lib/. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await connection();
  const actor = await currentActor();
  if (!actor) return redirectToLogin();
  return (
    <div className="desk">
      <nav className="desk-nav" aria-label="Desk">
        <Link href="/admin">Dashboard</Link>
        <Link href="/admin/claims">Claims</Link>
        <Link href="/admin/claims/new">New claim</Link>
        {canIngestArticle(actor) ? <Link href="/admin/ingest">Ingest an article</Link> : null}
        <Link href="/admin/speakers">Speakers</Link>
        <Link href="/admin/sources">Sources</Link>
        {canManageUsers(actor) ? <Link href="/admin/users">Users</Link> : null}
        {canReadAuditLog(actor) ? <Link href="/admin/audit">Audit log</Link> : null}
        <span className="desk-nav__who" data-testid="desk-user">
          {actor.name} · {actor.role.toLowerCase()}
        </span>
        <Link href="/admin/account">Your account</Link>
        <LogoutButton />
      </nav>
      {children}
    </div>
  );
}
