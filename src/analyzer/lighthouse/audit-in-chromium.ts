import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { launch, type LaunchedChrome } from "chrome-launcher";
import { desktopConfig, type Flags } from "lighthouse";
import defaultConfig from "lighthouse/core/config/default-config.js";
import { navigationGather } from "lighthouse/core/gather/navigation-runner.js";
import { Runner } from "lighthouse/core/runner.js";
import { AnalysisFailure } from "../analysis-failure.ts";
import type { AnalysisResult } from "../analysis-result.ts";
import { chromeFlags } from "./chrome-flags.ts";
import { finalScreenshot } from "./final-screenshot.ts";
import { DEADLINE_MARGIN_MS, type AuditRequest, type LighthouseStage } from "./lighthouse-messages.ts";
import { followLighthouseProgress } from "./lighthouse-progress.ts";
import { pageLoadFailure } from "./page-load-failure.ts";
import { stopChrome } from "./stop-chrome.ts";
import { reportedLighthouseCategories, summarizeLighthouseResult } from "./summarize-lighthouse-result.ts";

/** Lighthouse's own default for first paint, kept unless the load limit is shorter. */
const DEFAULT_MAX_WAIT_FOR_FCP_MS = 30_000;

export interface ChromiumAuditHooks {
  onProgress(stage: LighthouseStage, progress: number): void;
  /** Whether the egress proxy has refused a request so far (asked when the page failed to load). */
  refusedByProxy(): Promise<boolean>;
}

/**
 * Runs Lighthouse on the request's URL in a Chromium of its own: the given empty profile, the hardened and
 * proxy-confined flags, and a hard deadline. Chrome is killed whatever happens. A page that does not load
 * well enough to audit ends in an `AnalysisFailure` (checked between gathering and auditing, so a broken page
 * costs no audit time); anything else that goes wrong is thrown as is. The report is summarized here too:
 * the locale swap is heavy work, better done away from the server.
 */
export async function auditInChromium(
  request: AuditRequest,
  hooks: ChromiumAuditHooks,
): Promise<{ result: AnalysisResult; screenshot: Buffer | null }> {
  let launching: Promise<LaunchedChrome> | undefined;
  const controller = new AbortController();
  let deadline: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    deadline = setTimeout(() => {
      controller.abort();
      reject(new AnalysisFailure("page_load_timeout"));
    }, request.maxWaitForLoadMs + DEADLINE_MARGIN_MS);
  });
  const progress = followLighthouseProgress(defaultConfig.artifacts?.length ?? 0, hooks.onProgress);
  try {
    const audit = async () => {
      const chromeTmp = join(request.profileDir, "tmp");
      await mkdir(chromeTmp);
      launching = launch({
        chromePath: request.chromePath,
        userDataDir: request.profileDir,
        chromeFlags: chromeFlags(request.proxyUrl),
        handleSIGINT: false,
        logLevel: "silent",
        // Chrome gets no copy of the environment, and its home and temporary folders are inside the profile,
        // so what it leaves after being killed (singleton sockets, caches) goes with the profile.
        envVars: { HOME: request.profileDir, TMPDIR: chromeTmp },
      });
      const chrome = await launching;
      const flags: Flags = {
        port: chrome.port,
        logLevel: "error",
        output: "json",
        locale: "en-US",
        onlyCategories: reportedLighthouseCategories,
        formFactor: request.formFactor,
        maxWaitForLoad: request.maxWaitForLoadMs,
        maxWaitForFcp: Math.min(DEFAULT_MAX_WAIT_FOR_FCP_MS, request.maxWaitForLoadMs),
      };
      const config = request.formFactor === "desktop" ? desktopConfig : undefined;
      const gathered = await navigationGather(undefined, request.url, { flags, config, signal: controller.signal });
      const refused = Boolean(gathered.artifacts.PageLoadError) && (await hooks.refusedByProxy());
      const failure = pageLoadFailure(gathered.artifacts, refused);
      if (failure) throw failure;
      progress.expectAudits(gathered.runnerOptions.resolvedConfig.audits?.length ?? 0);
      const result = await Runner.audit(gathered.artifacts, gathered.runnerOptions);
      if (!result) throw new Error("Lighthouse returned no result");
      return { result: summarizeLighthouseResult(result.lhr), screenshot: finalScreenshot(result.lhr) };
    };
    return await Promise.race([audit(), expired]);
  } finally {
    clearTimeout(deadline);
    progress.stop();
    // Past the deadline Chrome may still be starting: wait for it, so it is killed rather than left behind.
    const chrome = await launching?.catch(() => undefined);
    if (chrome) await stopChrome(chrome);
  }
}
