import "server-only";
import pLimit from "p-limit";
import type { DueMonitor } from "./list-due-monitors";
import { probeUrl } from "./probe-url";
import { recordMonitorCheck } from "./record-monitor-check";

export interface CheckSummary {
  checked: number;
  failed: number;
  opened: number;
  resolved: number;
  emails: number;
  /** Monitors whose slot was already recorded (a rerun). */
  repeated: number;
}

/** Probes at once per batch: network waits dominate, so far more than the cores, yet bounded for the target hosts. */
const PARALLEL_PROBES = 25;

/** Checks a batch of monitors for one slot and records each result; a rerun records nothing twice. */
export async function checkMonitors(monitors: DueMonitor[], slot: Date): Promise<CheckSummary> {
  const limit = pLimit(PARALLEL_PROBES);
  const results = await Promise.all(
    monitors.map((monitor) =>
      limit(async () => {
        const probe = await probeUrl(monitor.url, { keyword: monitor.keyword });
        return { probe, recorded: await recordMonitorCheck(monitor, slot, probe) };
      }),
    ),
  );
  const summary: CheckSummary = { checked: 0, failed: 0, opened: 0, resolved: 0, emails: 0, repeated: 0 };
  for (const { probe, recorded } of results) {
    if (!recorded.recorded) {
      summary.repeated += 1;
      continue;
    }
    summary.checked += 1;
    if (!probe.ok) summary.failed += 1;
    if (recorded.incident === "opened") summary.opened += 1;
    if (recorded.incident === "resolved") summary.resolved += 1;
    summary.emails += recorded.emails;
  }
  return summary;
}
