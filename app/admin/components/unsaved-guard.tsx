"use client";

import { useEffect } from "react";

export const LEAVE_QUESTION = "You have unsaved changes on this page. Leave without saving them?";

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** A field differs from what the page was rendered with (a picker says so itself, data-dirty). */
function fieldChanged(field: Field): boolean {
  if (field instanceof HTMLSelectElement) return [...field.options].some((option) => option.selected !== option.defaultSelected);
  if (field instanceof HTMLInputElement) {
    if (field.type === "hidden" || field.type === "submit" || field.type === "button" || field.role === "combobox") return false;
    if (field.type === "checkbox" || field.type === "radio") return field.checked !== field.defaultChecked;
  }
  return field.value !== field.defaultValue;
}

/** Any form marked data-track-unsaved with a change not yet saved. */
export function hasUnsavedChanges(root: ParentNode = document): boolean {
  return [...root.querySelectorAll<HTMLFormElement>("form[data-track-unsaved]")].some(
    (form) =>
      form.querySelector('[data-dirty="true"]') !== null ||
      [...form.querySelectorAll<Field>("input, textarea, select")].some(fieldChanged),
  );
}

/**
 * Asks before leaving a page with unsaved edits: the browser's own prompt when the tab is closed,
 * reloaded or sent elsewhere (beforeunload), and a confirm when a link in the app is followed
 * (caught before Next's router sees the click).
 */
export function UnsavedChangesGuard() {
  useEffect(() => {
    function beforeUnload(event: BeforeUnloadEvent) {
      if (!hasUnsavedChanges()) return;
      event.preventDefault();
      event.returnValue = "";
    }
    function click(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      const to = new URL(link.href, window.location.href);
      // A jump within this page (its sections) leaves nothing.
      if (to.origin === window.location.origin && to.pathname === window.location.pathname && to.search === window.location.search && to.hash) return;
      if (!hasUnsavedChanges()) return;
      if (window.confirm(LEAVE_QUESTION)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    }
    window.addEventListener("beforeunload", beforeUnload);
    window.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      window.removeEventListener("click", click, true);
    };
  }, []);
  return null;
}
