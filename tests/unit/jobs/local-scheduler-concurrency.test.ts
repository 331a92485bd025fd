import { describe, expect, it, vi } from "vitest";
import { createFunction } from "@/inngest/create-function";
import { ConcurrencySlots } from "@/src/jobs/concurrency-slots";
import { ExecutionLease } from "@/src/jobs/execution-lease";
import { LocalScheduler, type LocalSchedulerOptions } from "@/src/jobs/local-scheduler";

function scheduler(options: Partial<LocalSchedulerOptions> & Pick<LocalSchedulerOptions, "functions">) {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const s = new LocalScheduler({ logger, wait: async () => {}, retryDelayMs: () => 0, ...options });
  return { s, logger };
}

/** A promise the test settles by hand. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A job whose runs block until the test releases them, recording how many run at once. Each run's event
 * carries `n`, its number in the order the events were sent.
 */
function blockingJob(id: string, concurrency: unknown) {
  const gates = new Map<number, ReturnType<typeof gate>>();
  const started: number[] = [];
  let running = 0;
  let peak = 0;
  const fn = createFunction(
    { id, concurrency: concurrency as number, triggers: [{ event: `test/${id}` }] },
    async ({ event }) => {
      const n = (event.data as { n: number }).n;
      started.push(n);
      running += 1;
      peak = Math.max(peak, running);
      const g = gate();
      gates.set(n, g);
      await g.opened;
      running -= 1;
      return n;
    },
  );
  return {
    fn,
    started,
    release: (n: number) => gates.get(n)!.open(),
    get running() {
      return running;
    },
    get peak() {
      return peak;
    },
  };
}

describe("ConcurrencySlots", () => {
  it("admits up to the limit and hands released slots to waiters in arrival order", async () => {
    const slots = new ConcurrencySlots(2);
    const order: string[] = [];
    await slots.acquire();
    await slots.acquire();
    const third = slots.acquire().then(() => order.push("third"));
    const fourth = slots.acquire().then(() => order.push("fourth"));
    await settle();
    expect({ active: slots.active, waiting: slots.waiting, order }).toEqual({ active: 2, waiting: 2, order: [] });
    slots.release();
    await third;
    expect(order).toEqual(["third"]);
    // The slot went to the waiter: still two holders, one waiting.
    expect({ active: slots.active, waiting: slots.waiting }).toEqual({ active: 2, waiting: 1 });
    slots.release();
    await fourth;
    slots.release();
    slots.release();
    expect({ active: slots.active, waiting: slots.waiting, order }).toEqual({
      active: 0,
      waiting: 0,
      order: ["third", "fourth"],
    });
  });

  it("refuses a limit below one", () => {
    expect(() => new ConcurrencySlots(0)).toThrow(RangeError);
  });
});

describe("ExecutionLease", () => {
  it("gives the slot back while every sleep is in progress, and takes it once the last one ends", async () => {
    const slots = new ConcurrencySlots(1);
    const lease = new ExecutionLease(slots);
    await lease.start();
    expect(slots.active).toBe(1);
    const short = gate();
    const long = gate();
    const sleeps = [lease.sleep(() => short.opened), lease.sleep(() => long.opened)];
    await settle();
    expect(slots.active).toBe(0);
    short.open();
    await sleeps[0];
    // One sleep is still in progress: the execution is not running yet.
    expect(slots.active).toBe(0);
    long.open();
    await sleeps[1];
    expect(slots.active).toBe(1);
    lease.close();
    await settle();
    expect({ active: slots.active, waiting: slots.waiting }).toEqual({ active: 0, waiting: 0 });
  });

  it("waits in line to go on after a sleep when another execution holds the slot", async () => {
    const slots = new ConcurrencySlots(1);
    const lease = new ExecutionLease(slots);
    await lease.start();
    const nap = gate();
    const sleeping = lease.sleep(() => nap.opened);
    await settle();
    await slots.acquire(); // another execution runs meanwhile
    nap.open();
    let resumed = false;
    void sleeping.then(() => (resumed = true));
    await settle();
    expect({ resumed, waiting: slots.waiting }).toEqual({ resumed: false, waiting: 1 });
    slots.release();
    await sleeping;
    expect(slots.active).toBe(1);
    lease.close();
    await settle();
    expect(slots.active).toBe(0);
  });

  it("keeps no slot when closed during a sleep, or while waiting to take one back", async () => {
    const slots = new ConcurrencySlots(1);
    const abandoned = new ExecutionLease(slots);
    await abandoned.start();
    const nap = gate();
    const sleeping = abandoned.sleep(() => nap.opened);
    await settle();
    abandoned.close();
    nap.open();
    await sleeping;
    await settle();
    expect(slots.active).toBe(0);

    const waiting = new ExecutionLease(slots);
    await waiting.start();
    const second = gate();
    const asleep = waiting.sleep(() => second.opened);
    await settle();
    await slots.acquire();
    second.open();
    await settle();
    expect(slots.waiting).toBe(1);
    waiting.close();
    slots.release();
    await asleep;
    await settle();
    expect({ active: slots.active, waiting: slots.waiting }).toEqual({ active: 0, waiting: 0 });
  });
});

