/**
 * What every lib/ mutation returns. Bad input, a refusal or a conflict is an answer, never a
 * thrown 500: server actions hand it to `useActionState`, route handlers map `error` to a status.
 */
export type FieldErrors = Record<string, string[]>;

export type Failure = {
  ok: false;
  error: "unauthenticated" | "forbidden" | "invalid" | "not_found" | "conflict";
  message: string;
  fieldErrors?: FieldErrors;
  /** For a conflict: the record as it now stands, so the caller can show what changed. */
  current?: Record<string, unknown>;
};

export type Result<T> = ({ ok: true } & T) | Failure;

export const failure = (error: Failure["error"], message: string, fieldErrors?: FieldErrors): Failure => ({
  ok: false,
  error,
  message,
  ...(fieldErrors ? { fieldErrors } : {}),
});

export const invalid = (fieldErrors: FieldErrors, message = "Some fields need attention."): Failure =>
  failure("invalid", message, fieldErrors);

/** A zod error as field errors keyed by the first path segment ("" for the whole input). */
export function zodFieldErrors(error: { issues: { path: PropertyKey[]; message: string }[] }): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "");
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/** The HTTP status a route handler answers for each failure. */
export const FAILURE_STATUS: Record<Failure["error"], number> = {
  unauthenticated: 401,
  forbidden: 403,
  invalid: 422,
  not_found: 404,
  conflict: 409,
};

/** The refusal for someone who may not do a thing: "log in" when anonymous, "forbidden" otherwise. */
export function denied(actor: unknown, message = "You are not allowed to do that."): Failure {
  return actor ? failure("forbidden", message) : failure("unauthenticated", "Log in first.");
}
