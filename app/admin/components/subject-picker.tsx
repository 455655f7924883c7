"use client";

import { useState } from "react";
import { useSubmitted } from "./action-form";
import { SearchPicker } from "./search-picker";

type Person = { id: string; label: string };
/** Separates names in the echoed labels field (names may contain commas). */
const SEPARATOR = "\u001f";

/**
 * Several speakers (who a claim is about): a searching picker adds one at a time, each chosen
 * one is listed with a Remove button and submitted as its own `name` field, so the action reads
 * them all (formData.getAll). A refused save keeps every choice, names included.
 */
export function SubjectPicker({ name, label, hint, value }: { name: string; label: string; hint?: string; value: Person[] }) {
  const submittedIds = useSubmitted(name, "\u0000");
  const submittedLabels = useSubmitted(`${name}__labels`, "");
  const initial =
    submittedIds === "\u0000"
      ? value
      : submittedIds
          .split(",")
          .filter(Boolean)
          .map((id, index) => ({ id, label: submittedLabels.split(SEPARATOR)[index] ?? id }));
  const [chosen, setChosen] = useState<Person[]>(initial);
  const dirty = chosen.map((person) => person.id).join(",") !== value.map((person) => person.id).join(",");

  return (
    <div className="field subject-picker" data-dirty={dirty ? "true" : "false"}>
      <SearchPicker
        name={`${name}__add`}
        label={label}
        kind="speaker"
        emptyLabel="Add a person…"
        hint={hint}
        onChoose={(person) => setChosen((current) => (current.some((one) => one.id === person.id) ? current : [...current, person]))}
      />
      {chosen.length > 0 ? (
        <ul className="subject-picker__chosen" aria-label={`${label}: chosen`}>
          {chosen.map((person) => (
            <li key={person.id}>
              {person.label}{" "}
              <button
                type="button"
                className="link-button"
                aria-label={`Remove ${person.label}`}
                onClick={() => setChosen((current) => current.filter((one) => one.id !== person.id))}
              >
                Remove
              </button>
              <input type="hidden" name={name} value={person.id} data-label={person.label} />
            </li>
          ))}
        </ul>
      ) : null}
      <input type="hidden" name={`${name}__labels`} value={chosen.map((person) => person.label).join(SEPARATOR)} />
    </div>
  );
}
