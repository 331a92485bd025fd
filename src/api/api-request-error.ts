import { z } from "zod";

export type ApiRequestProblem = "not_json" | "too_large" | "malformed" | "invalid";

/**
 * A request the public API refuses before running it (400): which field, and what is wrong with it, so a
 * developer can fix the call without guessing.
 */
export class ApiRequestError extends Error {
  readonly field: string;
  readonly problem: ApiRequestProblem;
  readonly detail: string | undefined;

  constructor(field: string, problem: ApiRequestProblem, detail?: string) {
    super(`${field}: ${problem}`);
    this.name = "ApiRequestError";
    this.field = field;
    this.problem = problem;
    this.detail = detail;
  }

  /** The first issue of a failed zod parse, its path under `root` (`body.subject`, `query.limit`). */
  static fromZod(root: "body" | "query", error: z.ZodError): ApiRequestError {
    const issue = error.issues[0];
    const path = [root, ...(issue?.path ?? []).map(String)].join(".");
    return new ApiRequestError(path, "invalid", issue?.message);
  }
}
