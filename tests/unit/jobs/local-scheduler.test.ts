import { NonRetriableError, StepError, cron, eventType } from "inngest";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createFunction } from "@/inngest/create-function";
import { LocalScheduler, type LocalSchedulerOptions } from "@/src/jobs/local-scheduler";

const ping = eventType("test/ping", { schema: z.object({ n: z.number() }) });

function scheduler(options: Partial<LocalSchedulerOptions> & Pick<LocalSchedulerOptions, "functions">) {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const wait = vi.fn<(ms: number) => Promise<void>>(async () => {});
  const s = new LocalScheduler({ logger, wait, retryDelayMs: () => 0, ...options });
  return { s, logger, wait };
}

afterEach(() => vi.useRealTimers());

describe("LocalScheduler events", () => {
  it("runs each triggered function once per event, with the event as Inngest delivers it", async () => {
    const handler = vi.fn(async ({ event }: { event: { data: { n: number } } }) => ({ doubled: event.data.n * 2 }));
    const fn = createFunction({ id: "doubler", triggers: [ping] }, handler);
    const other = vi.fn();
    const unrelated = createFunction({ id: "unrelated", triggers: [{ event: "test/other" }] }, other);
    const { s } = scheduler({ functions: [fn, unrelated] });

    const { ids } = await s.send([{ name: "test/ping", data: { n: 21 } }]);
    await s.idle();

    expect(ids).toHaveLength(1);
    expect(handler).toHaveBeenCalledTimes(1);
    const ctx = handler.mock.calls[0]![0] as unknown as Record<string, unknown>;
    expect(ctx.event).toEqual({ name: "test/ping", data: { n: 21 }, id: ids[0], ts: expect.any(Number) });
    expect(ctx.events).toEqual([ctx.event]);
    expect(ctx).toMatchObject({ attempt: 0, maxAttempts: 4, runId: expect.any(String) });
    expect(other).not.toHaveBeenCalled();
    expect(s.history()).toEqual([
      expect.objectContaining({ functionId: "doubler", status: "succeeded", executions: 1, output: { doubled: 42 } }),
    ]);
  });

  it("ignores an event id it has already seen, as Inngest deduplicates", async () => {
    const handler = vi.fn();
    const { s } = scheduler({ functions: [createFunction({ id: "once", triggers: [ping] }, handler)] });
    await s.send([{ name: "test/ping", data: { n: 1 }, id: "same" }]);
    await s.send([{ name: "test/ping", data: { n: 1 }, id: "same" }]);
    await s.idle();
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("matches wildcard triggers", async () => {
    const handler = vi.fn();
    const { s } = scheduler({
      functions: [createFunction({ id: "all-tests", triggers: [{ event: "test/*" }] }, handler)],
    });
    await s.send([{ name: "test/anything" }, { name: "prod/anything" }]);
    await s.idle();
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("fails a run whose event does not match the trigger's schema, without calling the handler", async () => {
    const handler = vi.fn();
    const { s, logger } = scheduler({ functions: [createFunction({ id: "strict", triggers: [ping] }, handler)] });
    await s.send([{ name: "test/ping", data: { n: "not a number" } }]);
    await s.idle();
    expect(handler).not.toHaveBeenCalled();
    expect(s.history()[0]).toMatchObject({ status: "failed", executions: 0, error: expect.stringContaining("n:") });
    expect(logger.error).toHaveBeenCalled();
  });

  it("delivers step.sendEvent back to the scheduler", async () => {
    const received = vi.fn();
    const sender = createFunction({ id: "sender", triggers: [{ event: "test/start" }] }, async ({ step }) =>
      step.sendEvent("fan-out", [ping.create({ n: 1 }), ping.create({ n: 2 })]),
    );
    const receiver = createFunction({ id: "receiver", triggers: [ping] }, async ({ event }) => received(event.data.n));
    const { s } = scheduler({ functions: [sender, receiver] });
    await s.send([{ name: "test/start" }]);
    await s.idle();
    expect(received.mock.calls.map(([n]) => n as number).sort()).toEqual([1, 2]);
    expect(s.history().find((r) => r.functionId === "sender")?.output).toEqual({
      ids: [expect.any(String), expect.any(String)],
    });
  });
});

describe("LocalScheduler steps and retries", () => {
  it("memoizes completed steps across retries and suffixes repeated step ids", async () => {
    const calls: string[] = [];
    let flaky = 0;
    const fn = createFunction({ id: "memo", triggers: [{ event: "test/memo" }] }, async ({ step }) => {
      const a = await step.run("a", () => {
        calls.push("a");
        return { at: new Date("2026-01-01T00:00:00Z") };
      });
      const first = await step.run("repeat", () => {
        calls.push("repeat");
        return 1;
      });
      const second = await step.run("repeat", () => {
        calls.push("repeat");
        return 2;
      });
      const b = await step.run("b", () => {
        calls.push("b");
        if (++flaky < 3) throw new Error("flaky");
        return "done";
      });
      return { a, first, second, b };
    });
    const { s, logger } = scheduler({ functions: [fn] });
    await s.send([{ name: "test/memo" }]);
    await s.idle();

    expect(calls).toEqual(["a", "repeat", "repeat", "b", "b", "b"]);
    // Step results come back as JSON, as from Inngest.
    expect(s.history()[0]).toMatchObject({
      status: "succeeded",
      executions: 3,
      output: { a: { at: "2026-01-01T00:00:00.000Z" }, first: 1, second: 2, b: "done" },
    });
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('step "b" (attempt 1 of 4)'));
  });

  it("retries a failing handler with backoff and passes the attempt number", async () => {
    const attempts: number[] = [];
    const fn = createFunction({ id: "flaky", retries: 2, triggers: [{ event: "test/flaky" }] }, async ({ attempt }) => {
      attempts.push(attempt);
      if (attempt < 2) throw new Error(`boom ${attempt}`);
      return "ok";
    });
    const retryDelayMs = vi.fn((failures: number) => failures * 100);
    const { s, wait } = scheduler({ functions: [fn], retryDelayMs });
    await s.send([{ name: "test/flaky" }]);
    await s.idle();

    expect(attempts).toEqual([0, 1, 2]);
    expect(retryDelayMs.mock.calls.map(([n]) => n)).toEqual([1, 2]);
    expect(wait.mock.calls.map(([ms]) => ms)).toEqual([100, 200]);
    expect(s.history()[0]).toMatchObject({ status: "succeeded", executions: 3, output: "ok" });
  });

  it("gives up after the function's retries, logs, records and calls onFailure", async () => {
    const onFailure = vi.fn();
    const handler = vi.fn(async () => {
      throw new Error("always");
    });
    const fn = createFunction({ id: "doomed", retries: 1, onFailure, triggers: [{ event: "test/doomed" }] }, handler);
    const { s, logger } = scheduler({ functions: [fn] });
    await s.send([{ name: "test/doomed", data: { k: 1 } }]);
    await s.idle();

    expect(handler).toHaveBeenCalledTimes(2);
    expect(s.history()[0]).toMatchObject({
      status: "failed",
      executions: 2,
      error: "always",
      finishedAt: expect.any(Date),
    });
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining("doomed failed for test/doomed"),
      expect.any(Error),
    );
    expect(onFailure).toHaveBeenCalledTimes(1);
    const ctx = onFailure.mock.calls[0]![0] as { event: { name: string; data: Record<string, unknown> }; error: Error };
    expect(ctx.error.message).toBe("always");
    expect(ctx.event.name).toBe("inngest/function.failed");
    expect(ctx.event.data).toMatchObject({ function_id: "doomed", event: { name: "test/doomed", data: { k: 1 } } });
  });

  it("does not retry a NonRetriableError", async () => {
    const handler = vi.fn(async () => {
      throw new NonRetriableError("bad input");
    });
    const { s } = scheduler({
      functions: [createFunction({ id: "final", triggers: [{ event: "test/final" }] }, handler)],
    });
    await s.send([{ name: "test/final" }]);
    await s.idle();
    expect(handler).toHaveBeenCalledTimes(1);
    expect(s.history()[0]).toMatchObject({ status: "failed", error: "bad input" });
  });

  it("throws a StepError into the handler once a step is out of retries", async () => {
    let tries = 0;
    const fn = createFunction({ id: "catcher", retries: 1, triggers: [{ event: "test/catch" }] }, async ({ step }) => {
      try {
        await step.run("never", () => {
          tries += 1;
          throw new Error("nope");
        });
        return "unreachable";
      } catch (error) {
        return { caught: error instanceof StepError, message: (error as Error).message };
      }
    });
    const { s } = scheduler({ functions: [fn] });
    await s.send([{ name: "test/catch" }]);
    await s.idle();
    expect(tries).toBe(2);
    expect(s.history()[0]).toMatchObject({ status: "succeeded", output: { caught: true, message: "nope" } });
  });

  it("sleeps through the wait function, capped and memoized", async () => {
    let executions = 0;
    const fn = createFunction({ id: "sleeper", triggers: [{ event: "test/sleep" }] }, async ({ step }) => {
      executions += 1;
      await step.sleep("short", "2s");
      await step.sleep("long", "3d");
      if (executions === 1) throw new Error("once");
      await step.sleepUntil("until", new Date(Date.now() + 500));
    });
    const { s, wait, logger } = scheduler({ functions: [fn], maxSleepMs: 60_000 });
    await s.send([{ name: "test/sleep" }]);
    await s.idle();
    const waits = wait.mock.calls.map(([ms]) => ms);
    // 2 s, 3 days cut to a minute, the retry delay (0), then the sleepUntil; the first two are not repeated.
    expect(waits.slice(0, 3)).toEqual([2_000, 60_000, 0]);
    expect(waits).toHaveLength(4);
    expect(waits[3]).toBeGreaterThan(0);
    expect(waits[3]).toBeLessThanOrEqual(500);
    expect(logger.info).toHaveBeenCalledWith(expect.stringContaining("shortens it to 60000 ms"));
    expect(s.history()[0]).toMatchObject({ status: "succeeded", executions: 2 });
  });

  it("fails clearly on a step tool it does not support", async () => {
    const fn = createFunction({ id: "waiter", retries: 0, triggers: [{ event: "test/wait" }] }, async ({ step }) =>
      step.waitForEvent("reply", { event: "test/reply", timeout: "1h" }),
    );
    const { s } = scheduler({ functions: [fn] });
    await s.send([{ name: "test/wait" }]);
    await s.idle();
    expect(s.history()[0]).toMatchObject({
      status: "failed",
      error: "step.waitForEvent is not supported by the local scheduler (in waiter)",
    });
  });
});

describe("LocalScheduler crons", () => {
  const daily = "TZ=America/Sao_Paulo 0 6 * * *";

  it("fires each slot exactly once under a controlled clock", async () => {
    let now = new Date("2026-11-23T08:59:30Z");
    const handler = vi.fn();
    const { s } = scheduler({
      functions: [createFunction({ id: "morning", triggers: [cron(daily)] }, handler)],
      now: () => now,
    });

    s.tick();
    now = new Date("2026-11-23T09:00:05Z");
    s.tick();
    now = new Date("2026-11-23T09:00:45Z");
    s.tick();
    now = new Date("2026-11-23T09:01:10Z");
    s.tick();
    await s.idle();

    expect(handler).toHaveBeenCalledTimes(1);
    const { event } = handler.mock.calls[0]![0] as { event: Record<string, unknown> };
    expect(event).toMatchObject({
      name: "inngest/scheduled.timer",
      data: { cron: daily },
      ts: Date.parse("2026-11-23T09:00:00Z"),
    });

    // A clock set back never fires a slot again; the next day's slot fires.
    now = new Date("2026-11-23T09:00:30Z");
    s.tick();
    now = new Date("2026-11-24T09:00:01Z");
    s.tick();
    await s.idle();
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it("catches up a slot missed by a late tick", async () => {
    let now = new Date("2026-11-23T08:58:10Z");
    const handler = vi.fn();
    const { s } = scheduler({
      functions: [createFunction({ id: "late", triggers: [cron(daily)] }, handler)],
      now: () => now,
    });
    s.tick();
    now = new Date("2026-11-23T09:02:59Z");
    s.tick();
    await s.idle();
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("ticks on minute boundaries once started, and not after stop", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-23T08:58:20Z") });
    const handler = vi.fn();
    const { s } = scheduler({ functions: [createFunction({ id: "timed", triggers: [cron("* * * * *")] }, handler)] });
    s.start();
    s.start();
    await vi.advanceTimersByTimeAsync(40_000); // 08:59:00
    expect(handler).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(120_000); // 09:01:00
    expect(handler).toHaveBeenCalledTimes(3);
    s.stop();
    await vi.advanceTimersByTimeAsync(180_000);
    expect(handler).toHaveBeenCalledTimes(3);
  });

  it("skips an invalid cron with a log line instead of failing", () => {
    const { s, logger } = scheduler({
      functions: [createFunction({ id: "typo", triggers: [cron("61 * * * *")] }, vi.fn())],
    });
    expect(s.functionCount).toBe(1);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining("typo keeps its other triggers but not its cron"),
    );
  });
});
