import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@supabase/supabase-js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AnalysisResult } from "@/src/analyzer/analysis-result";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { startFixtureSites, type FixtureSites } from "./fixture-sites";

/**
 * The analysis job end to end: the real handler on the local scheduler, the real Lighthouse and Chromium,
 * the stack's Postgres and Storage, and fixture sites on 127.0.0.1 (loopback allowed, as in development).
 * Every Lighthouse run of the test suite is in this file, one at a time: two Chromiums at once on a small
 * machine would only slow each other down. Several assertions share each run.
 */

const stack = stackForThisFile();
const MAX_WAIT_FOR_LOAD_MS = 6_000;
const SLOW_MS = 1_500;
const LIGHTHOUSE_TEST_MS = 120_000;

let sites: FixtureSites;
/** The temporary folder of this file's process: profiles are made here, and must not stay. */
let scratch: string;
let job: typeof import("@/inngest/functions/analyze-url");
let scheduling: typeof import("@/src/jobs/local-scheduler");
const previousTmpDir = process.env.TMPDIR;

beforeAll(async () => {
  pointAppAt(stack);
  scratch = mkdtempSync(join(tmpdir(), "arco-analyzer-test-"));
  Object.assign(process.env, {
    ARCO_ANALYZER_ALLOW_LOOPBACK: "1",
    ARCO_ANALYZER_MAX_WAIT_FOR_LOAD_MS: String(MAX_WAIT_FOR_LOAD_MS),
    TMPDIR: scratch,
  });
  vi.resetModules();
  job = await import("@/inngest/functions/analyze-url");
  scheduling = await import("@/src/jobs/local-scheduler");
  sites = await startFixtureSites({ slowMs: SLOW_MS });
  // Every change of an analysis's stage, as the progress view would see it if it never missed a poll.
  await stack.sql.unsafe(`
    create table public.test_stage_log (
      seq bigserial primary key, analysis_id uuid, status text, stage text, progress int,
      at timestamptz default clock_timestamp());
    create function public.test_log_stage() returns trigger language plpgsql as $$
    begin
      insert into public.test_stage_log (analysis_id, status, stage, progress)
      values (new.id, new.status, new.stage, new.progress);
      return new;
    end $$;
    create trigger test_log_stage after insert or update on public.url_analyses
      for each row execute function public.test_log_stage();`);
});

