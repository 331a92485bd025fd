import "server-only";
import { sweepAbandonedProfiles } from "@/src/analyzer/lighthouse/profile-owner";
import { cancelLighthouseRuns, lighthouseRunsSettled } from "@/src/analyzer/lighthouse/active-lighthouse-runs";
import { env } from "@/src/env";
import type { LocalScheduler } from "@/src/jobs/local-scheduler";
import { tmpdir } from "node:os";

/**
 * How the server stops. On SIGTERM or SIGINT (a container or service stop, Ctrl-C): no new job starts, running
 * work gets the grace period to finish, then what is left is cancelled — each Lighthouse run kills its Chrome
 * and removes its profile — and the process exits. Runs left unfinished are resumed by the next start, and
 * work past its deadline is failed as `interrupted` by the sweep job. Next's own signal handling is turned
 * off (NEXT_MANUAL_SIG_HANDLE) where the server is started, so this handler decides when the process exits.
 * `scheduler` is the process's local scheduler, when it runs the jobs itself (no Inngest server).
 */
export function installGracefulShutdown(scheduler: LocalScheduler | undefined): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const graceMs = env().ARCO_SHUTDOWN_GRACE_MS;
    const started = performance.now();
    console.info(`server: ${signal}: taking no new jobs, giving running work ${graceMs / 1000} s to finish`);
    scheduler?.drain();
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      Promise.all([scheduler?.idle(), lighthouseRunsSettled()]).then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), graceMs))),
    ]);
    clearTimeout(timer);
    if (!finished) {
      const cancelled = await cancelLighthouseRuns();
      if (cancelled > 0) console.info(`server: cancelled ${cancelled} analysis run(s); they resume at the next start`);
    }
    console.info(`server: stopped in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    process.exit(0);
  };
  process.once("SIGTERM", (signal) => void stop(signal));
  process.once("SIGINT", (signal) => void stop(signal));
}

/** At start: what a server that died without stopping left behind (Chromes still running, profiles). */
export function sweepAfterCrash(): void {
  const { folders, processes } = sweepAbandonedProfiles(tmpdir());
  if (folders > 0)
    console.info(`server: removed ${folders} Lighthouse profile(s) and ${processes} process(es) a stopped server left`);
}
