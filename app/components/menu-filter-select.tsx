"use client";

import { useEffect, useState } from "react";
import type { Option } from "./filter-select";

type Menus = {
  speakers: { slug: string; name: string }[];
  topics: { slug: string; name: string }[];
  sources: { slug: string; title: string }[];
};
export type MenuKind = keyof Menus;

/** One request per page for every menu on it (and the browser's cache for the next page). */
let menus: Promise<Menus> | null = null;
function loadMenus(): Promise<Menus> {
  menus ??= fetch("/api/filter-options").then((response) => {
    if (!response.ok) throw new Error(`filter options: HTTP ${response.status}`);
    return response.json() as Promise<Menus>;
  });
  menus.catch(() => {
    menus = null; // try again on the next page
  });
  return menus;
}

function optionsOf(data: Menus, kind: MenuKind): Option[] {
  if (kind === "sources") return data.sources.map((row) => ({ value: row.slug, label: row.title }));
  return data[kind].map((row) => ({ value: row.slug, label: row.name }));
}

/**
 * A filter menu of speakers, topics or sources. Its few hundred options are the same on every
 * page, so they are not rendered into each list and search page (they were nearly half of its
 * weight); the page carries the chosen value alone and the menu fills in once loaded. Without
 * JavaScript it offers "Any" and the filter in force.
 */
export function MenuFilterSelect({
  name,
  label,
  kind,
  chosen,
  blank = "Any",
}: {
  name: string;
  label: string;
  kind: MenuKind;
  chosen?: Option;
  blank?: string;
}) {
  const chosenValue = chosen?.value;
  const chosenLabel = chosen?.label;
  const [options, setOptions] = useState<Option[]>(chosen ? [chosen] : []);
  useEffect(() => {
    const kept = chosenValue ? { value: chosenValue, label: chosenLabel ?? chosenValue } : null;
    let live = true;
    loadMenus().then(
      (data) => {
        if (!live) return;
        const loaded = optionsOf(data, kind);
        // The filter in force stays offered even when it is not among the most cited.
        setOptions(kept && !loaded.some((option) => option.value === kept.value) ? [kept, ...loaded] : loaded);
      },
      () => {
        // The menu keeps "Any" and the chosen value; the rest of the form still works.
      },
    );
    return () => {
      live = false;
    };
  }, [kind, chosenValue, chosenLabel]);

  return (
    <label>
      {label}
      <select name={name} defaultValue={chosen?.value ?? ""}>
        <option value="">{blank}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
