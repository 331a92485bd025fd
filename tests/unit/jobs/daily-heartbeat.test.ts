import { InngestTestEngine } from "@inngest/test";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { HEARTBEAT_CRON, dailyHeartbeat } from "@/inngest/functions/daily-heartbeat";
import { recordJobRun } from "@/src/jobs/record-job-run";

vi.mock("@/src/jobs/record-job-run", () => ({ recordJobRun: vi.fn(async () => ({ recorded: true })) }));

// A fresh engine per run: an engine caches step results across its executions.
const engine = () => new InngestTestEngine({ function: dailyHeartbeat });

describe("daily-heartbeat", () => {
  beforeEach(() => vi.mocked(recordJobRun).mockClear());

  it("is scheduled daily at 06:00 São Paulo time and on app/heartbeat.requested", () => {
    expect(HEARTBEAT_CRON).toBe("TZ=America/Sao_Paulo 0 6 * * *");
    expect(dailyHeartbeat.opts.triggers).toEqual(
      expect.arrayContaining([{ cron: HEARTBEAT_CRON }, expect.objectContaining({ name: "app/heartbeat.requested" })]),
    );
  });

  it("records the cron run under the slot's date in São Paulo, inside a step", async () => {
    const { result, ctx } = await engine().execute({
      events: [
        {
          name: "inngest/scheduled.timer",
          data: { cron: HEARTBEAT_CRON },
          id: "01JCRONEVENT",
          ts: Date.parse("2026-11-23T09:00:00Z"),
        },
      ],
    });
    expect(result).toEqual({ runKey: "2026-11-23", recorded: true });
    expect(ctx.step.run).toHaveBeenCalledWith("record-heartbeat", expect.any(Function));
    expect(recordJobRun).toHaveBeenCalledTimes(1);
    expect(recordJobRun).toHaveBeenCalledWith(
      expect.objectContaining({
        job: "daily-heartbeat",
        runKey: "2026-11-23",
        status: "succeeded",
        detail: { trigger: "cron", eventId: "01JCRONEVENT" },
      }),
    );
  });

  it("records an event-triggered run under the event id", async () => {
    const { result } = await engine().execute({
      events: [{ name: "app/heartbeat.requested", data: {}, id: "evt-123", ts: Date.parse("2026-11-23T15:00:00Z") }],
    });
    expect(result).toEqual({ runKey: "evt-123", recorded: true });
    expect(recordJobRun).toHaveBeenCalledWith(
      expect.objectContaining({ runKey: "evt-123", detail: { trigger: "event", eventId: "evt-123" } }),
    );
  });

  it("reports a duplicate slot as not recorded", async () => {
    vi.mocked(recordJobRun).mockResolvedValueOnce({ recorded: false });
    const { result } = await engine().execute({
      events: [
        {
          name: "inngest/scheduled.timer",
          data: { cron: HEARTBEAT_CRON },
          id: "again",
          ts: Date.parse("2026-11-23T09:00:03Z"),
        },
      ],
    });
    expect(result).toEqual({ runKey: "2026-11-23", recorded: false });
  });
});
