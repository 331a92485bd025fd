/**
 * The program analyses run in, started by the server (lighthouse-processes.ts) and spoken to over Node's IPC
 * channel (see lighthouse-messages.ts), one audit at a time. Lighthouse does seconds of synchronous work
 * (trace processing, audits, the locale swap) that would stall every request of the server in its event
 * loop, and its status events are process-wide. It runs on Node's type stripping, so its imports are relative
 * and carry their extension.
 */
import { AnalysisFailure } from "../analysis-failure.ts";
import { auditInChromium } from "./audit-in-chromium.ts";
import type { AuditRequest, FromLighthouseProcess, ToLighthouseProcess } from "./lighthouse-messages.ts";

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

async function audit(request: AuditRequest) {
  try {
    const { result, screenshot } = await auditInChromium(request, {
      onChrome: (pid) => void send({ type: "chrome", pid }),
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
  }
}

// One audit at a time, for as long as the server keeps this process; it ends with the server's channel.
process.on("disconnect", () => process.exit(0));
let next = nextMessage("audit");
await send({ type: "ready" });
for (;;) {
  await audit((await next).request);
  // Started with --expose-gc: a full collection once the answer is out hands the audit's garbage back while
  // the process waits (measured idle: about 430 MB instead of 555 MB).
  globalThis.gc?.();
  next = nextMessage("audit");
}