afterAll(async () => {
  await sites?.close();
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
  if (previousTmpDir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previousTmpDir;
  rmSync(scratch, { recursive: true, force: true });
});

const quiet = { info: () => {}, warn: () => {}, error: () => {} };

function newScheduler() {
  return new scheduling.LocalScheduler({ functions: [job.analyzeUrl], logger: quiet, retryDelayMs: () => 10 });
}

async function submit(url: string): Promise<string> {
  const [row] = await stack.sql<{ id: string }[]>`
    insert into public.url_analyses (url, normalized_url) values (${url}, ${url}) returning id`;
  return row!.id;
}

/** Submits the URLs, runs the job for all of them on one scheduler, and waits until every run ended. */
async function analyze(...urls: string[]): Promise<string[]> {
  const ids = await Promise.all(urls.map(submit));
  const scheduler = newScheduler();
  await scheduler.send(ids.map((analysisId) => ({ name: "analyzer/url.submitted", data: { analysisId } })));
  await scheduler.idle();
  expect(scheduler.history().map((r) => r.status)).toEqual(ids.map(() => "succeeded"));
  return ids;
}

interface AnalysisRow {
  status: string;
  stage: string;
  progress: number;
  result: AnalysisResult | null;
  failure_reason: string | null;
  final_url: string | null;
  screenshot_object: string | null;
  started_at: Date | null;
  finished_at: Date | null;
}

async function row(id: string): Promise<AnalysisRow> {
  const [found] = await stack.sql<AnalysisRow[]>`
    select status, stage, progress, result, failure_reason, final_url, screenshot_object, started_at, finished_at
    from public.url_analyses where id = ${id}`;
  return found!;
}

/** Every stage and progress an analysis showed, in order (an update that changed neither is left out). */
async function stageLog(id: string): Promise<{ stage: string; progress: number }[]> {
  const log = await stack.sql<{ stage: string; progress: number }[]>`
    select stage, progress from public.test_stage_log where analysis_id = ${id} order by seq`;
  return log
    .map(({ stage, progress }) => ({ stage, progress }))
    .filter((entry, i) => entry.stage !== log[i - 1]?.stage || entry.progress !== log[i - 1]?.progress);
}

/** The stages an analysis went through, each once, in order. */
async function stages(id: string): Promise<string[]> {
  const seen = (await stageLog(id)).map((entry) => entry.stage);
  return seen.filter((stage, i) => stage !== seen[i - 1]);
}

/** Checks the bar only moved forward, and moved while the page loaded. */
async function expectProgressMovedForward(id: string) {
  const log = await stageLog(id);
  const values = log.map((entry) => entry.progress);
  expect(values).toEqual([...values].sort((a, b) => a - b));
  const loading = log.filter((entry) => entry.stage === "loading").map((entry) => entry.progress);
  expect(new Set(loading).size, `progress while loading: ${loading.join(", ")}`).toBeGreaterThan(1);
}

async function stageTimes(id: string): Promise<Record<string, Date>> {
  const log = await stack.sql<{ stage: string; at: Date }[]>`
    select stage, min(at) as at from public.test_stage_log where analysis_id = ${id} group by stage`;
  return Object.fromEntries(log.map((entry) => [entry.stage, entry.at]));
}

/** Profile folders or other leftovers of Chromium in this process's temporary folder. */
const leftovers = () => readdirSync(scratch);

/** Chromium processes started for this file's profiles that are still alive. */
function chromiumsAlive(): string[] {
  const out = execFileSync("ps", ["-eo", "pid,args"], { encoding: "utf8" });
  return out.split("\n").filter((line) => line.includes("chromium") && line.includes(scratch));
}

function expectCleanedUp() {
  expect(leftovers(), "files left in the temporary folder").toEqual([]);
  expect(chromiumsAlive(), "Chromium processes still running").toEqual([]);
}

const fullRun = ["queued", "loading", "auditing", "saving", "done"];

describe("analyzing pages that load", () => {
  let fast: { id: string; row: AnalysisRow; result: AnalysisResult };

  beforeAll(async () => {
    const [id] = await analyze(sites.url("/redirect"));
    const found = await row(id!);
    fast = { id: id!, row: found, result: found.result! };
  }, LIGHTHOUSE_TEST_MS);

  it("reports a fast page reached through two redirects, with its final URL", async () => {
    expect(fast.row).toMatchObject({ status: "done", stage: "done", progress: 100, failure_reason: null });
    expect(fast.row.started_at).toBeInstanceOf(Date);
    expect(fast.row.finished_at!.getTime()).toBeGreaterThanOrEqual(fast.row.started_at!.getTime());
    expect(fast.result.finalUrl).toBe(sites.url("/fast?from=redirect"));
    expect(fast.row.final_url).toBe(sites.url("/fast?from=redirect"));
    expect(fast.result.lighthouseVersion).toMatch(/^13\./);
    expect(Number.isNaN(Date.parse(fast.result.fetchedAt))).toBe(false);
  });

  it("scores all four categories, high for a small accessible page", () => {
    const { scores } = fast.result;
    for (const score of Object.values(scores)) {
      expect(score).not.toBeNull();
      expect(Number.isInteger(score)).toBe(true);
    }
    expect(scores.performance).toBeGreaterThanOrEqual(80);
    expect(scores.accessibility).toBeGreaterThanOrEqual(90);
    expect(scores.seo).toBeGreaterThanOrEqual(90);
    // The page is served over plain http, which best practices mark down.
    expect(scores.bestPractices).toBeGreaterThan(50);
  });

  it("measures the lab metrics and the page's weight", () => {
    const { metrics } = fast.result;
    expect(metrics.fcpMs).toBeGreaterThan(0);
    expect(metrics.lcpMs).toBeGreaterThanOrEqual(metrics.fcpMs!);
    expect(metrics.speedIndexMs).toBeGreaterThan(0);
    expect(metrics.tbtMs).toBeGreaterThanOrEqual(0);
    expect(metrics.cls).toBe(0);
    expect(metrics.ttfbMs).toBeGreaterThanOrEqual(0);
    expect(metrics.ttfbMs).toBeLessThan(SLOW_MS);
    // Two redirects and the page itself.
    expect(fast.result.requestCount).toBeGreaterThanOrEqual(3);
    expect(fast.result.pageWeightBytes).toBeGreaterThan(300);
    expect(fast.result.pageWeightBytes).toBeLessThan(20_000);
    expect(fast.result.consoleErrorCount).toBe(0);
  });

  it("keeps audit titles in English and Brazilian Portuguese", () => {
    const audits = Object.values(fast.result.failedAudits).flat();
    expect(audits.length).toBeGreaterThan(0);
    for (const audit of audits) {
      expect(audit.title.en).not.toBe("");
      expect(audit.title["pt-BR"]).not.toBe("");
    }
    // At least one title really is translated (Lighthouse ships its Portuguese texts).
    expect(audits.some((audit) => audit.title.en !== audit.title["pt-BR"])).toBe(true);
  });

  it("stores the final screenshot in the public bucket", async () => {
    expect(fast.row.screenshot_object).toBe(`${fast.id}.jpg`);
    const response = await fetch(`${stack.apiUrl}/storage/v1/object/public/analysis-screenshots/${fast.id}.jpg`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  });

  it("lets nobody but the service role write to the screenshots bucket", async () => {
    const visitor = createClient(stack.apiUrl, stack.anonKey, { auth: { persistSession: false } });
    const bucket = visitor.storage.from("analysis-screenshots");
    const forged = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0x00])], { type: "image/jpeg" });
    expect((await bucket.upload(`${fast.id}.jpg`, forged, { upsert: true })).error).not.toBeNull();
    expect((await bucket.upload("forged.jpg", forged)).error).not.toBeNull();
    expect((await bucket.remove([`${fast.id}.jpg`])).data ?? []).toEqual([]);
    const response = await fetch(`${stack.apiUrl}/storage/v1/object/public/analysis-screenshots/${fast.id}.jpg`);
    expect(response.status).toBe(200);
  });

  it("writes progress in order: queued, loading, auditing, saving, done, the bar moving forward", async () => {
    expect(await stages(fast.id)).toEqual(fullRun);
    await expectProgressMovedForward(fast.id);
    expect((await stageLog(fast.id)).at(-1)).toEqual({ stage: "done", progress: 100 });
  });

  it("leaves no profile folder and no Chromium behind", () => {
    expectCleanedUp();
  });

  it("never runs a finished analysis again, however often the event comes", async () => {
    const before = await stages(fast.id);
    const scheduler = newScheduler();
    await scheduler.send([{ name: "analyzer/url.submitted", data: { analysisId: fast.id } }]);
    await scheduler.idle();
    expect(scheduler.history()[0]).toMatchObject({ status: "succeeded", output: { outcome: "skipped" } });
    expect(await row(fast.id)).toEqual(fast.row);
    expect(await stages(fast.id)).toEqual(before);
  });

  describe("two analyses submitted together", () => {
    let errors: { id: string; result: AnalysisResult };
    let slow: { id: string; result: AnalysisResult };

    beforeAll(async () => {
      const [errorsId, slowId] = await analyze(sites.url("/console-errors"), sites.url("/slow"));
      errors = { id: errorsId!, result: (await row(errorsId!)).result! };
      slow = { id: slowId!, result: (await row(slowId!)).result! };
    }, 2 * LIGHTHOUSE_TEST_MS);

    it("run one after the other (one Chromium at a time), the second waiting as queued", async () => {
      const first = await stageTimes(errors.id);
      const second = await stageTimes(slow.id);
      expect(second.loading!.getTime()).toBeGreaterThanOrEqual(first.done!.getTime());
      expect(await stages(errors.id)).toEqual(fullRun);
      expect(await stages(slow.id)).toEqual(fullRun);
      await expectProgressMovedForward(slow.id);
    });

    it("count the console errors of a page that logs them", () => {
      // Two console.error calls and one uncaught exception.
      expect(errors.result.consoleErrorCount).toBe(3);
      const titles = errors.result.failedAudits.bestPractices.map((a) => a.id);
      expect(titles).toContain("errors-in-console");
      expect(errors.result.scores.bestPractices).toBeLessThan(fast.result.scores.bestPractices!);
    });

    it("measure a slow page as slow, with its largest savings first", () => {
      // The browser's clock and the server's timer differ by a few milliseconds either way.
      expect(slow.result.metrics.ttfbMs).toBeGreaterThanOrEqual(SLOW_MS * 0.95);
      expect(slow.result.metrics.fcpMs).toBeGreaterThan(fast.result.metrics.fcpMs!);
      expect(slow.result.metrics.lcpMs).toBeGreaterThan(fast.result.metrics.lcpMs!);
      expect(slow.result.scores.performance).toBeLessThan(fast.result.scores.performance!);
      expect(slow.result.pageWeightBytes).toBeGreaterThan(100_000);

      const { opportunities } = slow.result;
      expect(opportunities.length).toBeGreaterThan(0);
      const savings = opportunities.map((o) => o.savingsMs ?? 0);
      expect(savings).toEqual([...savings].sort((a, b) => b - a));
      // The render-blocking stylesheet and the unused script are what the page should fix.
      expect(opportunities.map((o) => o.id)).toEqual(expect.arrayContaining(["unused-javascript"]));
      for (const o of opportunities) expect(o.title["pt-BR"]).not.toBe("");
    });

    it("leave no profile folder and no Chromium behind", () => {
      expectCleanedUp();
    });
  });
});

