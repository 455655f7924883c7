import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { currentActor } from "@/lib/auth/session";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Log in", robots: { index: false }, alternates: { canonical: "/login" } };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

/** Only paths on this site are followed after login, never another site's address. */
function safeCallback(value: string | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/admin";
}

export default async function LoginPage({ searchParams }: Props) {
  await connection();
  const { callbackUrl, error } = await searchParams;
  if (await currentActor()) redirect(safeCallback(callbackUrl));
  return (
    <section className="login">
      <h1>Log in to the desk</h1>
      <p className="lede">For editors and contributors. Readers need no account.</p>
      <LoginForm callbackUrl={safeCallback(callbackUrl)} initialError={error ?? null} />
    </section>
  );
}
