import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { test as base, expect, type Page } from "@playwright/test";

export { expect };

const screenshotRoot = join("artifacts", "screenshots");

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 80) || "root"
  );
}

/**
 * Every test's `page` records a full-page screenshot of each page it visits (each main-frame navigation,
 * client-side ones included, once loaded) into artifacts/screenshots/<test>/, pass or fail, so a run can be
 * reviewed visually. `shot(label)` adds one for a state within a page (a message, an error).
 */
export const test = base.extend<{ shot: (label: string) => Promise<void> }>({
  page: async ({ page }, provide, testInfo) => {
    const dir = join(screenshotRoot, slug(testInfo.titlePath.slice(1).join(" ")));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const recorder = new ScreenshotRecorder(page, dir);
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) recorder.pageReached(frame.url());
    });
    // A test that moves on quickly must not lose the page it leaves: finish capturing it first.
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      await recorder.settled();
      return goto(url, options);
    };
    await provide(page);
    await recorder.settled();
    await recorder.capture("end");
  },
  shot: async ({ page }, provide, testInfo) => {
    const dir = join(screenshotRoot, slug(testInfo.titlePath.slice(1).join(" ")));
    await provide((label) => new ScreenshotRecorder(page, dir).capture(label));
  },
});

class ScreenshotRecorder {
  private static counters = new Map<string, number>();
  private readonly page: Page;
  private readonly dir: string;
  private queue: Promise<void> = Promise.resolve();
  private lastUrl: string | undefined;

  constructor(page: Page, dir: string) {
    this.page = page;
    this.dir = dir;
  }

  /** Queues a capture of a newly reached page; a URL repeated in a row (e.g. a history replace) counts once. */
  pageReached(url: string) {
    if (url === this.lastUrl) return;
    this.lastUrl = url;
    this.queue = this.queue.then(() => this.capture(new URL(url).pathname));
  }

  /** Resolves once every queued capture is on disk. */
  settled(): Promise<void> {
    return this.queue;
  }

  async capture(label: string) {
    const count = (ScreenshotRecorder.counters.get(this.dir) ?? 0) + 1;
    ScreenshotRecorder.counters.set(this.dir, count);
    const path = join(this.dir, `${String(count).padStart(2, "0")}-${slug(label)}.png`);
    try {
      await this.page.waitForLoadState("load", { timeout: 5_000 });
      // caret "initial": hiding the caret injects a style, which React reports as a hydration mismatch.
      await this.page.screenshot({ path, fullPage: true, timeout: 5_000, caret: "initial" });
    } catch {
      // The page navigated away or closed mid-capture; the next page gets its own screenshot.
    }
  }
}
