import { readFileSync } from "node:fs";
import { hostname } from "node:os";

/**
 * A process as this machine knows it: host, pid and start time. A pid alone could have been reused by another
 * process since; the start time (in clock ticks since boot, /proc/<pid>/stat field 22) tells them apart.
 * Linux only: elsewhere a start time is unknown and no process is ever judged dead by it.
 */
export interface ProcessIdentity {
  host: string;
  pid: number;
  startTime: string;
}

function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // After the command name (which may hold spaces and parentheses): state is field 3, start time field 22.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

/** A process of this host as it is now (an unknown start time where /proc is not available). */
export function processIdentity(pid: number): ProcessIdentity {
  return { host: hostname(), pid, startTime: startTimeOf(pid) ?? "" };
}

export function currentProcess(): ProcessIdentity {
  return processIdentity(process.pid);
}

/** True only when the process is provably gone: it ran on this host, and its pid is free or another's now. */
export function processIsGone(identity: ProcessIdentity): boolean {
  if (!identity.startTime || identity.host !== hostname()) return false;
  return startTimeOf(identity.pid) !== identity.startTime;
}
