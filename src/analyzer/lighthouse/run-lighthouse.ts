import "server-only";
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AnalysisFailure } from "../analysis-failure";
import type { PageAnalysis } from "../analyze-page";
import { trackLighthouseRun } from "./active-lighthouse-runs";
import { returnLighthouseProcess, takeLighthouseProcess } from "./lighthouse-processes";
import {
  DEADLINE_MARGIN_MS,
  type FromLighthouseProcess,
  type LighthouseStage,
  type ToLighthouseProcess,
} from "./lighthouse-messages";
import {
  claimProfile,
  KILL_PASS_INTERVAL_MS,
  KILL_PASSES,
  killProfileProcesses,
  PROFILE_PREFIX,
} from "./profile-owner";

/** Beyond the process's own deadline, how long it has to answer before it is killed. */
const BACKSTOP_MS = 15_000;

export interface LighthouseRunOptions {
  chromePath: string;
  /** The egress proxy Chrome is confined to. */
  proxyUrl: string;
  /** Whether the proxy has refused a request so far (asked when the page failed to load). */
  refusedByProxy: () => boolean;
  /** Lighthouse's `maxWaitForLoad`. */
  maxWaitForLoadMs: number;
  formFactor?: "mobile" | "desktop";
  /** Called as Lighthouse moves on: loading (the page and its artifacts), then auditing. */
  onProgress?: (stage: LighthouseStage, progress: number) => void;
  /** Where the profile folder is made; the system's temporary folder by default. */
  tempDir?: string;
}

/**
 * Runs Lighthouse on `url` in a process of its own (lighthouse-process.ts, reused from run to run) with a
 * fresh profile folder, and returns the summarized report and the final screenshot. The server's event loop
 * stays free for other requests meanwhile. Whatever happens the profile is removed and no Chrome outlives
 * the run: should the process die, or hang past its deadline, it and Chrome's process group are killed here.
 */
export async function runLighthouse(url: string, options: LighthouseRunOptions): Promise<PageAnalysis> {
  const profileDir = await mkdtemp(join(options.tempDir ?? tmpdir(), PROFILE_PREFIX));
  claimProfile(profileDir);
  const child = await takeLighthouseProcess().catch(async (error: unknown) => {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  });
  const tell = (message: ToLighthouseProcess) => child.connected && child.send(message);
  let answered = false;
  let onMessage: ((message: FromLighthouseProcess) => void) | undefined;
  let onGone: (() => void) | undefined;
  let backstop: NodeJS.Timeout | undefined;
  let cancel!: () => void;
  const cancelled = new Promise<never>(
    (_, reject) => (cancel = () => reject(new Error("The analysis was cancelled: the server is stopping"))),
  );
  let settle!: () => void;
  const untrack = trackLighthouseRun({
    cancel,
    killNow: () => {
      child.kill("SIGKILL");
      killProfileProcesses(profileDir);
      rmSync(profileDir, { recursive: true, force: true });
    },
    settled: new Promise<void>((resolve) => (settle = resolve)),
  });
  try {
    const answer = new Promise<Extract<FromLighthouseProcess, { type: "done" | "failure" | "error" }>>(
      (resolve, reject) => {
        onMessage = (message) => {
          if (message.type === "ready") return;
          if (message.type === "progress") options.onProgress?.(message.stage, message.progress);
          else if (message.type === "gathered") tell({ type: "proxy", refused: options.refusedByProxy() });
          else resolve(message);
        };
        // Messages arrive in order on the channel, so its closing before an answer means the process died.
        onGone = () => reject(new Error("The Lighthouse process ended without an answer"));
        child.on("message", onMessage);
        child.once("disconnect", onGone);
        child.once("error", onGone);
        backstop = setTimeout(
          () => reject(new Error("The Lighthouse process did not answer in time")),
          options.maxWaitForLoadMs + DEADLINE_MARGIN_MS + BACKSTOP_MS,
        );
      },
    );
    tell({
      type: "audit",
      request: {
        url,
        chromePath: options.chromePath,
        proxyUrl: options.proxyUrl,
        maxWaitForLoadMs: options.maxWaitForLoadMs,
        formFactor: options.formFactor ?? "mobile",
        profileDir,
      },
    });
    const message = await Promise.race([answer, cancelled]);
    answered = true;
    if (message.type === "done") {
      const screenshot = message.screenshot && Buffer.from(message.screenshot);
      return { result: message.result, screenshot };
    }
    if (message.type === "failure") {
      throw new AnalysisFailure(message.code, { status: message.status, finalUrl: message.finalUrl });
    }
    throw new Error(`Lighthouse failed: ${message.message}`);
  } finally {
    clearTimeout(backstop);
    if (onMessage) child.off("message", onMessage);
    if (onGone) child.off("disconnect", onGone).off("error", onGone);
    if (answered) {
      // The process stopped its Chrome before answering.
      returnLighthouseProcess(child);
    } else {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGKILL");
        await exited;
      }
      // Chrome runs in a process group of its own, and may still be starting: found by its profile.
      for (let pass = 0; pass < KILL_PASSES; pass++) {
        killProfileProcesses(profileDir);
        await new Promise((resolve) => setTimeout(resolve, KILL_PASS_INTERVAL_MS));
      }
    }
    await rm(profileDir, { recursive: true, force: true, maxRetries: 3 });
    untrack();
    settle();
  }
}
