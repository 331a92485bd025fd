import "server-only";
import { checkMonitors } from "@/src/uptime/monitoring/check-monitors";
import { emailsQueued, uptimeChecksDue } from "../client";
import { createFunction } from "../create-function";

/**
 * Checks one organization's batch of due monitors for a slot (sent by check-uptime): probes through the SSRF
 * guard, records each check, opens and resolves incidents, then wakes the email sender. One batch per
 * organization at a time, and a bounded number overall, so a large client cannot crowd the others out.
 */
export const checkMonitorsFunction = createFunction(
  {
    id: "check-monitors",
    name: "Check monitors",
    triggers: [uptimeChecksDue],
    retries: 2,
    concurrency: [{ limit: 20 }, { limit: 1, key: "event.data.orgId" }],
  },
  async ({ event, step }) => {
    const slot = new Date(event.data.slot);
    const summary = await step.run("check-monitors", () => checkMonitors(event.data.monitors, slot));
    if (summary.emails > 0) await step.sendEvent("wake-sender", emailsQueued.create({ count: summary.emails }));
    return summary;
  },
);
