"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { safeCallbackPath } from "@/lib/auth/callback-url";

const MESSAGES: Record<string, string> = {
  RateLimited: "Too many failed attempts. Wait 15 minutes, then try again.",
  CredentialsSignin: "Email or password is incorrect.",
};

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const [error, setError] = useState<string | null>(initialError ? (MESSAGES[initialError] ?? "Could not log in.") : null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // Checked again here: the page checked it, but this is what the browser will follow.
    const target = safeCallbackPath(callbackUrl);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      callbackUrl: target,
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      window.location.assign(target); // a path: the browser stays on the origin it is on
      return;
    }
    setError(MESSAGES[result?.error ?? ""] ?? "Could not log in. Try again.");
  }

  return (
    <form className="form-card" onSubmit={onSubmit} noValidate>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <label>
        Email
        <input name="email" type="email" autoComplete="username" required maxLength={320} />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required maxLength={1024} />
      </label>
      <button type="submit" disabled={pending}>
        {pending ? "Logging in…" : "Log in"}
      </button>
    </form>
  );
}
