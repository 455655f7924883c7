import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { invalidateMemos } from "../cache/memo";
import type { Result } from "../result";
import type { Actor } from "./actor";
import { currentActor } from "./session";

/**
 * What a desk form shows after submitting: the service's answer, minus anything it should not
 * echo. `result` is what the action chose to hand back (a preview to show), if anything.
 */
export type ActionState<R = never> =
  | null
  | { ok: true; message: string; result?: R }
  | {
      ok: false;
      message: string;
      fieldErrors?: Record<string, string[]>;
      current?: Record<string, unknown>;
      /** What was submitted (never a password, whatever the field's name), so the form keeps it after an error. */
      values?: Record<string, string>;
    };

/** A form's fields as a plain object, without Next's own `$ACTION_…` fields. */
export function formFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    fields[key] = value;
  }
  return fields;
}

const NOT_A_FORM = "This request did not come from a desk form: nothing was changed.";

/**
 * The one wrapper every desk server action goes through: it loads the acting user from the
 * session (checked against the database), hands the input to a lib/ service, which checks
 * permission, validates and writes, and turns the answer into form state. Nothing here decides
 * who may do what: the service does, whoever calls it.
 */
export function deskAction<T extends object, R = never>(
  service: (actor: Actor | null, input: unknown) => Promise<Result<T>>,
  toInput: (fields: Record<string, string>, formData: FormData) => unknown,
  successMessage: string | ((result: T) => string),
  /** Where to go after a success (e.g. a new claim's own page), instead of staying on the form. */
  redirectTo?: (result: T) => string,
  /**
   * `readersSeeIt: false` for a change no reader can see (logging out, a password), or a read
   * (a preview), so it does not throw away every cached public page. `returns` picks what of the
   * service's answer the form receives as `result`.
   */
  { readersSeeIt = true, returns }: { readersSeeIt?: boolean; returns?: (result: T) => R } = {},
) {
  return async function action(_previous: ActionState<R>, formData: FormData): Promise<ActionState<R>> {
    // Next hands an action whatever a request's body decodes to: a form posted without script that
    // names the action directly arrives as the only argument, a forged call as anything at all.
    // proxy.ts refuses forged calls with a 400 (lib/http/bad-input.ts); this is the last guard.
    if (!(formData instanceof FormData)) return { ok: false, message: NOT_A_FORM };
    const actor = await currentActor();
    const fields = formFields(formData);
    const result = await service(actor, toInput(fields, formData));
    if (!result.ok) {
      // A field given more than once (a multiple select) is echoed comma-joined, so the form keeps every choice.
      const values = Object.fromEntries(
        Object.keys(fields)
          .filter((key) => !/password/i.test(key))
          .map((key) => [key, formData.getAll(key).filter((value) => typeof value === "string").join(",")]),
      );
      return { ok: false, message: result.message, fieldErrors: result.fieldErrors, current: result.current, values };
    }
    // Every page and memo readers could see is refreshed on this instance; others follow within
    // their TTL. (Each write statement cleared the memos too, lib/db/query-count.ts, but a read
    // running beside this action could have memoized what was there before it committed.)
    if (readersSeeIt) {
      revalidatePath("/", "layout");
      invalidateMemos();
    }
    if (redirectTo) redirect(redirectTo(result));
    const message = typeof successMessage === "string" ? successMessage : successMessage(result);
    return returns ? { ok: true, message, result: returns(result) } : { ok: true, message };
  };
}

/** "" means "not given" in a form; the services treat undefined as "not given". */
export const blankToUndefined = (value: string | undefined) => (value === undefined || value.trim() === "" ? undefined : value);
