import "server-only";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, type LaunchedChrome } from "chrome-launcher";
import { desktopConfig, type Flags, type Result } from "lighthouse";
import { navigationGather } from "lighthouse/core/gather/navigation-runner.js";
import { Runner } from "lighthouse/core/runner.js";
import { AnalysisFailure } from "../analysis-failure";
import { chromeFlags } from "./chrome-flags";
import { pageLoadFailure } from "./page-load-failure";
import { stopChrome } from "./stop-chrome";

/** The categories the report shows; the others (agentic browsing…) would only cost time. */
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
/** Lighthouse's own default for first paint, kept unless the load limit is shorter. */
const DEFAULT_MAX_WAIT_FOR_FCP_MS = 30_000;
/** Room after the load limit for launching Chrome and running the audits. */
const DEADLINE_MARGIN_MS = 60_000;

export interface LighthouseRunOptions {
  chromePath: string;
  /** The egress proxy Chrome is confined to. */
  proxyUrl: string;
  /** Whether the proxy has refused a request so far (read when the page failed to load). */
  refusedByProxy: () => boolean;
  /** Lighthouse's `maxWaitForLoad`. */
  maxWaitForLoadMs: number;
  formFactor?: "mobile" | "desktop";
  /** Called once the page has loaded and the audits begin. */
  onAuditing?: () => Promise<void>;
  /** Where the profile folder is made; the system's temporary folder by default. */
  tempDir?: string;
}

/**
 * Runs Lighthouse on `url` in a Chromium of its own: a fresh profile folder, the hardened and proxy-confined
 * flags, and a hard deadline. Chrome is killed and the profile removed whatever happens. A page that does not
 * load well enough to audit ends in an `AnalysisFailure` (checked between gathering and auditing, so a
 * broken page costs no audit time); anything else that goes wrong is thrown as is.
 */
export async function runLighthouse(url: string, options: LighthouseRunOptions): Promise<Result> {
  const profileDir = await mkdtemp(join(options.tempDir ?? tmpdir(), "arco-lighthouse-"));
  let launching: Promise<LaunchedChrome> | undefined;
  const controller = new AbortController();
  let deadline: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    deadline = setTimeout(() => {
      controller.abort();
      reject(new AnalysisFailure("page_load_timeout"));
    }, options.maxWaitForLoadMs + DEADLINE_MARGIN_MS);
  });
  try {
    const audit = async () => {
      const chromeTmp = join(profileDir, "tmp");
      await mkdir(chromeTmp);
      launching = launch({
        chromePath: options.chromePath,
        userDataDir: profileDir,
        chromeFlags: chromeFlags(options.proxyUrl),
        handleSIGINT: false,
        logLevel: "silent",
        // Chrome gets no copy of the server's environment (its secrets included), and its home and temporary
        // folders are inside the profile, so what it leaves after being killed (singleton sockets, caches)
        // goes with the profile.
        envVars: { HOME: profileDir, TMPDIR: chromeTmp },
      });
      const chrome = await launching;
      const flags: Flags = {
        port: chrome.port,
        logLevel: "error",
        output: "json",
        locale: "en-US",
        onlyCategories: CATEGORIES,
        formFactor: options.formFactor ?? "mobile",
        maxWaitForLoad: options.maxWaitForLoadMs,
        maxWaitForFcp: Math.min(DEFAULT_MAX_WAIT_FOR_FCP_MS, options.maxWaitForLoadMs),
      };
      const config = options.formFactor === "desktop" ? desktopConfig : undefined;
      const gathered = await navigationGather(undefined, url, { flags, config, signal: controller.signal });
      const failure = pageLoadFailure(gathered.artifacts, options.refusedByProxy());
      if (failure) throw failure;
      await options.onAuditing?.();
      const result = await Runner.audit(gathered.artifacts, gathered.runnerOptions);
      if (!result) throw new Error("Lighthouse returned no result");
      return result.lhr;
    };
    return await Promise.race([audit(), expired]);
  } finally {
    clearTimeout(deadline);
    // Past the deadline Chrome may still be starting: wait for it, so it is killed rather than left behind.
    const chrome = await launching?.catch(() => undefined);
    if (chrome) await stopChrome(chrome);
    await rm(profileDir, { recursive: true, force: true, maxRetries: 3 });
  }
}
