import "server-only";
import { env } from "@/src/env";
import { startEgressProxy } from "@/src/net/egress-proxy";
import type { AnalysisResult } from "./analysis-result";
import type { LighthouseStage } from "./lighthouse/lighthouse-messages";
import { withLighthouseSlot } from "./lighthouse/lighthouse-slots";
import { runLighthouse } from "./lighthouse/run-lighthouse";
import { preflightUrl } from "./preflight-url";

/** The preflight gives up sooner than Lighthouse: a page whose HTML alone takes this long is failing anyway. */
const MAX_PREFLIGHT_MS = 15_000;

export interface PageAnalysis {
  result: AnalysisResult;
  /** JPEG of the loaded page, when Lighthouse took one. */
  screenshot: Buffer | null;
}

/**
 * The whole audit of one URL: the preflight, then Lighthouse in a Chromium confined to a fresh egress proxy,
 * queued with every other Lighthouse run of the process (one per core).
 * A page that cannot be analyzed ends in an `AnalysisFailure`; other errors (the browser failing to start,
 * say) are thrown as they are, for the job to retry.
 */
export async function analyzePage(
  url: string,
  hooks: { onProgress?: (stage: LighthouseStage, progress: number) => void } = {},
): Promise<PageAnalysis> {
  const settings = env();
  const allowLoopback = settings.ARCO_ANALYZER_ALLOW_LOOPBACK;
  const maxWaitForLoadMs = settings.ARCO_ANALYZER_MAX_WAIT_FOR_LOAD_MS;
  await preflightUrl(url, { allowLoopback, timeoutMs: Math.min(MAX_PREFLIGHT_MS, maxWaitForLoadMs) });
  return withLighthouseSlot(async () => {
    const proxy = await startEgressProxy({ allowLoopback });
    try {
      return await runLighthouse(url, {
        chromePath: settings.CHROME_PATH,
        proxyUrl: proxy.url,
        refusedByProxy: () => proxy.refused.length > 0,
        maxWaitForLoadMs,
        onProgress: hooks.onProgress,
      });
    } finally {
      await proxy.close();
    }
  });
}
