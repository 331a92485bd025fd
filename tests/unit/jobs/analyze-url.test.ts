import { availableParallelism } from "node:os";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { analyzeUrl } from "@/inngest/functions/analyze-url";
import { AnalysisFailure } from "@/src/analyzer/analysis-failure";
import type { AnalysisResult } from "@/src/analyzer/analysis-result";
import { analyzePage } from "@/src/analyzer/analyze-page";
import { claimAnalysis } from "@/src/analyzer/claim-analysis";
import { completeAnalysis } from "@/src/analyzer/complete-analysis";
import { failAnalysis } from "@/src/analyzer/fail-analysis";
import { setAnalysisStage } from "@/src/analyzer/set-analysis-stage";
import { storeAnalysisScreenshot } from "@/src/analyzer/store-analysis-screenshot";
import { LocalScheduler } from "@/src/jobs/local-scheduler";

vi.mock("@/src/analyzer/analyze-page", () => ({ analyzePage: vi.fn() }));
vi.mock("@/src/analyzer/claim-analysis", () => ({ claimAnalysis: vi.fn() }));
vi.mock("@/src/analyzer/complete-analysis", () => ({ completeAnalysis: vi.fn(async () => true) }));
vi.mock("@/src/analyzer/fail-analysis", () => ({ failAnalysis: vi.fn(async () => true) }));
vi.mock("@/src/analyzer/set-analysis-stage", () => ({ setAnalysisStage: vi.fn(async () => {}) }));
vi.mock("@/src/analyzer/store-analysis-screenshot", () => ({
  storeAnalysisScreenshot: vi.fn(async (id: string) => `${id}.jpg`),
}));

const ID = "5f0c1a8e-2b8e-4a51-9c5e-0d9a7f2b1c11";

const result: AnalysisResult = {
  lighthouseVersion: "13.5.0",
  fetchedAt: "2026-11-23T12:00:00.000Z",
  finalUrl: "https://site.test/",
  scores: { performance: 91, accessibility: 100, bestPractices: 96, seo: 100 },
  metrics: { lcpMs: 1800, cls: 0, tbtMs: 10, fcpMs: 900, speedIndexMs: 1200, ttfbMs: 80 },
  opportunities: [],
  failedAudits: { performance: [], accessibility: [], bestPractices: [], seo: [] },
  pageWeightBytes: 1000,
  requestCount: 3,
  consoleErrorCount: 0,
};

async function run() {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const scheduler = new LocalScheduler({
    functions: [analyzeUrl],
    logger,
    wait: async () => {},
    retryDelayMs: () => 0,
  });
  await scheduler.send([{ name: "analyzer/url.submitted", data: { analysisId: ID } }]);
  await scheduler.idle();
  return scheduler.history()[0]!;
}

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(claimAnalysis).mockResolvedValue({ url: "https://site.test/" });
});