describe("pages that cannot be analyzed", () => {
  it(
    "fails a page that never finishes loading once Lighthouse's load limit runs out, without auditing",
    async () => {
      const started = Date.now();
      const [id] = await analyze(sites.url("/never-loads"));
      const elapsed = Date.now() - started;
      expect(await row(id!)).toMatchObject({
        status: "failed",
        stage: "failed",
        failure_reason: "page_load_timeout",
        result: null,
      });
      expect(await stages(id!)).toEqual(["queued", "loading", "failed"]);
      // It waited for the load limit, and Lighthouse's verdict ended the run, not the job's hard deadline
      // (a minute after the limit); the stages above show no audit phase ran.
      expect(elapsed).toBeGreaterThanOrEqual(MAX_WAIT_FOR_LOAD_MS);
      expect(elapsed).toBeLessThan(MAX_WAIT_FOR_LOAD_MS + 60_000);
      expectCleanedUp();
    },
    LIGHTHOUSE_TEST_MS,
  );

  /** Fails fast, before any browser: the fixture server sees the preflight's request only. */
  async function failsInPreflight(path: string, reason: string, finalUrl: string | null = null) {
    const requestsBefore = sites.requests.length;
    const [id] = await analyze(sites.url(path));
    expect(await row(id!)).toMatchObject({
      status: "failed",
      stage: "failed",
      failure_reason: reason,
      final_url: finalUrl,
      result: null,
    });
    expect(await stageLog(id!)).toEqual([
      { stage: "queued", progress: 0 },
      { stage: "loading", progress: 10 },
      { stage: "failed", progress: 10 },
    ]);
    return sites.requests.slice(requestsBefore);
  }

  it("fails a 404 page with its status", async () => {
    const requests = await failsInPreflight("/missing-page", "http_status:404", sites.url("/missing-page"));
    expect(requests).toEqual(["/missing-page"]);
  });

  it("fails something that is not a web page", async () => {
    const requests = await failsInPreflight("/data.json", "not_html", sites.url("/data.json"));
    expect(requests).toEqual(["/data.json"]);
  });

  it("fails a redirect loop", async () => {
    const requests = await failsInPreflight("/loop", "too_many_redirects");
    expect(requests.every((path) => path === "/loop")).toBe(true);
  });

  it("fails a host name that does not resolve", async () => {
    const [id] = await analyze("http://no-such-host.invalid/");
    expect(await row(id!)).toMatchObject({ status: "failed", failure_reason: "dns_failure" });
  });

  it("refuses a private address, even when it was accepted before", async () => {
    const [id] = await analyze("http://10.0.0.1/");
    expect(await row(id!)).toMatchObject({ status: "failed", failure_reason: "url_not_allowed" });
  });

  it("fails a server that refuses connections", async () => {
    const closed = await startFixtureSites();
    const url = closed.url("/fast");
    await closed.close();
    const [id] = await analyze(url);
    expect(await row(id!)).toMatchObject({ status: "failed", failure_reason: "unreachable" });
  });

  it(
    "fails a server that never answers once the preflight's time is up",
    async () => {
      const started = Date.now();
      await failsInPreflight("/hang", "timeout");
      expect(Date.now() - started).toBeLessThan(MAX_WAIT_FOR_LOAD_MS + 5_000);
    },
    MAX_WAIT_FOR_LOAD_MS + 20_000,
  );

  it("leaves no profile folder and no Chromium behind", () => {
    expectCleanedUp();
  });
});

