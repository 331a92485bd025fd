import { defineConfig } from "vitest/config";
import base from "../../../vitest.config.ts";

/**
 * `npm run bench:analyzer` runs through Vitest because the pipeline it measures is the app's own code
 * (`@/` imports, `server-only` modules, the stack helpers of the tests), which plain Node cannot load; the
 * root config already resolves all of that. The benchmark is one long "test" that prints its figures: it
 * asserts nothing about them, and is not part of `npm test` (its file is not under tests/).
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // Replaces the root's include rather than adding to it: only the benchmark runs.
    include: ["scripts/bench/analyzer/analyzer.bench.ts"],
    maxWorkers: 1,
    testTimeout: 30 * 60_000,
    hookTimeout: 5 * 60_000,
    // The figures go straight to the terminal, not into Vitest's per-test log blocks.
    disableConsoleIntercept: true,
    reporters: ["dot"],
  },
});
