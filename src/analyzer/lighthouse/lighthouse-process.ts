/**
 * The program analyses run in, started by the server (lighthouse-processes.ts) and spoken to over Node's IPC
 * channel (see lighthouse-messages.ts), one audit at a time. Lighthouse does seconds of synchronous work
 * (trace processing, audits, the locale swap) that would stall every request of the server in its event
 * loop, and its status events are process-wide. It runs on Node's type stripping, so its imports are relative
 * and carry their extension.
 */
import { rmSync } from "node:fs";
import { AnalysisFailure } from "../analysis-failure.ts";
import { auditInChromium } from "./audit-in-chromium.ts";
import type { AuditRequest, FromLighthouseProcess, ToLighthouseProcess } from "./lighthouse-messages.ts";
import { KILL_PASS_INTERVAL_MS, KILL_PASSES, killProfileProcesses } from "./profile-owner.ts";

function send(message: FromLighthouseProcess): Promise<void> {
  return new Promise((resolve) => process.send!(message, undefined, {}, () => resolve()));
}

function nextMessage<T extends ToLighthouseProcess["type"]>(
  type: T,
): Promise<Extract<ToLighthouseProcess, { type: T }>> {
  return new Promise((resolve) => {
    const listener = (message: ToLighthouseProcess) => {
      if (message.type !== type) return;
      process.off("message", listener);
      resolve(message as Extract<ToLighthouseProcess, { type: T }>);
    };
    process.on("message", listener);
  });
}

/** The profile of the audit under way, so that losing the server never leaves its Chrome and folder behind. */
let currentProfile: string | null = null;

async function audit(request: AuditRequest) {
  currentProfile = request.profileDir;
  try {
    const { result, screenshot } = await auditInChromium(request, {
      onProgress: (stage, progress) => void send({ type: "progress", stage, progress }),
      refusedByProxy: async () => {
        const answer = nextMessage("proxy");
        await send({ type: "gathered" });
        return (await answer).refused;
      },
    });
    await send({ type: "done", result, screenshot });
  } catch (error) {
    if (error instanceof AnalysisFailure) {
      await send({ type: "failure", code: error.code, status: error.status, finalUrl: error.finalUrl });
    } else {
      await send({ type: "error", message: error instanceof Error ? error.message : String(error) });
    }
  } finally {
    currentProfile = null;
  }
}

/**
 * The server is gone (it exited, crashed or was killed) or let this process go: Chrome runs in a process group
 * of its own that nothing else would stop, so it is killed here — found by its profile, since it may still be
 * starting — its profile removed, and the process ends.
 */
function abandon(): never {
  if (currentProfile) {
    // Synchronously, as the process is ending: a Chrome being spawned right now shows its arguments only once
    // it has started, so look again a few times.
    const pause = new Int32Array(new SharedArrayBuffer(4));
    for (let pass = 0; pass < KILL_PASSES; pass++) {
      killProfileProcesses(currentProfile);
      Atomics.wait(pause, 0, 0, KILL_PASS_INTERVAL_MS);
    }
    rmSync(currentProfile, { recursive: true, force: true, maxRetries: 3 });
  }
  process.exit(0);
}

// One audit at a time, for as long as the server keeps this process; it ends with the server's channel.
process.on("disconnect", abandon);
// Ctrl-C or a stop signal reaches the server's whole process group, this process included: the server decides
// whether the audit finishes within its grace period or is cancelled, and its exit closes the channel.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => {});
let next = nextMessage("audit");
await send({ type: "ready" });
for (;;) {
  await audit((await next).request);
  // Started with --expose-gc: a full collection once the answer is out hands the audit's garbage back while
  // the process waits (measured idle: about 430 MB instead of 555 MB).
  globalThis.gc?.();
  next = nextMessage("audit");
}
