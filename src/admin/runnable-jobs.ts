import "server-only";
import { emailsQueued, heartbeatRequested, runRequested, scheduledJobIds, type AppEvent } from "@/inngest/client";

/**
 * The functions a staff admin may run now, each by an event that triggers it (sent through `sendEvent`, so
 * Inngest or the local scheduler runs it like any other trigger): the scheduled ones by their own run-request
 * event, the heartbeat and the email sender by theirs. Functions whose event names a record (an analysis, a
 * lead, an organization's month) are not offered: they run for that record only.
 */
export const runnableJobs: Record<string, () => AppEvent> = {
  "daily-heartbeat": () => heartbeatRequested.create({}),
  "send-queued-emails": () => emailsQueued.create({ count: 1 }),
  ...Object.fromEntries(scheduledJobIds.map((job) => [job, () => runRequested(job).create({})])),
};

export const runnableJobIds = Object.keys(runnableJobs) as [string, ...string[]];
