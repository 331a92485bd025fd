import "server-only";
import type { InngestFunction } from "inngest";

export interface FunctionConcurrency {
  /** Executions of the function that may run at once; undefined for no limit. */
  limit: number | undefined;
  /** Parts of the setting the local scheduler cannot honour exactly, to be logged. */
  approximations: string[];
}

/**
 * Reads a function's `concurrency` option in every form Inngest accepts (a number, `{ limit, key?, scope? }`
 * or up to two of those). 0 means no limit, as on Inngest. A `key` or a wider `scope` would need Inngest's
 * expression evaluation and shared queues; the local scheduler applies the limit to the whole function
 * instead, which is stricter and never runs more at once than Inngest would.
 */
export function functionConcurrency(fn: InngestFunction.Any): FunctionConcurrency {
  const raw: unknown = fn.opts.concurrency;
  const options: unknown[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const limits: number[] = [];
  const approximations: string[] = [];
  for (const option of options) {
    if (typeof option === "number") {
      if (option > 0) limits.push(option);
      continue;
    }
    if (typeof option !== "object" || option === null || !("limit" in option)) continue;
    const { limit } = option as { limit: unknown; key?: unknown; scope?: unknown };
    if (typeof limit !== "number" || limit <= 0) continue;
    limits.push(limit);
    if ("key" in option && option.key !== undefined) approximations.push(`key ${String(option.key)}`);
    if ("scope" in option && option.scope !== undefined && option.scope !== "fn") {
      approximations.push(`scope ${String(option.scope)}`);
    }
  }
  return { limit: limits.length > 0 ? Math.min(...limits) : undefined, approximations };
}