describe("analyze-url", () => {
  it("is limited to one run per core at most, retried, bounded in time and keyed to the analysis", () => {
    expect(analyzeUrl.opts).toMatchObject({
      id: "analyze-url",
      concurrency: { limit: 1 },
      retries: 2,
      idempotency: "event.data.analysisId",
      timeouts: { finish: "10m" },
    });
    expect(analyzeUrl.opts.triggers).toEqual([expect.objectContaining({ name: "analyzer/url.submitted" })]);
  });

  it("runs the audit, moves through the stages and stores the report and screenshot", async () => {
    vi.mocked(analyzePage).mockImplementation(async (_url, hooks) => {
      hooks?.onProgress?.("loading", 15);
      await new Promise((resolve) => setTimeout(resolve, 20));
      // Within the writer's interval: only the latest of these is written, and before the save begins.
      hooks?.onProgress?.("loading", 30);
      hooks?.onProgress?.("auditing", 60);
      hooks?.onProgress?.("auditing", 88);
      return { result, screenshot: Buffer.from([0xff, 0xd8, 0xff]) };
    });
    const record = await run();
    expect(record).toMatchObject({ status: "succeeded", output: { analysisId: ID, outcome: "done" } });
    expect(analyzePage).toHaveBeenCalledWith("https://site.test/", expect.anything());
    expect(vi.mocked(setAnalysisStage).mock.calls).toEqual([
      [ID, "loading", 15],
      [ID, "auditing", 88],
      [ID, "saving", 90],
    ]);
    expect(storeAnalysisScreenshot).toHaveBeenCalledWith(ID, Buffer.from([0xff, 0xd8, 0xff]));
    expect(completeAnalysis).toHaveBeenCalledWith(ID, { result, screenshotObject: `${ID}.jpg` });
    expect(failAnalysis).not.toHaveBeenCalled();
  });

  it("does nothing for an analysis that is already finished (or unknown)", async () => {
    vi.mocked(claimAnalysis).mockResolvedValue(null);
    expect(await run()).toMatchObject({ status: "succeeded", output: { outcome: "skipped" } });
    expect(analyzePage).not.toHaveBeenCalled();
    expect(completeAnalysis).not.toHaveBeenCalled();
    expect(failAnalysis).not.toHaveBeenCalled();
  });

  it("records a page that cannot be analyzed at once, without retrying", async () => {
    vi.mocked(analyzePage).mockRejectedValue(
      new AnalysisFailure("http_status", { status: 404, finalUrl: "https://site.test/gone" }),
    );
    expect(await run()).toMatchObject({ status: "succeeded", executions: 1, output: { outcome: "failed" } });
    expect(analyzePage).toHaveBeenCalledTimes(1);
    expect(failAnalysis).toHaveBeenCalledWith(ID, { reason: "http_status:404", finalUrl: "https://site.test/gone" });
  });

  it("retries an unexpected error and ends as lighthouse_error when it persists", async () => {
    vi.mocked(analyzePage).mockRejectedValue(new Error("Chrome could not start"));
    expect(await run()).toMatchObject({
      status: "succeeded",
      output: { outcome: "failed", reason: "lighthouse_error" },
    });
    expect(analyzePage).toHaveBeenCalledTimes(3);
    expect(failAnalysis).toHaveBeenCalledWith(ID, { reason: "lighthouse_error", finalUrl: null });
    expect(completeAnalysis).not.toHaveBeenCalled();
  });

  it("recovers from a transient error on the next attempt", async () => {
    vi.mocked(analyzePage)
      .mockRejectedValueOnce(new Error("Protocol timeout"))
      .mockResolvedValueOnce({ result, screenshot: null });
    expect(await run()).toMatchObject({ status: "succeeded", output: { outcome: "done" } });
    expect(analyzePage).toHaveBeenCalledTimes(2);
    expect(completeAnalysis).toHaveBeenCalledWith(ID, { result, screenshotObject: null });
    expect(storeAnalysisScreenshot).not.toHaveBeenCalled();
  });

  it("retries a failed save without running Lighthouse again, overwriting the same screenshot", async () => {
    vi.mocked(analyzePage).mockResolvedValue({ result, screenshot: Buffer.from([1, 2, 3]) });
    vi.mocked(completeAnalysis).mockRejectedValueOnce(new Error("connection reset")).mockResolvedValueOnce(true);
    expect(await run()).toMatchObject({ status: "succeeded", executions: 2, output: { outcome: "done" } });
    expect(analyzePage).toHaveBeenCalledTimes(1);
    expect(vi.mocked(storeAnalysisScreenshot).mock.calls).toEqual([
      [ID, Buffer.from([1, 2, 3])],
      [ID, Buffer.from([1, 2, 3])],
    ]);
    expect(completeAnalysis).toHaveBeenCalledTimes(2);
  });
});

describe("analyzerConcurrency", () => {
  const saved = process.env.ARCO_ANALYZER_CONCURRENCY;
  afterEach(() => {
    if (saved === undefined) delete process.env.ARCO_ANALYZER_CONCURRENCY;
    else process.env.ARCO_ANALYZER_CONCURRENCY = saved;
  });

  it("is 1 by default, follows ARCO_ANALYZER_CONCURRENCY and never exceeds the cores", async () => {
    const { analyzerConcurrency } = await import("@/src/analyzer/analyzer-concurrency");
    delete process.env.ARCO_ANALYZER_CONCURRENCY;
    expect(analyzerConcurrency()).toBe(1);
    process.env.ARCO_ANALYZER_CONCURRENCY = "2";
    expect(analyzerConcurrency()).toBe(Math.min(2, availableParallelism()));
    process.env.ARCO_ANALYZER_CONCURRENCY = "64";
    expect(analyzerConcurrency()).toBe(availableParallelism());
    process.env.ARCO_ANALYZER_CONCURRENCY = "0";
    expect(() => analyzerConcurrency()).toThrow();
  });
});
