"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, type FormEvent, type ReactNode } from "react";

/** The form's address with only the fields filled in. */
function cleanAddress(form: HTMLFormElement, action: string): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "") params.append(name, value);
  }
  const query = params.toString();
  return query ? `${action}?${query}` : action;
}

/**
 * A GET form whose address carries only the fields filled in: `/claims?q=drones`, not
 * `/claims?q=drones&verification=&rating=&…`, so the links readers share stay clean. Without
 * JavaScript the browser submits every field and the page redirects to the clean address.
 */
export function CleanGetForm({ action, className, label, children }: { action: string; className?: string; label: string; children: ReactNode }) {
  const router = useRouter();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    router.push(cleanAddress(event.currentTarget, action));
  };
  return (
    <form className={className} action={action} method="get" aria-label={label} onSubmit={submit} data-action={action}>
      {children}
    </form>
  );
}

export const SEARCH_AS_YOU_TYPE_DELAY_MS = 300;

/**
 * A search box inside a CleanGetForm that applies the form as the user types, once they pause
 * (SEARCH_AS_YOU_TYPE_DELAY_MS), with every other field as it stands; Enter and the form's own
 * button still apply it at once. Typing replaces the history entry rather than adding one per
 * pause, so Back leaves the search instead of stepping through its prefixes.
 */
export function SearchAsYouType({ name, label, defaultValue, maxLength, className }: { name: string; label: string; defaultValue?: string; maxLength?: number; className?: string }) {
  const router = useRouter();
  const box = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancel = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => cancel, []);
  // Reached by a link (the desk's "Claims", a dashboard count), the page keeps this box: it shows
  // the address's search, unless the user is typing in it.
  useEffect(() => {
    const input = box.current;
    if (input && document.activeElement !== input && input.value !== (defaultValue ?? "")) input.value = defaultValue ?? "";
  }, [defaultValue]);
  const typed = (input: HTMLInputElement) => {
    cancel();
    timer.current = setTimeout(() => {
      timer.current = null;
      const form = input.form;
      const action = form?.dataset.action;
      if (form && action) router.replace(cleanAddress(form, action), { scroll: false });
    }, SEARCH_AS_YOU_TYPE_DELAY_MS);
  };
  return (
    <label className={className}>
      {label}
      <input
        ref={box}
        type="search"
        name={name}
        defaultValue={defaultValue}
        maxLength={maxLength}
        onChange={(event) => typed(event.currentTarget)}
        onKeyDown={(event) => {
          // Enter submits the form itself: no second navigation after it.
          if (event.key === "Enter") cancel();
        }}
      />
    </label>
  );
}
