/** What a server action built with `defineAction` returns to the form that called it (shared with the client). */

import type { AppErrorCode, TierLimitDetails } from "../errors/app-error";

export interface ActionFailure {
  code: AppErrorCode;
  /** Already translated into the request's language. */
  message: string;
  /** For `tier_limit_exceeded`: which limit, its value and the usage, for "3 of 3 projects" and the upgrade. */
  tierLimit?: TierLimitDetails;
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

export function submittedValue(state: ActionState<unknown>, field: string): string | undefined {
  return state.status === "error" ? state.error.values?.[field] : undefined;
}

export function fieldError(state: ActionState<unknown>, field: string): string | undefined {
  return state.status === "error" ? state.error.fields?.[field] : undefined;
}
