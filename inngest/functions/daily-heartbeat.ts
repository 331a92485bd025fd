import "server-only";
import { cron } from "inngest";
import { recordJobRun } from "@/src/jobs/record-job-run";
import { zonedDate } from "@/src/jobs/zoned-time";
import { heartbeatRequested } from "../client";
import { createFunction } from "../create-function";

const TIME_ZONE = "America/Sao_Paulo";
export const HEARTBEAT_CRON = `TZ=${TIME_ZONE} 0 6 * * *`;

/**
 * Proves every day that scheduled jobs run: one `job_runs` row per day (the slot's date in São Paulo is
 * the run key), or per `app/heartbeat.requested` event (its id is the key), never two for the same key.
 */
export const dailyHeartbeat = createFunction(
  { id: "daily-heartbeat", name: "Daily heartbeat", triggers: [cron(HEARTBEAT_CRON), heartbeatRequested] },
  async ({ event, step }) => {
    const scheduled = event.name === "inngest/scheduled.timer";
    const runKey = scheduled ? zonedDate(new Date(event.ts), TIME_ZONE) : event.id;
    const startedAt = new Date();
    const { recorded } = await step.run("record-heartbeat", () =>
      recordJobRun({
        job: "daily-heartbeat",
        runKey,
        status: "succeeded",
        detail: { trigger: scheduled ? "cron" : "event", eventId: event.id },
        startedAt,
      }),
    );
    return { runKey, recorded };
  },
);
