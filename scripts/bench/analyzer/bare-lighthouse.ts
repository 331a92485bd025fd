import { launch } from "chrome-launcher";
import lighthouse, { desktopConfig, type Result } from "lighthouse";
import { headlessChromeFlags } from "../../../src/analyzer/lighthouse/chrome-flags.ts";
import { reportedLighthouseCategories } from "../../../src/analyzer/lighthouse/summarize-lighthouse-result.ts";

/**
 * Lighthouse as its documentation runs it: chrome-launcher, then `lighthouse()` in this process, the four
 * categories the analyzer reports, the headless flags without the egress proxy's confinement; mobile unless
 * told otherwise (Lighthouse's default, and what PageSpeed Insights shows first).
 */
export async function bareLighthouse(
  url: string,
  options: { chromePath: string; maxWaitForLoadMs: number; formFactor?: "mobile" | "desktop" },
): Promise<Result> {
  const chrome = await launch({
    chromePath: options.chromePath,
    chromeFlags: [...headlessChromeFlags],
    logLevel: "silent",
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: reportedLighthouseCategories,
        maxWaitForLoad: options.maxWaitForLoadMs,
      },
      options.formFactor === "desktop" ? desktopConfig : undefined,
    );
    if (!result || result.lhr.runtimeError)
      throw new Error(`Lighthouse failed on ${url}: ${result?.lhr.runtimeError?.code}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}
