"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { FieldError, useSubmitted } from "./action-form";

type Item = { id: string; label: string; detail: string | null };
export type PickerKind = "speaker" | "source" | "claim";

type Props = {
  /** The form field that carries the chosen id. */
  name: string;
  label: string;
  kind: PickerKind;
  /** The current choice, if any. */
  value?: { id: string; label: string } | null;
  /** What "nothing chosen" means here ("Nobody", "Not recorded"); without it a choice is required. */
  emptyLabel?: string;
  placeholder?: string;
  /** A claim to leave out of the results (the one being edited). */
  exclude?: string;
  hint?: string;
  /**
   * For pickers that add to a list (SubjectPicker): called with each choice, after which the box
   * empties for the next one. The box's own hidden field is then not meant to be read.
   */
  onChoose?: (item: { id: string; label: string }) => void;
};

const DEBOUNCE_MS = 200;

/**
 * A searching picker (the ARIA 1.2 combobox pattern): type, and up to ten matches come from
 * GET /api/desk/search; arrows move, Enter or a click chooses, Escape closes. The chosen id is in
 * a hidden input, so the form submits ids exactly as a <select> did, without a page listing every
 * speaker or source.
 */
export function SearchPicker({ name, label, kind, value = null, emptyLabel, placeholder = "Type to search…", exclude, hint, onChoose }: Props) {
  const uid = useId();
  const inputId = `${uid}-input`;
  const listId = `${uid}-list`;
  const submittedId = useSubmitted(name, value?.id ?? "");
  const submittedLabel = useSubmitted(`${name}__label`, value?.label ?? "");
  const [chosen, setChosen] = useState<{ id: string; label: string } | null>(submittedId ? { id: submittedId, label: submittedLabel } : null);
  const [text, setText] = useState(chosen?.label ?? "");
  const [items, setItems] = useState<Item[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const request = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      request.current?.abort();
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function search(q: string) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      const params = new URLSearchParams({ kind, q, limit: "10" });
      if (exclude) params.set("exclude", exclude);
      setStatus("Searching…");
      try {
        const response = await fetch(`/api/desk/search?${params}`, { signal: controller.signal, headers: { Accept: "application/json" } });
        if (!response.ok) {
          setItems([]);
          setStatus(response.status === 401 ? "Log in again to search." : "Search failed; try again.");
          return;
        }
        const body = (await response.json()) as { items: Item[] };
        setItems(body.items);
        setActive(body.items.length > 0 ? 0 : -1);
        setOpen(true);
        setStatus(body.items.length === 0 ? "No match." : `${body.items.length} match${body.items.length === 1 ? "" : "es"}.`);
      } catch (error) {
        if ((error as Error).name !== "AbortError") setStatus("Search failed; try again.");
      }
    }, DEBOUNCE_MS);
  }

  function choose(item: Item | null) {
    if (onChoose && item) {
      onChoose({ id: item.id, label: item.label });
      setText("");
      setOpen(false);
      setActive(-1);
      setStatus(`Added: ${item.label}.`);
      return;
    }
    setChosen(item ? { id: item.id, label: item.label } : null);
    setText(item?.label ?? "");
    setOpen(false);
    setActive(-1);
    setStatus(item ? `Chosen: ${item.label}.` : "Cleared.");
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open) {
        search(text);
        return;
      }
      setActive((i) => Math.min(items.length - 1, i + 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === "Enter") {
      // Enter chooses; it never submits the form with a half-typed name.
      if (open && active >= 0 && items[active]) {
        event.preventDefault();
        choose(items[active]!);
      } else if (open || text !== (chosen?.label ?? "")) {
        event.preventDefault();
      }
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        setOpen(false);
      }
    }
  }

  // Unsaved while the choice differs from the stored one (app/admin/claims/[id]/unsaved-guard.tsx).
  const dirty = (chosen?.id ?? "") !== (value?.id ?? "");
  const activeId = open && active >= 0 ? `${listId}-${active}` : undefined;

  return (
    <div className="field picker" data-dirty={dirty ? "true" : "false"}>
      <label htmlFor={inputId}>{label}</label>
      <div className="picker__box">
        <input
          id={inputId}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-describedby={`${name}-error ${uid}-status`}
          autoComplete="off"
          placeholder={chosen ? undefined : (emptyLabel ?? placeholder)}
          value={text}
          data-testid={`picker-${name}`}
          onChange={(event) => {
            setText(event.target.value);
            search(event.target.value);
          }}
          onFocus={() => {
            if (!open && items.length === 0) search(text === chosen?.label ? "" : text);
          }}
          onBlur={(event) => {
            // Options keep the focus when clicked, so this is leaving the box: an emptied optional
            // box clears the choice; otherwise the text goes back to what is chosen.
            setOpen(false);
            if (event.currentTarget.value.trim() === "" && emptyLabel !== undefined) {
              if (chosen) choose(null);
            } else setText(chosen?.label ?? "");
          }}
          onKeyDown={onKeyDown}
        />
        {chosen && emptyLabel !== undefined ? (
          <button type="button" className="picker__clear link-button" onClick={() => choose(null)} aria-label={`Clear ${label}`}>
            Clear
          </button>
        ) : null}
      </div>
      <ul id={listId} role="listbox" aria-label={label} className="picker__list" hidden={!open || items.length === 0}>
        {items.map((item, i) => (
          <li
            key={item.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? "picker__option picker__option--active" : "picker__option"}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(item)}
            onMouseEnter={() => setActive(i)}
          >
            <span className="picker__label">{item.label}</span>
            {item.detail ? <span className="picker__detail">{item.detail}</span> : null}
          </li>
        ))}
      </ul>
      <input type="hidden" name={name} value={chosen?.id ?? ""} data-label={chosen?.label ?? emptyLabel ?? ""} />
      <input type="hidden" name={`${name}__label`} value={chosen?.label ?? ""} />
      <span id={`${uid}-status`} className="visually-hidden" aria-live="polite">
        {status}
      </span>
      {hint ? <small>{hint}</small> : null}
      <FieldError name={name} />
    </div>
  );
}
