import "server-only";
import { fork, type ChildProcess } from "node:child_process";
import { join } from "node:path";

/**
 * The Lighthouse program, as a file: it runs in Node processes of its own, not in the server's bundle (so the
 * bundler is told to leave the path alone). The server runs from the project's folder.
 */
const PROGRAM = join(
  /* turbopackIgnore: true */ process.cwd(),
  "src",
  "analyzer",
  "lighthouse",
  "lighthouse-process.ts",
);
/** An idle process is kept this long for the next analysis, then ended to give its memory back. */
const IDLE_MS = 5 * 60_000;

const idle: Array<{ child: ChildProcess; timer: NodeJS.Timeout }> = [];

/**
 * A Lighthouse process for one run: an idle one when there is one, else a new one. Reusing them matters:
 * a new process spends seconds loading Lighthouse and running its code cold, a third of a run.
 */
export async function takeLighthouseProcess(): Promise<ChildProcess> {
  for (let next = idle.pop(); next; next = idle.pop()) {
    clearTimeout(next.timer);
    if (!next.child.connected) continue;
    next.child.ref();
    next.child.channel?.ref();
    return next.child;
  }
  // No copy of the server's environment (its secrets): the program needs none.
  const child = fork(/* turbopackIgnore: true */ PROGRAM, [], {
    env: { NODE_ENV: "production" },
    execArgv: ["--disable-warning=ExperimentalWarning", "--expose-gc"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    serialization: "advanced",
  });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`The Lighthouse process could not start (exit code ${code})`)));
  });
  return child;
}

/**
 * Gives back a process whose run ended with an answer, for the next run. An idle process keeps nothing
 * alive: the server may exit, and the process exits with it when its channel closes.
 */
export function returnLighthouseProcess(child: ChildProcess): void {
  if (!child.connected) return;
  child.unref();
  child.channel?.unref();
  const timer = setTimeout(() => {
    const index = idle.findIndex((entry) => entry.child === child);
    if (index >= 0) idle.splice(index, 1);
    child.disconnect();
  }, IDLE_MS);
  timer.unref();
  idle.push({ child, timer });
}
