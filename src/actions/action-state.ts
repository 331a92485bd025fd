/** What a server action built with `defineAction` returns to the form that called it (shared with the client). */

export const actionErrorCodes = [
  "invalid_input",
  "invalid_credentials",
  "email_not_confirmed",
  "code_invalid",
  "rate_limited",
  "weak_password",
  "same_password",
  "email_taken",
  "sso_not_configured",
  "provider_disabled",
  "session_expired",
  "link_invalid",
  "auth_unavailable",
  "unexpected",
] as const;

export type ActionErrorCode = (typeof actionErrorCodes)[number];

export interface ActionFailure {
  code: ActionErrorCode;
  /** Already translated into the request's language. */
  message: string;
  /** Per-field messages for invalid input, keyed by form field name. */
  fields?: Record<string, string>;
  /**
   * The submitted values (secrets excluded), so the form can show them again: React clears a form once its
   * action settles, and retyping an email after a typo elsewhere is needless friction.
   */
  values?: Record<string, string>;
}

export type ActionState<T> =
  { status: "idle" } | { status: "success"; data: T } | { status: "error"; error: ActionFailure };

export const idleState = { status: "idle" } as const;

export function isActionErrorCode(value: unknown): value is ActionErrorCode {
  return typeof value === "string" && (actionErrorCodes as readonly string[]).includes(value);
}

export function submittedValue(state: ActionState<unknown>, field: string): string | undefined {
  return state.status === "error" ? state.error.values?.[field] : undefined;
}

export function fieldError(state: ActionState<unknown>, field: string): string | undefined {
  return state.status === "error" ? state.error.fields?.[field] : undefined;
}
