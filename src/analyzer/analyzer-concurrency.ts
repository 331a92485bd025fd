import "server-only";
import { availableParallelism } from "node:os";
import { definitionEnv } from "@/src/env";

/**
 * How many analyses may run at once: ARCO_ANALYZER_CONCURRENCY (default 1), never more than the cores, since
 * each is a Chromium that keeps a core busy and two sharing one make both several times slower.
 */
export function analyzerConcurrency(): number {
  return Math.min(definitionEnv().ARCO_ANALYZER_CONCURRENCY, availableParallelism());
}
