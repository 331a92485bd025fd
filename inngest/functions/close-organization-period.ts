import "server-only";
import { closeUsagePeriod } from "@/src/usage/periods/close-usage-period";
import { emailsQueued, monthlyReportDue, usagePeriodDue } from "../client";
import { createFunction } from "../create-function";

/**
 * Closes one organization's month (sent by close-usage-period): the usage history row, the new period's
 * counter and the owners' 80 % warnings, in one transaction that a repeat finds already done; then, for a
 * paying organization, asks for the month's report.
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
    if (result.paying) {
      const { orgId, period } = event.data;
      await step.sendEvent(
        "report-due",
        monthlyReportDue.create({ orgId, period }, { id: `report:${orgId}:${period}` }),
      );
    }
    return { orgId: event.data.orgId, period: event.data.period, ...result };
  },
);
