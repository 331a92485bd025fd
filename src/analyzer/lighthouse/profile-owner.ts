import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
// Relative, with its extension: the Lighthouse process (plain Node, no bundler) imports this file too.
import { currentProcess, processIsGone, type ProcessIdentity } from "../../runtime/process-identity.ts";

/**
 * Who made a Lighthouse profile folder. A run's folder holds the identity of the server process that made it,
 * so a later sweep can prove both that the folder is Arco's and that its owner is dead. Linux only: elsewhere
 * nothing is swept.
 */
export const PROFILE_PREFIX = "arco-lighthouse-";
const OWNER_FILE = "arco-owner.json";

/** Marks a new profile folder as this process's. */
export function claimProfile(profileDir: string): void {
  writeFileSync(join(profileDir, OWNER_FILE), JSON.stringify(currentProcess()));
}

function ownerOf(profileDir: string): ProcessIdentity | null {
  try {
    const owner = JSON.parse(readFileSync(join(profileDir, OWNER_FILE), "utf8")) as ProcessIdentity;
    return typeof owner.pid === "number" && typeof owner.startTime === "string" ? owner : null;
  } catch {
    return null;
  }
}

/**
 * Kills every process whose arguments name this profile (Chrome, its helpers, its crash handler), Chrome's
 * group leader taking its group with it. The folder's name is random, so nothing else names it.
 */
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
    if (!args.some((arg) => arg.includes(profileDir))) continue;
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

/** Passes of `killProfileProcesses`, 100 ms apart: a Chrome spawned just now may not show its arguments yet. */
export const KILL_PASSES = 5;
export const KILL_PASS_INTERVAL_MS = 100;

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
    if (!owner || !processIsGone(owner)) continue;
    processes += killProfileProcesses(profileDir);
    rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
    folders++;
  }
  return { folders, processes };
}
