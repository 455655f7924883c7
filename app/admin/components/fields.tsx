"use client";

import type { ReactNode } from "react";
import { FieldError, useSubmitted } from "./action-form";

type Common = { name: string; label: string; hint?: ReactNode };

export function TextField({ name, label, hint, value = "", multiline = false, type = "text", maxLength }: Common & {
  value?: string;
  multiline?: boolean;
  type?: string;
  maxLength?: number;
}) {
  const current = useSubmitted(name, value);
  return (
    <label className="field">
      <span>{label}</span>
      {multiline ? (
        <textarea key={current} name={name} defaultValue={current} rows={3} maxLength={maxLength} aria-describedby={`${name}-error`} />
      ) : (
        <input key={current} name={name} type={type} defaultValue={current} maxLength={maxLength} aria-describedby={`${name}-error`} />
      )}
      {hint ? <small>{hint}</small> : null}
      <FieldError name={name} />
    </label>
  );
}

export function SelectField({ name, label, hint, value = "", options, blank }: Common & {
  value?: string;
  options: { value: string; label: string }[];
  blank?: string;
}) {
  const current = useSubmitted(name, value);
  return (
    <label className="field">
      <span>{label}</span>
      <select key={current} name={name} defaultValue={current} aria-describedby={`${name}-error`}>
        {blank !== undefined ? <option value="">{blank}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint ? <small>{hint}</small> : null}
      <FieldError name={name} />
    </label>
  );
}

/**
 * Several choices from a list (a claim's subjects). After a refused save the form keeps what was
 * chosen: the action echoes it as one comma-joined value (see app/admin/actions.ts).
 */
export function Hidden({ name, value }: { name: string; value: string | number }) {
  return <input type="hidden" name={name} value={value} />;
}

export function CheckboxField({ name, label, hint, checked = false }: Common & { checked?: boolean }) {
  const current = useSubmitted(name, checked ? "on" : "");
  return (
    <label className="field field--checkbox">
      <span>
        <input key={current} type="checkbox" name={name} defaultChecked={current === "on"} aria-describedby={`${name}-error`} /> {label}
      </span>
      {hint ? <small>{hint}</small> : null}
      <FieldError name={name} />
    </label>
  );
}
