import { bareLighthouse } from "../bare-lighthouse.ts";
import type { BenchSection } from "../bench-section.ts";
import { formatMb, formatMs, percentile } from "../stats.ts";

const RUNS = 10;
const PAGE = "/slow";

/**
 * The whole pipeline (a url_analyses row, the job on the local scheduler: claim, preflight, egress proxy,
 * Lighthouse in a fresh profile, summary in two languages, screenshot upload, saved report) against bare
 * Lighthouse as its documentation runs it (chrome-launcher + lighthouse()), on the same page, alternating,
 * after one unmeasured warm-up of each.
 */
export const pipelineOverhead: BenchSection = {
  title: `Pipeline against bare Lighthouse (${RUNS} runs each, alternating, page ${PAGE})`,
  async run({ stack, sites, memory, print }) {
    const { analyzeUrl } = await import("@/inngest/functions/analyze-url");
    const { LocalScheduler } = await import("@/src/jobs/local-scheduler");
    const { env } = await import("@/src/env");
    const url = sites.url(PAGE);
    const quiet = { info: () => {}, warn: () => {}, error: () => {} };

    async function pipeline(): Promise<number> {
      const started = performance.now();
      const [row] = await stack.sql<{ id: string }[]>`
        insert into public.url_analyses (url, normalized_url) values (${url}, ${url}) returning id`;
      const scheduler = new LocalScheduler({ functions: [analyzeUrl], logger: quiet });
      await scheduler.send([{ name: "analyzer/url.submitted", data: { analysisId: row!.id } }]);
      await scheduler.idle();
      const elapsed = performance.now() - started;
      const [done] = await stack.sql<{ status: string; failure_reason: string | null }[]>`
        select status, failure_reason from public.url_analyses where id = ${row!.id}`;
      if (done?.status !== "done") throw new Error(`The pipeline ended ${done?.status}: ${done?.failure_reason}`);
      return elapsed;
    }

    async function bare(): Promise<number> {
      const started = performance.now();
      await bareLighthouse(url, {
        chromePath: env().CHROME_PATH,
        maxWaitForLoadMs: env().ARCO_ANALYZER_MAX_WAIT_FOR_LOAD_MS,
      });
      return performance.now() - started;
    }

    await pipeline();
    await bare();
    const times = { pipeline: [] as number[], bare: [] as number[] };
    const peaks = { pipeline: 0, bare: 0 };
    for (let i = 0; i < RUNS; i++) {
      for (const kind of ["pipeline", "bare"] as const) {
        memory.reset();
        times[kind].push(await (kind === "pipeline" ? pipeline() : bare()));
        peaks[kind] = Math.max(peaks[kind], memory.peak().totalRssBytes);
      }
    }

    const p50 = { pipeline: percentile(times.pipeline, 50), bare: percentile(times.bare, 50) };
    const p95 = { pipeline: percentile(times.pipeline, 95), bare: percentile(times.bare, 95) };
    const overhead = (kind: "p50" | "p95") => {
      const values = kind === "p50" ? p50 : p95;
      return `${(((values.pipeline - values.bare) / values.bare) * 100).toFixed(1)} %`;
    };
    const mean = (kind: "pipeline" | "bare") => times[kind].reduce((sum, t) => sum + t, 0) / RUNS;
    print(
      `  ${"".padEnd(16)}${"p50".padStart(10)}${"p95".padStart(10)}${"mean".padStart(10)}${"peak RSS (node + children)".padStart(28)}`,
    );
    for (const kind of ["pipeline", "bare"] as const) {
      print(
        `  ${kind.padEnd(16)}${formatMs(p50[kind]).padStart(10)}${formatMs(p95[kind]).padStart(10)}${formatMs(mean(kind)).padStart(10)}${formatMb(peaks[kind]).padStart(28)}`,
      );
    }
    print(`  pipeline overhead: p50 ${overhead("p50")}, p95 ${overhead("p95")} (target ≤ 15 %)`);
    print(`  every run (s): pipeline ${times.pipeline.map((t) => (t / 1000).toFixed(2)).join(" ")}`);
    print(`                 bare     ${times.bare.map((t) => (t / 1000).toFixed(2)).join(" ")}`);
  },
};
