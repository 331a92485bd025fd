import "server-only";
import type { ActionErrorCode } from "./action-state";

/** An expected failure a handler reports to the user; anything else thrown is treated as a bug. */
export class ActionError extends Error {
  readonly code: ActionErrorCode;

  constructor(code: ActionErrorCode, detail?: string) {
    super(detail ?? code);
    this.name = "ActionError";
    this.code = code;
  }
}
