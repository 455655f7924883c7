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
/** The filter in force as a menu option: its slug, labelled with its name when the page knows it. */
export const chosenOption = (value?: string, label?: string): Option | undefined =>
  value ? { value, label: label ?? value } : undefined;
