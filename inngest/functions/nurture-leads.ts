import "server-only";
import { cron } from "inngest";
import { recordJobRun } from "@/src/jobs/record-job-run";
import { zonedDate } from "@/src/jobs/zoned-time";
import { NURTURE_TIME_ZONE, queueDueNurtureEmails } from "@/src/leads/queue-due-nurture-emails";
import { emailsQueued, runRequested } from "../client";
import { createFunction } from "../create-function";

/** Mid-morning in Brazil, when people read marketing email. */
export const NURTURE_CRON = `TZ=${NURTURE_TIME_ZONE} 0 10 * * *`;

/**
 * Daily: queues the nurture email that is due for each consented lead (days 3, 7, 14 and 30), then wakes
 * the sender. The slot's time is the clock (`event.ts`), so a run is reproducible and tests can drive it
 * day by day; running a day again queues nothing new.
 */
export const nurtureLeads = createFunction(
  { id: "nurture-leads", name: "Nurture leads", triggers: [cron(NURTURE_CRON), runRequested("nurture-leads")] },
  async ({ event, step }) => {
    const now = new Date(event.ts ?? Date.now());
    const startedAt = new Date();
    const runKey = zonedDate(now, NURTURE_TIME_ZONE);
    const { queued, leads } = await step.run("queue-due-nurture-emails", () => queueDueNurtureEmails(now));
    if (queued > 0) await step.sendEvent("wake-sender", emailsQueued.create({ count: queued }));
    await step.run("record-run", () =>
      recordJobRun({ job: "nurture-leads", runKey, status: "succeeded", detail: { queued, leads }, startedAt }),
    );
    return { runKey, queued, leads };
  },
);
