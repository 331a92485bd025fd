import "server-only";
import { cron } from "inngest";
import { recordJobRun } from "@/src/jobs/record-job-run";
import { findPeriodsToClose } from "@/src/usage/periods/find-periods-to-close";
import { runRequested, usagePeriodDue } from "../client";
import { createFunction } from "../create-function";

/**
 * At 00:05 on the 1st in every organization's time zone — the minutes 5, 20, 35 and 50 of each hour cover
 * every offset in use, down to the quarter hours — finds the organizations whose last month is over and not
 * yet closed, and fans out one event per organization to close-organization-period. The events' ids are the
 * organization and month, so a repeated run closes nothing twice; a missed run is made up by the next.
 */
export const closeUsagePeriod = createFunction(
  {
    id: "close-usage-period",
    name: "Close usage period",
    triggers: [cron("5,20,35,50 * * * *"), runRequested("close-usage-period")],
    retries: 3,
  },
  async ({ event, step }) => {
    const startedAt = new Date();
    const now = new Date(event.ts ?? Date.now());
    const due = await step.run("find-periods-to-close", () => findPeriodsToClose(now));
    if (due.length > 0) {
      await step.sendEvent(
        "fan-out-closes",
        due.map((d) => usagePeriodDue.create(d, { id: `usage-close:${d.orgId}:${d.period}` })),
      );
    }
    const detail = { organizations: due.length };
    await step.run("record-run", () =>
      recordJobRun({
        job: "close-usage-period",
        runKey: new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString(),
        status: "succeeded",
        detail,
        startedAt,
      }),
    );
    return detail;
  },
);
