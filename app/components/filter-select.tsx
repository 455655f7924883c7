import { RATING_LABELS, VERIFICATION_LABELS } from "@/lib/claims/status-labels";
import { Rating, Verification } from "@/lib/db/enums";

export type Option = { value: string; label: string };

/** A labelled <select> for a GET filter form; the blank option means "no filter". */
export function FilterSelect({ name, label, value, options, blank = "Any" }: { name: string; label: string; value?: string; options: Option[]; blank?: string }) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ""}>
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

export const VERIFICATION_OPTIONS: Option[] = Object.values(Verification).map((status) => ({ value: status, label: VERIFICATION_LABELS[status].label }));
export const RATING_OPTIONS: Option[] = Object.values(Rating).map((rating) => ({ value: rating, label: RATING_LABELS[rating] }));
/**
 * Options from rows with slugs. Menus offer the most cited only, so the value already chosen is
 * added when it is not among them (with its label, when the page knows it).
 */
export const bySlug = (rows: { slug: string; name?: string; title?: string }[], chosen?: { value?: string; label?: string }): Option[] => {
  const options = rows.map((row) => ({ value: row.slug, label: row.name ?? row.title ?? row.slug }));
  if (chosen?.value && !options.some((option) => option.value === chosen.value)) {
    options.unshift({ value: chosen.value, label: chosen.label ?? chosen.value });
  }
  return options;
};
