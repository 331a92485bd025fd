import type { TestStack } from "../../../tests/support/stack.ts";
import type { FixtureSites } from "../../../tests/integration/analyzer/fixture-sites.ts";
import type { MemorySampler } from "./memory-sampler.ts";

/** What every section of `npm run bench:analyzer` gets: a private stack the app points at, and the fixtures. */
export interface BenchContext {
  stack: TestStack;
  sites: FixtureSites;
  memory: MemorySampler;
  /** Prints one line of the report. */
  print(line?: string): void;
}

/**
 * One part of the analyzer benchmark (pipeline against bare Lighthouse, cached answers, the funnel pages'
 * own scores…). Sections run one after the other, never two Lighthouse runs at once; to add one, write it
 * in sections/ and list it in analyzer.bench.ts.
 */
export interface BenchSection {
  title: string;
  run(context: BenchContext): Promise<void>;
}
