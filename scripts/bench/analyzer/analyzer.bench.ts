import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { it } from "vitest";
import { startFixtureSites } from "../../../tests/integration/analyzer/fixture-sites.ts";
import { pointAppAt } from "../../../tests/support/app-env.ts";
import { startTestStack } from "../../../tests/support/stack.ts";
import type { BenchContext, BenchSection } from "./bench-section.ts";
import { startMemorySampler } from "./memory-sampler.ts";
import { formatMb } from "./stats.ts";
import { cachedAnswer } from "./sections/cached-answer.ts";
import { funnelPages } from "./sections/funnel-pages.ts";
import { pipelineOverhead } from "./sections/pipeline-overhead.ts";

/** The report's sections, in order; the memory summary covers these. */
const sections: BenchSection[] = [pipelineOverhead, cachedAnswer];
/** After the memory summary: the app server they start is a child process as well. */
const lastSections: BenchSection[] = [funnelPages];

it("benchmarks the analyzer", async () => {
  const stack = await startTestStack();
  const sites = await startFixtureSites({ slowMs: 300 });
  const scratch = mkdtempSync(join(tmpdir(), "arco-bench-analyzer-"));
  pointAppAt(stack);
  Object.assign(process.env, { ARCO_ANALYZER_ALLOW_LOOPBACK: "1", TMPDIR: scratch });
  const memory = startMemorySampler();
  const context: BenchContext = { stack, sites, memory, print: (line = "") => console.log(line) };
  const runSection = async (section: BenchSection) => {
    console.log(section.title);
    await section.run(context);
    console.log();
  };
  try {
    console.log("\nbench:analyzer — the URL analyzer on local fixture pages (one Lighthouse run at a time)\n");
    for (const section of sections) await runSection(section);
    const peak = memory.overall();
    console.log("Peak memory over the sections above");
    console.log(`  node + children ${formatMb(peak.totalRssBytes)} RSS`);
    console.log(`  node alone ${formatMb(peak.nodeRssBytes)} RSS (it also runs the local stack's Postgres in-process)`);
    console.log(
      `  children alone (Lighthouse's process, Chromium) ${formatMb(peak.childrenRssBytes)} RSS summed, ${formatMb(peak.childrenPssBytes)} PSS`,
    );
    const [one, five] = loadavg();
    console.log(
      `  (load average at the end: ${one!.toFixed(1)} over 1 min, ${five!.toFixed(1)} over 5 min, on ${availableParallelism()} cores)`,
    );
    console.log();
    for (const section of lastSections) await runSection(section);
  } finally {
    memory.stop();
    const { connection } = await import("@/src/db/connection");
    await connection().end({ timeout: 1 });
    await sites.close();
    await stack.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
});
