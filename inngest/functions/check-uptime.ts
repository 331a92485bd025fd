import "server-only";
import { cron } from "inngest";
import { recordJobRun } from "@/src/jobs/record-job-run";
import { batchMonitors } from "@/src/uptime/monitoring/batch-monitors";
import { listDueMonitors } from "@/src/uptime/monitoring/list-due-monitors";
import { runRequested, uptimeChecksDue } from "../client";
import { createFunction } from "../create-function";

const BATCH_SIZE = 50;

/**
 * Every minute: lists the monitors due in this minute at their plan's interval and fans them out, one event
 * per organization batch, to check-monitors. The slot (the minute of `event.ts`) keys everything: the events'
 * ids, the checks and the job_runs row, so a repeated slot checks and records nothing twice. Invoked by hand
 * with `{ "all": true }`, it checks every enabled monitor now.
 */
export const checkUptime = createFunction(
  { id: "check-uptime", name: "Check uptime", triggers: [cron("* * * * *"), runRequested("check-uptime")], retries: 2 },
  async ({ event, step }) => {
    const startedAt = new Date();
    const slot = new Date(Math.floor((event.ts ?? Date.now()) / 60_000) * 60_000);
    const all = (event.data as { all?: unknown } | undefined)?.all === true;
    const due = await step.run("list-due-monitors", () => listDueMonitors(slot, { all }));
    const batches = batchMonitors(due, BATCH_SIZE);
    if (batches.length > 0) {
      await step.sendEvent(
        "fan-out-checks",
        batches.map((monitors) =>
          uptimeChecksDue.create(
            { slot: slot.toISOString(), orgId: monitors[0]!.orgId, monitors },
            { id: `uptime:${slot.toISOString()}:${monitors[0]!.id}` },
          ),
        ),
      );
    }
    const detail = { slot: slot.toISOString(), due: due.length, batches: batches.length };
    await step.run("record-run", () =>
      recordJobRun({ job: "check-uptime", runKey: slot.toISOString(), status: "succeeded", detail, startedAt }),
    );
    return detail;
  },
);
