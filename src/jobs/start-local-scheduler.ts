import "server-only";
import { inngestConfigured } from "./inngest-configured";
import { localScheduler } from "./local-scheduler-instance";

/** Called once at server start: without an Inngest server, this process runs the jobs on their crons. */
export function startLocalScheduler(): void {
  if (inngestConfigured()) return;
  const scheduler = localScheduler();
  scheduler.start();
  console.info(`jobs: local scheduler running ${scheduler.functionCount} functions (no Inngest server configured)`);
}
