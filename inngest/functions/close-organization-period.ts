import "server-only";
import { closeUsagePeriod } from "@/src/usage/periods/close-usage-period";
import { emailsQueued, usagePeriodDue } from "../client";
import { createFunction } from "../create-function";

/**
 * Closes one organization's month (sent by close-usage-period): the usage history row, the new period's
 * counter and the owners' 80 % warnings, in one transaction that a repeat finds already done.
 */
export const closeOrganizationPeriod = createFunction(
  {
    id: "close-organization-period",
    name: "Close an organization's usage period",
    triggers: [usagePeriodDue],
    retries: 3,
    concurrency: [{ limit: 10 }, { limit: 1, key: "event.data.orgId" }],
  },
  async ({ event, step }) => {
    const result = await step.run("close-period", () => closeUsagePeriod(event.data.orgId, event.data.period));
    if (result.emails > 0) await step.sendEvent("wake-sender", emailsQueued.create({ count: result.emails }));
    return { orgId: event.data.orgId, period: event.data.period, ...result };
  },
);
