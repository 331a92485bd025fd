import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Dictionary } from "../i18n/dictionary";
import { getTranslations } from "../i18n/get-translations";
import { ActionError } from "./action-error";
import type { ActionFailure, ActionState } from "./action-state";

/**
 * The one way to write a server action (they are public HTTP endpoints): the form data is validated with
 * `schema` before `handler` sees it, expected failures (`ActionError`) become `{ code, message }` in the
 * user's language, and anything unexpected is logged on the server and reported as a generic error so no
 * internals reach the browser. `redirect()`/`notFound()` thrown by the handler pass through untouched.
 *
 * Schemas write their error messages as keys of the `validation` dictionary, so field errors are translated.
 */
export function defineAction<Schema extends z.ZodType, Result>(
  schema: Schema,
  handler: (input: z.output<Schema>) => Promise<Result>,
): (previous: ActionState<Result>, formData: FormData) => Promise<ActionState<Result>> {
  return async function action(_previous, formData) {
    const { t } = await getTranslations();
    const values = echoableValues(formData);
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return { status: "error", error: { ...invalidInput(parsed.error, t), values } };
    }
    try {
      return { status: "success", data: await handler(parsed.data) };
    } catch (error) {
      unstable_rethrow(error);
      return { status: "error", error: { ...toFailure(error, t), values } };
    }
  };
}

/** Never send secrets back into the page; Next's own `$ACTION_*` fields are not the user's input. */
const notEchoed = /password|token|secret|^\$ACTION/i;

function echoableValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (typeof value === "string" && !notEchoed.test(name)) values[name] = value;
  }
  return values;
}

function invalidInput(error: z.ZodError, t: Dictionary): ActionFailure {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    fields[field] ??= translateValidation(issue.message, t);
  }
  return { code: "invalid_input", message: t.errors.invalid_input, fields };
}

function translateValidation(key: string, t: Dictionary): string {
  return key in t.validation ? t.validation[key as keyof Dictionary["validation"]] : t.errors.invalid_input;
}

function toFailure(error: unknown, t: Dictionary): ActionFailure {
  if (error instanceof ActionError) {
    if (error.code === "unexpected") console.error("[action] unexpected failure:", error.message);
    return { code: error.code, message: t.errors[error.code] };
  }
  console.error("[action] unhandled error:", error);
  return { code: "unexpected", message: t.errors.unexpected };
}
