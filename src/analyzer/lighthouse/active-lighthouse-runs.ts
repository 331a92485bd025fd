import "server-only";

/**
 * The Lighthouse runs under way in this process, so that stopping the server can wait for them, then cancel
 * them (each run's own clean-up kills its Chrome and removes its profile), and so that an exit that leaves no
 * time for any of that still kills their Chromes synchronously.
 */
export interface ActiveLighthouseRun {
  /** Ends the run now: its clean-up runs as for any failure. */
  cancel(): void;
  /** Kills the run's processes and removes its profile, synchronously (the process is exiting). */
  killNow(): void;
  settled: Promise<unknown>;
}

// Next bundles instrumentation and route handlers separately; a process-wide symbol gives them one registry.
const KEY = Symbol.for("arco.analyzer.active-lighthouse-runs");
const holder = globalThis as { [KEY]?: Set<ActiveLighthouseRun> };

function runs(): Set<ActiveLighthouseRun> {
  if (!holder[KEY]) {
    const created = new Set<ActiveLighthouseRun>();
    holder[KEY] = created;
    process.once("exit", () => created.forEach((run) => run.killNow()));
  }
  return holder[KEY];
}

export function trackLighthouseRun(run: ActiveLighthouseRun): () => void {
  runs().add(run);
  return () => runs().delete(run);
}

/** Resolves when every run under way now has ended. */
export async function lighthouseRunsSettled(): Promise<void> {
  await Promise.allSettled([...runs()].map((run) => run.settled));
}

/** Cancels every run under way and resolves once their clean-up is done; returns how many there were. */
export async function cancelLighthouseRuns(): Promise<number> {
  const current = [...runs()];
  current.forEach((run) => run.cancel());
  await Promise.allSettled(current.map((run) => run.settled));
  return current.length;
}
