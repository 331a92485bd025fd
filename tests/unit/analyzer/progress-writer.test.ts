import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { progressWriter } from "@/src/analyzer/progress-writer";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("progressWriter", () => {
  it("writes the first value at once, then the latest value at most once per interval", async () => {
    const written: number[] = [];
    const writer = progressWriter(async (value: number) => void written.push(value), 400);
    writer.report(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(written).toEqual([1]);
    writer.report(2);
    writer.report(3);
    await vi.advanceTimersByTimeAsync(399);
    expect(written).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(written).toEqual([1, 3]);
  });

  it("writes one value at a time, in order", async () => {
    let running = 0;
    let most = 0;
    const written: number[] = [];
    const writer = progressWriter(async (value: number) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      written.push(value);
      running--;
    }, 10);
    for (let value = 1; value <= 5; value++) {
      writer.report(value);
      await vi.advanceTimersByTimeAsync(20);
    }
    const flushed = writer.flush();
    await vi.advanceTimersByTimeAsync(10_000);
    await flushed;
    expect(most).toBe(1);
    expect(written).toEqual([...written].sort());
    expect(written.at(-1)).toBe(5);
  });

  it("flushes what waits and drops a failed write without failing the run", async () => {
    const written: number[] = [];
    const writer = progressWriter(async (value: number) => {
      if (value === 1) throw new Error("connection reset");
      written.push(value);
    }, 400);
    writer.report(1);
    await vi.advanceTimersByTimeAsync(0);
    writer.report(2);
    await writer.flush();
    expect(written).toEqual([2]);
  });
});
