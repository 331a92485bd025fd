import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { mapDatabaseError } from "../db/map-database-error";
import { AppError } from "../errors/app-error";
import type { Dictionary } from "../i18n/dictionary";
import { getTranslations } from "../i18n/get-translations";
import { canManage, organizationSlugSchema, requireWorkspace, type Workspace } from "../workspace/require-workspace";
import type { ActionFailure, ActionState } from "./action-state";

type FormAction<Result> = (previous: ActionState<Result>, formData: FormData) => Promise<ActionState<Result>>;

/**
 * The one way to write a server action (they are public HTTP endpoints): the form data is validated with
 * `schema` before `handler` sees it, expected failures (`AppError`, and the database's refusals through
 * `mapDatabaseError`) become `{ code, message }` in the user's language, and anything unexpected is logged on
 * the server and reported as a generic error so no internals reach the browser. `redirect()`/`notFound()`
 * thrown by the handler pass through untouched.
 *
 * Repeated form fields, and fields named `name[]`, arrive as arrays. Schemas write their error messages as
 * keys of the `validation` dictionary, so field errors are translated.
 */
export function defineAction<Schema extends z.ZodType, Result>(
  schema: Schema,
  handler: (input: z.output<Schema>) => Promise<Result>,
): FormAction<Result> {
  return (_previous, formData) => runAction(formData, schema, handler);
}

/** Fields every workspace action's form carries: the organization it acts on (`<input type=hidden name=org>`). */
const workspaceFields = z.object({ org: organizationSlugSchema });

/**
 * A client-dashboard action: like `defineAction`, and the handler also receives the request's workspace —
 * user, organization, role, plan, limits and `db` (as the user, or as the target of a "view as") — resolved
 * from the form's `org` field by the same loader the pages use. `manage: true` refuses members up front (the
 * database refuses them anyway; this answers clearly and before any work).
 */
export function defineWorkspaceAction<Schema extends z.ZodObject, Result>(
  schema: Schema,
  handler: (input: z.output<Schema>, workspace: Workspace) => Promise<Result>,
  options: { manage?: boolean } = {},
): FormAction<Result> {
  const withOrg = schema.extend(workspaceFields.shape);
  return (_previous, formData) =>
    runAction(formData, withOrg, async (parsed) => {
      const { org, ...input } = parsed as z.output<Schema> & z.output<typeof workspaceFields>;
      const workspace = await requireWorkspace(org);
      if (options.manage && !canManage(workspace.role)) throw new AppError("forbidden");
      return handler(input as z.output<Schema>, workspace);
    });
}

async function runAction<Schema extends z.ZodType, Result>(
  formData: FormData,
  schema: Schema,
  handler: (input: z.output<Schema>) => Promise<Result>,
): Promise<ActionState<Result>> {
  const { t } = await getTranslations();
  const values = echoableValues(formData);
  const parsed = schema.safeParse(formFields(formData));
  if (!parsed.success) {
    return { status: "error", error: { ...invalidInput(parsed.error, t), values } };
  }
  try {
    return { status: "success", data: await handler(parsed.data) };
  } catch (error) {
    unstable_rethrow(error);
    return { status: "error", error: { ...toFailure(error, t), values } };
  }
}

/**
 * The form as an object: a field sent once is a string, a repeated one (or `name[]`) an array of them. A file
 * input arrives as its `File`; one left empty (the browser still sends an empty file, named or not) is absent.
 */
export function formFields(formData: FormData): Record<string, string | string[] | File> {
  const fields: Record<string, string | string[] | File> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key);
    const file = values.find((value): value is File => typeof value !== "string" && value.size > 0);
    if (file) {
      fields[key] = file;
      continue;
    }
    const all = values.filter((value): value is string => typeof value === "string");
    if (key.endsWith("[]")) fields[key.slice(0, -2)] = all;
    else if (all.length > 0) fields[key] = all.length > 1 ? all : all[0]!;
  }
  return fields;
}

/**
 * Never send secrets back into the page; Next's own `$ACTION_*` fields are not the user's input, nor are the
 * fields a CAPTCHA widget adds (hCaptcha's `h-captcha-response`, `g-recaptcha-response`).
 */
const notEchoed = /password|token|secret|captcha|^\$ACTION/i;

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
  const failure = mapDatabaseError(error);
  if (failure.code === "unexpected") console.error("[action] unexpected failure:", failure.cause ?? failure);
  return {
    code: failure.code,
    message: t.errors[failure.code],
    ...(failure.tierLimit ? { tierLimit: failure.tierLimit } : {}),
  };
}
