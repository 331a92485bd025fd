import { readdir, readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import type { LaunchedChrome } from "chrome-launcher";

const EXIT_WAIT_MS = 5_000;
const GROUP_WAIT_MS = 2_000;
const POLL_MS = 20;

/**
 * Whether a process of the group is still running. Read from /proc (Linux) rather than with a signal 0,
 * which also counts zombies: killed helpers are reparented to init, which may take seconds to reap them,
 * though they run nothing. Elsewhere, the group is taken as gone.
 */
async function groupRunning(groupId: number): Promise<boolean> {
  let entries: string[];
  try {
    entries = await readdir("/proc");
  } catch {
    return false;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    // After the command name (which may hold spaces and parentheses): state, ppid, process group, …
    const [state, , group] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(group) === groupId && state !== "Z" && state !== "X") return true;
  }
  return false;
}

/**
 * Kills Chrome's whole process group (chrome-launcher starts it as a group leader, so renderers and helpers
 * go too) and waits until none of them runs any more, so nothing still writes into the profile folder when
 * it is removed and no process outlives the analysis.
 */
export async function stopChrome(chrome: LaunchedChrome): Promise<void> {
  const child = chrome.process;
  const groupId = child.pid;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    chrome.kill();
    await Promise.race([exited, sleep(EXIT_WAIT_MS)]);
  }
  if (groupId === undefined) return;
  const deadline = Date.now() + GROUP_WAIT_MS;
  while ((await groupRunning(groupId)) && Date.now() < deadline) await sleep(POLL_MS);
}
