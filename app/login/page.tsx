import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { currentActor } from "@/lib/auth/session";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Log in", robots: { index: false }, alternates: { canonical: "/login" } };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }> };

export default async function LoginPage({ searchParams }: Props) {
  await connection();
  const { callbackUrl, error } = await searchParams;
  // Only a path on this site is followed after login (lib/auth/callback-url.ts), never another site.
  const callback = safeCallbackPath(Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl);
  if (await currentActor()) redirect(callback);
  return (
    <section className="login">
      <h1>Log in to the desk</h1>
      <p className="lede">For editors and contributors. Readers need no account.</p>
      <LoginForm callbackUrl={callback} initialError={(Array.isArray(error) ? error[0] : error) ?? null} />
    </section>
  );
}
