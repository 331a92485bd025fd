import "server-only";
import { inngestConfigured } from "./inngest-configured";
import type { LocalScheduler } from "./local-scheduler";
import { localScheduler } from "./local-scheduler-instance";

/**
 * Called once at server start: without an Inngest server, this process runs the jobs on their crons (and
 * resumes the runs a previous process left). Returns the scheduler it started, if any.
 */
export function startLocalScheduler(): LocalScheduler | undefined {
  if (inngestConfigured()) return undefined;
  const scheduler = localScheduler();
  scheduler.start();
  console.info(`jobs: local scheduler running ${scheduler.functionCount} functions (no Inngest server configured)`);
  return scheduler;
}