describe("the browser's confinement", () => {
  it(
    "sends every request of Chromium through the egress proxy, loopback included",
    async () => {
      const { startEgressProxy } = await import("@/src/net/egress-proxy");
      const { runLighthouse } = await import("@/src/analyzer/lighthouse/run-lighthouse");
      const { AnalysisFailure } = await import("@/src/analyzer/analysis-failure");
      // A proxy that refuses loopback: if Chromium went around it, the fixture server would see the request.
      const proxy = await startEgressProxy({ allowLoopback: false });
      const requestsBefore = sites.requests.length;
      try {
        const outcome = await runLighthouse(sites.url("/fast?direct"), {
          chromePath: process.env.CHROME_PATH ?? "/usr/lib/chromium/chromium",
          proxyUrl: proxy.url,
          refusedByProxy: () => proxy.refused.length > 0,
          maxWaitForLoadMs: MAX_WAIT_FOR_LOAD_MS,
        }).catch((error: unknown) => error);
        expect(outcome).toBeInstanceOf(AnalysisFailure);
        expect(outcome).toMatchObject({ code: "url_not_allowed" });
      } finally {
        await proxy.close();
      }
      expect(proxy.refused).toContain(sites.url("/fast?direct"));
      expect(sites.requests.slice(requestsBefore), "requests that reached the site around the proxy").toEqual([]);
      expectCleanedUp();
    },
    LIGHTHOUSE_TEST_MS,
  );
});

