import { defineConfig } from "@playwright/test";
import { headlessChromeFlags } from "./src/analyzer/lighthouse/chrome-flags.ts";

/**
 * The app under test; `npm run test:e2e` starts it with its own fresh local stack unless one is already running.
 * Ports differ from `npm run dev`'s so the tests can run while a development server is up.
 */
const baseURL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100";

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "*.spec.ts",
  // The flows share one app and one database, and the machines running them have few cores.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  outputDir: "test-results",
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL,
    browserName: "chromium",
    // Debian's Chromium (Playwright's own browser downloads are not available on these machines).
    launchOptions: {
      executablePath: "/usr/lib/chromium/chromium",
      args: [...headlessChromeFlags],
    },
    locale: "pt-BR",
    timezoneId: "America/Sao_Paulo",
    viewport: { width: 1280, height: 860 },
    trace: "retain-on-failure",
  },
  webServer: {
    command:
      "node scripts/dev.ts --mode=start --data-dir=.arco/e2e --fresh --port=3100 --api-port=55321 --db-port=55322",
    // The analyzer funnel's test analyzes a site served on 127.0.0.1, which the analyzer refuses otherwise.
    // The AI insights test serves a fake OpenAI there (no plan key is set, so nothing else calls it).
    env: { ARCO_ANALYZER_ALLOW_LOOPBACK: "1", OPENAI_BASE_URL: "http://127.0.0.1:55399/v1" },
    url: baseURL,
    reuseExistingServer: true,
    // A first run builds the app before starting it.
    timeout: 600_000,
    stdout: "pipe",
  },
});
