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
};

export type Result<T> = ({ ok: true } & T) | Failure;

export const failure = (error: Failure["error"], message: string, fieldErrors?: FieldErrors): Failure => ({
  ok: false,
  error,
  message,
  ...(fieldErrors ? { fieldErrors } : {}),
});

/** The HTTP status a route handler answers for each failure. */
export const FAILURE_STATUS: Record<Failure["error"], number> = {
  unauthenticated: 401,
  forbidden: 403,
  invalid: 422,
  not_found: 404,
  conflict: 409,
};