describe("a server stopped or killed in the middle of an analysis", () => {
  const hooks = join(process.cwd(), "tests", "support", "app-module-hooks.ts");
  const owner = join(process.cwd(), "tests", "support", "analysis-owner.ts");

  /** Starts a stand-in for the server (tests/support/analysis-owner.ts): it submits `analysisId`, or resumes. */
  async function startOwner(analysisId?: string): Promise<ChildProcess> {
    const child = spawn(
      process.execPath,
      ["--disable-warning=ExperimentalWarning", "--import", hooks, owner, ...(analysisId ? [analysisId] : [])],
      { env: { ...process.env, ARCO_SHUTDOWN_GRACE_MS: "500" }, stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
      child.once("exit", (code) => reject(new Error(`the stand-in server exited early (${code})`)));
    });
    return child;
  }

  /** Times how long after `signal` the stand-in and every Chromium of its run are gone, and the profile removed. */
  async function stopMidRun(signal: NodeJS.Signals): Promise<{ id: string; exitCode: number | null; cleanMs: number }> {
    const id = await submit(sites.url("/slow"));
    const child = await startOwner(id);
    await vi.waitFor(() => expect(chromiumsAlive().length).toBeGreaterThan(0), { timeout: 30_000, interval: 50 });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const signalled = performance.now();
    child.kill(signal);
    await vi.waitFor(
      () => {
        expect(chromiumsAlive(), "Chromium processes still running").toEqual([]);
        expect(leftovers(), "profile folders left").toEqual([]);
      },
      { timeout: 5_000, interval: 50 },
    );
    const cleanMs = performance.now() - signalled;
    return { id, exitCode: await exited, cleanMs };
  }

  /** Restarts the stand-in and waits for the analysis to end; the claim step ran once in all. */
  async function expectResumedToTheEnd(id: string) {
    const restarted = await startOwner();
    try {
      await vi.waitFor(async () => expect((await row(id)).status).not.toBe("running"), {
        timeout: LIGHTHOUSE_TEST_MS,
        interval: 250,
      });
    } finally {
      restarted.kill("SIGTERM");
      await new Promise((resolve) => restarted.once("exit", resolve));
    }
    expect(await row(id)).toMatchObject({ status: "done", stage: "done", progress: 100 });
    // Claiming writes "loading, 10" once: the resumed run replayed that finished step instead of running it.
    const claims = await stack.sql`
      select 1 from public.test_stage_log where analysis_id = ${id} and stage = 'loading' and progress = 10`;
    expect(claims).toHaveLength(1);
    expectCleanedUp();
  }

  it(
    "on SIGTERM: cancels the run after the grace period, kills Chromium, removes the profile, exits 0; a restart finishes it",
    async () => {
      const { id, exitCode, cleanMs } = await stopMidRun("SIGTERM");
      expect(exitCode).toBe(0);
      expect(cleanMs).toBeLessThan(5_000);
      expect((await row(id)).status).toBe("running");
      await expectResumedToTheEnd(id);
    },
    3 * LIGHTHOUSE_TEST_MS,
  );

  it(
    "on SIGKILL: the Lighthouse process kills Chromium and removes the profile; a restart finishes the analysis",
    async () => {
      const { id } = await stopMidRun("SIGKILL");
      await expectResumedToTheEnd(id);
    },
    3 * LIGHTHOUSE_TEST_MS,
  );

  it("ends as interrupted an analysis nothing finished before its deadline, once, for the visitor to retry", async () => {
    const { failOverdueAnalyses } = await import("@/src/analyzer/fail-overdue-analyses");
    const { getAnalysisStatus } = await import("@/src/analyzer/get-analysis-status");
    const [lost] = await stack.sql<{ id: string }[]>`
      insert into public.url_analyses (url, normalized_url, status, stage, progress, started_at, created_at)
      values ('https://lost.example/', 'https://lost.example/', 'running', 'loading', 10,
        now() - interval '11 minutes', now() - interval '11 minutes') returning id`;
    const recent = await submit("https://recent.example/");
    expect(await failOverdueAnalyses()).toEqual([lost!.id]);
    expect(await failOverdueAnalyses()).toEqual([]);
    expect(await getAnalysisStatus(lost!.id)).toMatchObject({ status: "failed", failureReason: "interrupted" });
    expect((await row(recent)).status).toBe("queued");
  });
});