describe("LocalScheduler concurrency", () => {
  it("runs one execution at a time under `concurrency: 1` and queues the rest in order", async () => {
    const job = blockingJob("single", 1);
    const { s } = scheduler({ functions: [job.fn] });
    await s.send([1, 2, 3].map((n) => ({ name: "test/single", data: { n } })));
    await settle();

    expect(job.started).toEqual([1]);
    expect(s.history().map((r) => r.status)).toEqual(["running", "queued", "queued"]);
    job.release(1);
    await settle();
    expect(job.started).toEqual([1, 2]);
    job.release(2);
    await settle();
    job.release(3);
    await s.idle();

    expect(job.started).toEqual([1, 2, 3]);
    expect(job.peak).toBe(1);
    expect(s.history().map((r) => [r.status, r.output])).toEqual([
      ["succeeded", 1],
      ["succeeded", 2],
      ["succeeded", 3],
    ]);
  });

  it("allows up to the limit in the object form", async () => {
    const job = blockingJob("pair", { limit: 2 });
    const { s } = scheduler({ functions: [job.fn] });
    await s.send([1, 2, 3, 4].map((n) => ({ name: "test/pair", data: { n } })));
    await settle();
    expect(job.started).toEqual([1, 2]);
    job.release(2);
    await settle();
    expect(job.started).toEqual([1, 2, 3]);
    for (const n of [1, 3]) job.release(n);
    await settle();
    job.release(4);
    await s.idle();
    expect(job.peak).toBe(2);
    expect(s.history().every((r) => r.status === "succeeded")).toBe(true);
  });

  it("runs everything at once without a limit, or with a limit of 0 as Inngest reads it", async () => {
    for (const concurrency of [undefined, 0]) {
      const job = blockingJob(`free-${String(concurrency)}`, concurrency);
      const { s } = scheduler({ functions: [job.fn] });
      await s.send([1, 2, 3].map((n) => ({ name: `test/free-${String(concurrency)}`, data: { n } })));
      await settle();
      expect(job.running).toBe(3);
      for (const n of [1, 2, 3]) job.release(n);
      await s.idle();
    }
  });

  it("keeps limits per function: another function's runs do not wait", async () => {
    const limited = blockingJob("limited", 1);
    const other = blockingJob("other", 1);
    const { s } = scheduler({ functions: [limited.fn, other.fn] });
    await s.send([
      { name: "test/limited", data: { n: 1 } },
      { name: "test/limited", data: { n: 2 } },
      { name: "test/other", data: { n: 1 } },
    ]);
    await settle();
    expect({ limited: limited.started, other: other.started }).toEqual({ limited: [1], other: [1] });
    limited.release(1);
    other.release(1);
    await settle();
    limited.release(2);
    await s.idle();
    expect(limited.started).toEqual([1, 2]);
  });

  it("frees the slot while a failed run waits for its retry", async () => {
    const retryWait = gate();
    const calls: string[] = [];
    let failedOnce = false;
    const fn = createFunction(
      { id: "flaky-limited", concurrency: 1, retries: 1, triggers: [{ event: "test/flaky-limited" }] },
      async ({ event }) => {
        const n = (event.data as { n: number }).n;
        calls.push(`start ${n}`);
        if (n === 1 && !failedOnce) {
          failedOnce = true;
          throw new Error("transient");
        }
        return n;
      },
    );
    // The retry delay of run 1 lasts until the test opens the gate.
    const wait = vi.fn(async () => retryWait.opened);
    const { s } = scheduler({ functions: [fn], wait });
    await s.send([1, 2].map((n) => ({ name: "test/flaky-limited", data: { n } })));
    await settle();
    // Run 2 executed while run 1 was waiting to be retried.
    expect(calls).toEqual(["start 1", "start 2"]);
    retryWait.open();
    await s.idle();
    expect(calls).toEqual(["start 1", "start 2", "start 1"]);
    expect(s.history().map((r) => [r.status, r.executions])).toEqual([
      ["succeeded", 2],
      ["succeeded", 1],
    ]);
  });

  it("frees the slot while a run sleeps, and takes one again to go on", async () => {
    const sleeping = gate();
    const calls: string[] = [];
    const fn = createFunction(
      { id: "sleepy-limited", concurrency: 1, triggers: [{ event: "test/sleepy-limited" }] },
      async ({ event, step }) => {
        const n = (event.data as { n: number }).n;
        calls.push(`start ${n}`);
        if (n === 1) await step.sleep("nap", "1h");
        calls.push(`end ${n}`);
      },
    );
    const wait = vi.fn(async () => sleeping.opened);
    const { s } = scheduler({ functions: [fn], wait });
    await s.send([1, 2].map((n) => ({ name: "test/sleepy-limited", data: { n } })));
    await settle();
    expect(calls).toEqual(["start 1", "start 2", "end 2"]);
    sleeping.open();
    await s.idle();
    expect(calls).toEqual(["start 1", "start 2", "end 2", "end 1"]);
  });

  it("gets its slot back after an execution abandoned mid-sleep, so later runs still run", async () => {
    let flakyFailed = false;
    const fn = createFunction(
      { id: "tangled", concurrency: 1, retries: 1, triggers: [{ event: "test/tangled" }] },
      async ({ event, step }) => {
        if ((event.data as { kind: string }).kind !== "fails-while-sleeping") return "plain";
        // The failing step interrupts the execution while the other step still sleeps.
        await Promise.all([
          step.sleep("nap", "1s"),
          step.sleep("longer-nap", "2s"),
          step.run("flaky", () => {
            if (!flakyFailed) {
              flakyFailed = true;
              throw new Error("transient");
            }
          }),
        ]);
        return "recovered";
      },
    );
    const wait = vi.fn((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms / 100)));
    const { s } = scheduler({ functions: [fn], wait });
    await s.send(["fails-while-sleeping", "plain", "plain"].map((kind) => ({ name: "test/tangled", data: { kind } })));
    // A slot kept by the abandoned execution would leave the other runs queued and idle() waiting forever.
    await s.idle();
    expect(s.history().map((r) => [r.status, r.output])).toEqual([
      ["succeeded", "recovered"],
      ["succeeded", "plain"],
      ["succeeded", "plain"],
    ]);
  }, 5_000);

  it("applies a keyed limit to the whole function, and says so", async () => {
    const job = blockingJob("keyed", { limit: 1, key: "event.data.n" });
    const { s, logger } = scheduler({ functions: [job.fn] });
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining("keyed runs locally with its concurrency limit"));
    await s.send([1, 2].map((n) => ({ name: "test/keyed", data: { n } })));
    await settle();
    expect(job.started).toEqual([1]);
    job.release(1);
    await settle();
    job.release(2);
    await s.idle();
    expect(job.peak).toBe(1);
  });
});
