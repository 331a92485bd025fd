import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Who made a Lighthouse profile folder. A run's folder holds the pid and start time of the server process that
 * made it, so a later sweep can prove both that the folder is Arco's and that its owner is dead (a pid alone
 * could have been reused by another process since). Linux only: elsewhere nothing is swept.
 */
export const PROFILE_PREFIX = "arco-lighthouse-";
const OWNER_FILE = "arco-owner.json";

interface Owner {
  pid: number;
  /** The process's start time in clock ticks since boot (/proc/<pid>/stat, field 22). */
  startTime: string;
}

function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // After the command name (which may hold spaces and parentheses), state is field 3 and start time field 22.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

/** Marks a new profile folder as this process's. */
export function claimProfile(profileDir: string): void {
  const owner: Owner = { pid: process.pid, startTime: startTimeOf(process.pid) ?? "" };
  writeFileSync(join(profileDir, OWNER_FILE), JSON.stringify(owner));
}

function ownerOf(profileDir: string): Owner | null {
  try {
    const owner = JSON.parse(readFileSync(join(profileDir, OWNER_FILE), "utf8")) as Owner;
    return typeof owner.pid === "number" && typeof owner.startTime === "string" ? owner : null;
  } catch {
    return null;
  }
}

/** Kills every process started with this profile (Chrome's group leader takes its helpers with it). */
export function killProfileProcesses(profileDir: string): number {
  let killed = 0;
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const pid = Number(entry);
    let args: string[];
    try {
      args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    } catch {
      continue;
    }
    if (!args.includes(`--user-data-dir=${profileDir}`)) continue;
    try {
      // chrome-launcher starts Chrome as the leader of its own group.
      process.kill(-pid, "SIGKILL");
    } catch {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        continue;
      }
    }
    killed++;
  }
  return killed;
}

/**
 * Removes what runs of a dead server left behind in `tempDir`: Chromium processes still using a profile, and
 * the folder. Only folders carrying an owner file whose process is gone are touched; another server's live
 * runs, folders Arco did not mark and other users' browsers are left alone.
 */
export function sweepAbandonedProfiles(tempDir: string): { folders: number; processes: number } {
  let folders = 0;
  let processes = 0;
  let entries: string[] = [];
  try {
    entries = readdirSync(tempDir).filter((entry) => entry.startsWith(PROFILE_PREFIX));
  } catch {
    return { folders, processes };
  }
  for (const entry of entries) {
    const profileDir = join(tempDir, entry);
    const owner = ownerOf(profileDir);
    if (!owner?.startTime || startTimeOf(owner.pid) === owner.startTime) continue;
    processes += killProfileProcesses(profileDir);
    rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
    folders++;
  }
  return { folders, processes };
}
