import type { z } from "zod";
import { AuthError, badRequest } from "./errors.ts";

export function json(body: unknown, status = 200, headers?: HeadersInit): Response {
  return Response.json(body, { status, headers });
}

export function redirect(location: string, status: 302 | 303): Response {
  return new Response(null, { status, headers: { location } });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join(".");
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Validates already-decoded input; the first problem becomes a 400 `validation_failed`. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const first = result.error.issues[0];
    throw badRequest("validation_failed", first ? describeIssue(first) : "Invalid request");
  }
  return result.data;
}

/** Reads a JSON request body (an empty body counts as `{}`) and validates it. */
export async function readJson<S extends z.ZodType>(req: Request, schema: S): Promise<z.output<S>> {
  const text = await req.text();
  let parsed: unknown = {};
  if (text.trim()) {
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      throw new AuthError(400, "bad_json", `Could not parse request body as JSON: ${(err as Error).message}`);
    }
  }
  return validate(schema, parsed);
}
