import log from "lighthouse-logger";
import type { LighthouseStage } from "./lighthouse-messages.ts";

/**
 * Where the progress bar stands as Lighthouse works. The page load and the gathering take most of a run, so
 * they fill the bar up to the audits' start (40); the audits fill it to 88, and the job's save takes it on.
 */
const NAVIGATING = 15;
const GATHERED = 38;
const AUDITING = 40;
const AUDITED = 88;

export interface LighthouseProgress {
  /** The number of audits to come, known once the page is gathered. */
  expectAudits(count: number): void;
  stop(): void;
}

/**
 * Follows Lighthouse's status events ("Navigating to …", "Getting artifact: …", "Auditing: …", which it emits
 * whatever its log level) and reports the stage and a progress that never goes back. `artifacts` is how many
 * artifacts the run may gather after the load. The events are process-wide, which is one reason each audit
 * has a process of its own.
 */
export function followLighthouseProgress(
  artifacts: number,
  onProgress: (stage: LighthouseStage, progress: number) => void,
): LighthouseProgress {
  let audits = 1;
  let gathered = 0;
  let audited = 0;
  let last = 0;
  const report = (stage: LighthouseStage, progress: number) => {
    const rounded = Math.floor(progress);
    if (rounded <= last) return;
    last = rounded;
    onProgress(stage, rounded);
  };
  const share = (done: number, total: number) => Math.min(1, done / Math.max(1, total));
  const listener = ([, message]: [string, unknown]) => {
    if (typeof message !== "string") return;
    if (message.startsWith("Navigating to ")) report("loading", NAVIGATING);
    else if (message.startsWith("Getting artifact: "))
      report("loading", NAVIGATING + (GATHERED - NAVIGATING) * share(++gathered, artifacts));
    else if (message.startsWith("Auditing: "))
      report("auditing", AUDITING + (AUDITED - AUDITING) * share(++audited, audits));
  };
  log.events.on("status", listener);
  return {
    expectAudits(count) {
      audits = count;
    },
    stop() {
      log.events.off("status", listener);
    },
  };
}
