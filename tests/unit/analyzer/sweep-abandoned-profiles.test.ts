import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { claimProfile, sweepAbandonedProfiles } from "@/src/analyzer/lighthouse/profile-owner";

const tempDir = mkdtempSync(join(tmpdir(), "arco-sweep-test-"));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

/** A stand-in for a Chromium left running on a profile: a process whose arguments name the profile. */
function browserOn(profileDir: string) {
  const child = spawn(
    process.execPath,
    ["-e", "setInterval(() => {}, 60_000)", "--", `--user-data-dir=${profileDir}`],
    {
      detached: true,
      stdio: "ignore",
    },
  );
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return { child, exited };
}

describe.runIf(existsSync("/proc"))("the start-up sweep of Lighthouse profiles", () => {
  it("kills what a dead server's profile still runs and removes it, leaving live and unmarked profiles alone", async () => {
    const abandoned = join(tempDir, "arco-lighthouse-abandoned");
    mkdirSync(abandoned);
    // A server process of this host that has ended: its pid is free.
    writeFileSync(
      join(abandoned, "arco-owner.json"),
      JSON.stringify({ host: hostname(), pid: 4_194_999, startTime: "1" }),
    );
    const leftBehind = browserOn(abandoned);

    const live = join(tempDir, "arco-lighthouse-live");
    mkdirSync(live);
    claimProfile(live);
    const running = browserOn(live);

    const unmarked = join(tempDir, "arco-lighthouse-unmarked");
    mkdirSync(unmarked);
    const stranger = join(tempDir, "someone-elses-profile");
    mkdirSync(stranger);

    // Until the spawned process has exec'd, /proc shows the parent's arguments.
    await vi.waitFor(() =>
      expect(readFileSync(`/proc/${leftBehind.child.pid}/cmdline`, "utf8")).toContain(`--user-data-dir=${abandoned}`),
    );
    expect(sweepAbandonedProfiles(tempDir)).toEqual({ folders: 1, processes: 1 });
    await leftBehind.exited;
    expect(existsSync(abandoned)).toBe(false);
    expect([live, unmarked, stranger].map(existsSync)).toEqual([true, true, true]);
    expect(running.child.exitCode).toBeNull();
    running.child.kill("SIGKILL");
    await running.exited;
  });
});
