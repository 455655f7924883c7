"use client";

import { useRouter } from "next/navigation";
import type { FormEvent, ReactNode } from "react";

/**
 * A GET form whose address carries only the fields filled in: `/claims?q=drones`, not
 * `/claims?q=drones&verification=&rating=&…`, so the links readers share stay clean. Without
 * JavaScript the browser submits every field and the page redirects to the clean address.
 */
export function CleanGetForm({ action, className, label, children }: { action: string; className?: string; label: string; children: ReactNode }) {
  const router = useRouter();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim() !== "") params.append(name, value);
    }
    const query = params.toString();
    router.push(query ? `${action}?${query}` : action);
  };
  return (
    <form className={className} action={action} method="get" aria-label={label} onSubmit={submit}>
      {children}
    </form>
  );
}
