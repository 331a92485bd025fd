import { describe, expect, it } from "vitest";
import { dateWindows } from "@/src/jobs/date-windows";
import { parseRetryAfter, retryWithinBudget, SyncSourceError } from "@/src/jobs/retry-within-budget";

describe("retryWithinBudget", () => {
  it("retries retryable failures until the call succeeds", async () => {
    let calls = 0;
    const result = await retryWithinBudget(
      async () => {
        calls += 1;
        if (calls < 3) throw new SyncSourceError("429", { retryable: true });
        return "ok";
      },
      { budgetMs: 2_000, minDelayMs: 1 },
    );
    expect(result).toBe("ok");
    expect(calls).toBe(3);
  });

  it("gives up at once on a failure that cannot pass", async () => {
    let calls = 0;
    const refused = new SyncSourceError("401 bad token", { retryable: false });
    await expect(
      retryWithinBudget(
        async () => {
          calls += 1;
          throw refused;
        },
        { budgetMs: 2_000, minDelayMs: 1 },
      ),
    ).rejects.toBe(refused);
    expect(calls).toBe(1);
  });

  it("stops when the budget is spent, and does not wait for a Retry-After past it", async () => {
    const started = performance.now();
    await expect(
      retryWithinBudget(
        async () => {
          throw new SyncSourceError("503", { retryable: true });
        },
        { budgetMs: 150, minDelayMs: 20 },
      ),
    ).rejects.toThrow("503");
    const afterOutage = performance.now() - started;
    expect(afterOutage).toBeGreaterThanOrEqual(100);
    expect(afterOutage).toBeLessThan(1_500);

    const waitStarted = performance.now();
    await expect(
      retryWithinBudget(
        async () => {
          throw new SyncSourceError("429", { retryable: true, retryAfterMs: 60_000 });
        },
        { budgetMs: 1_000, minDelayMs: 1 },
      ),
    ).rejects.toThrow("429");
    expect(performance.now() - waitStarted).toBeLessThan(500);
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("3")).toBe(3_000);
    expect(parseRetryAfter("Wed, 09 Dec 2026 10:00:05 GMT", Date.parse("2026-12-09T10:00:00Z"))).toBe(5_000);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe("dateWindows", () => {
  it("cuts the last 30 days into windows of 10, oldest first", () => {
    expect(dateWindows("2026-12-07", 30, 10)).toEqual([
      { since: "2026-11-08", until: "2026-11-17" },
      { since: "2026-11-18", until: "2026-11-27" },
      { since: "2026-11-28", until: "2026-12-07" },
    ]);
    expect(dateWindows("2026-03-01", 3, 2)).toEqual([
      { since: "2026-02-27", until: "2026-02-28" },
      { since: "2026-03-01", until: "2026-03-01" },
    ]);
  });
});
