import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { stackForThisFile } from "@/tests/support/stack";
import { pointAppAt } from "@/tests/support/app-env";

const stack = stackForThisFile();
let heartbeat: typeof import("@/inngest/functions/daily-heartbeat");
let scheduling: typeof import("@/src/jobs/local-scheduler");

beforeAll(async () => {
  // env() is read once, so the stack's settings must be in place before the job modules load.
  pointAppAt(stack);
  vi.resetModules();
  heartbeat = await import("@/inngest/functions/daily-heartbeat");
  scheduling = await import("@/src/jobs/local-scheduler");
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

const quiet = { info: () => {}, warn: () => {}, error: () => {} };

/** A scheduler that has just started, as a fresh server process would be, with its clock at `iso`. */
function freshScheduler(iso: string) {
  return new scheduling.LocalScheduler({
    functions: [heartbeat.dailyHeartbeat],
    now: () => new Date(iso),
    logger: quiet,
  });
}

async function heartbeatRows() {
  return stack.sql<{ run_key: string; status: string; detail: Record<string, unknown>; finished_at: Date | null }[]>`
    select run_key, status, detail, finished_at from public.job_runs where job = 'daily-heartbeat' order by run_key`;
}

describe("daily-heartbeat against Postgres", () => {
  it("writes one row for a cron slot even when the slot runs twice", async () => {
    // Two processes (a restart within the minute, say) both fire 06:00 São Paulo on 2026-11-23.
    const first = freshScheduler("2026-11-23T09:00:02Z");
    const second = freshScheduler("2026-11-23T09:00:40Z");
    first.tick();
    await first.idle();
    second.tick();
    await second.idle();

    expect(first.history()[0]).toMatchObject({ status: "succeeded", output: { runKey: "2026-11-23", recorded: true } });
    expect(second.history()[0]).toMatchObject({
      status: "succeeded",
      output: { runKey: "2026-11-23", recorded: false },
    });
    const rows = await heartbeatRows();
    expect(rows).toEqual([
      {
        run_key: "2026-11-23",
        status: "succeeded",
        detail: { trigger: "cron", eventId: expect.any(String) },
        finished_at: expect.any(Date),
      },
    ]);
  });

  it("writes one row per event id, however often the event is delivered", async () => {
    const event = { name: "app/heartbeat.requested", data: {}, id: "evt-integration-1", ts: Date.now() };
    for (let i = 0; i < 2; i++) {
      await new InngestTestEngine({ function: heartbeat.dailyHeartbeat }).execute({ events: [event] });
    }
    const rows = (await heartbeatRows()).filter((r) => r.run_key === "evt-integration-1");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "succeeded", detail: { trigger: "event", eventId: "evt-integration-1" } });
  });

  it("writes a new row for the next day's slot", async () => {
    const nextDay = freshScheduler("2026-11-24T09:00:10Z");
    nextDay.tick();
    await nextDay.idle();
    const keys = (await heartbeatRows()).map((r) => r.run_key);
    expect(keys.filter((k) => k.startsWith("2026-11-"))).toEqual(["2026-11-23", "2026-11-24"]);
  });
});
