import "server-only";
import { emailsQueued, heartbeatRequested, type AppEvent } from "@/inngest/client";

/**
 * The scheduled functions a staff admin may run now, each by the event that triggers it (sent through
 * `sendEvent`, so Inngest or the local scheduler runs it like any other trigger). Functions whose only trigger
 * is their cron, or whose event names a record (an analysis, a lead), are not offered.
 */
export const runnableJobs: Record<string, () => AppEvent> = {
  "daily-heartbeat": () => heartbeatRequested.create({}),
  "send-queued-emails": () => emailsQueued.create({ count: 1 }),
};

export const runnableJobIds = Object.keys(runnableJobs) as [string, ...string[]];
