import { readdirSync, readFileSync } from "node:fs";

export interface MemoryPeak {
  /** Highest resident set size of node and its child processes (Lighthouse's process, Chromium) together, at one instant. */
  totalRssBytes: number;
  /** Highest summed resident set size of the child processes (Lighthouse's process; Chromium's browser, renderer, GPU… processes). */
  childrenRssBytes: number;
  /** The same for their proportional set size: pages the processes share are counted once, not per process. */
  childrenPssBytes: number;
  /** Highest resident set size of this node process (with the stack it runs in-process). */
  nodeRssBytes: number;
}

export interface MemorySampler {
  /** Peak since the last reset. */
  peak(): MemoryPeak;
  /** Peak since the sampler started, resets notwithstanding. */
  overall(): MemoryPeak;
  reset(): void;
  stop(): void;
}

/** Child pids of every process, read from /proc (Linux). */
function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name may contain spaces and parentheses: the fields after the last ")" are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process ended while being read.
    }
  }
  return children;
}

function descendants(root: number): number[] {
  const children = childrenByParent();
  const found: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

function kilobytes(text: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(text);
  return match ? Number(match[1]) * 1024 : 0;
}

function sampleChildren(): { rss: number; pss: number } {
  let rss = 0;
  let pss = 0;
  for (const pid of descendants(process.pid)) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
      rss += kilobytes(rollup, "Rss");
      pss += kilobytes(rollup, "Pss");
    } catch {
      // Gone, or not ours to read.
    }
  }
  return { rss, pss };
}

const empty = (): MemoryPeak => ({ totalRssBytes: 0, childrenRssBytes: 0, childrenPssBytes: 0, nodeRssBytes: 0 });

/** Samples the memory of this process and its descendants every `intervalMs` and keeps the peaks. */
export function startMemorySampler(intervalMs = 200): MemorySampler {
  let peak = empty();
  const overall = empty();
  const raise = (target: MemoryPeak, sample: MemoryPeak) => {
    for (const key of Object.keys(target) as (keyof MemoryPeak)[]) target[key] = Math.max(target[key], sample[key]);
  };
  const tick = () => {
    const children = sampleChildren();
    const nodeRss = process.memoryUsage.rss();
    const sample = {
      totalRssBytes: nodeRss + children.rss,
      childrenRssBytes: children.rss,
      childrenPssBytes: children.pss,
      nodeRssBytes: nodeRss,
    };
    raise(peak, sample);
    raise(overall, sample);
  };
  const timer = setInterval(tick, intervalMs);
  return {
    peak: () => {
      tick();
      return { ...peak };
    },
    overall: () => {
      tick();
      return { ...overall };
    },
    reset: () => (peak = empty()),
    stop: () => clearInterval(timer),
  };
}
