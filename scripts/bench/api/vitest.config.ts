import { defineConfig } from "vitest/config";
import base from "../../../vitest.config.ts";

/**
 * `npm run bench:api` runs through Vitest for the analyzer benchmark's reason: it measures the app's own code
 * (route handlers, `@/` imports, `server-only` modules) and the tests' stack helpers. Each file is one long
 * "test" that prints its figures and asserts nothing about them; not part of `npm test` (not under tests/).
 * Two files, run one after the other, because each points the app at a different database.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["scripts/bench/api/*.bench.ts"],
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60 * 60_000,
    hookTimeout: 10 * 60_000,
    disableConsoleIntercept: true,
    reporters: ["dot"],
  },
});
