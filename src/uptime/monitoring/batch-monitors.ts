import type { DueMonitor } from "./list-due-monitors";

/**
 * Splits due monitors into batches of one organization each (so Inngest's per-organization concurrency key
 * applies), at most `size` per batch. The input is ordered by organization (listDueMonitors does so).
 */
export function batchMonitors(monitors: readonly DueMonitor[], size: number): DueMonitor[][] {
  const batches: DueMonitor[][] = [];
  for (const monitor of monitors) {
    const last = batches.at(-1);
    if (last && last.length < size && last[0]!.orgId === monitor.orgId) last.push(monitor);
    else batches.push([monitor]);
  }
  return batches;
}
