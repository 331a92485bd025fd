import "server-only";
import { finishReport } from "@/src/reports/monthly/finish-report";
import { markReportFailed } from "@/src/reports/monthly/mark-report-failed";
import { prepareReport } from "@/src/reports/monthly/prepare-report";
import { storeReportPdf } from "@/src/reports/monthly/store-report-pdf";
import { queueMonthlyInsight } from "@/src/ai/insights/queue-monthly-insight";
import { emailsQueued, insightEvent, monthlyReportDue } from "../client";
import { createFunction } from "../create-function";

/**
 * A paying organization's report of the month that just closed (sent by close-organization-period, or
 * invoked by hand with `{ orgId, period }`): figures computed from the data into the `reports` row, the PDF
 * rendered and stored in the private bucket, the row `ready` and one email to the owners and admins. Each
 * part is a step: a run that dies halfway is finished by its retry (or by the next run, which finds the row
 * unfinished), and the email is keyed by organization and month, so it never goes twice. Staff regenerate a
 * report by reopening its row (regenerate-report) and sending the event again: the PDF is rendered anew and
 * replaces the stored one, and the email goes again only when they asked for it (`resendId`). Then, on plans
 * with AI insights, the month's insight is queued (once per month): after the report, whose figures it reads.
 */
export const generateMonthlyReports = createFunction(
  {
    id: "generate-monthly-reports",
    name: "Generate monthly reports",
    triggers: [monthlyReportDue],
    retries: 3,
    // Rendering is CPU work: two at once on two cores, never two for one organization.
    concurrency: [{ limit: 2 }, { limit: 1, key: "event.data.orgId" }],
    // Out of retries: the row says failed (the dashboard explains it); a later run can still finish it.
    onFailure: async ({ event, step }) => {
      const { orgId, period } = monthlyReportDue.schema.parse(event.data.event.data);
      await step.run("mark-report-failed", () => markReportFailed(orgId, period));
    },
  },
  async ({ event, step }) => {
    const { orgId, period, resendId } = event.data;
    const queueInsight = async () => {
      const insight = await step.run("queue-insight", () => queueMonthlyInsight(orgId, period));
      if (insight) await step.sendEvent("request-insight", insightEvent(insight.lane, insight.insightId));
      return insight?.insightId ?? null;
    };
    const report = await step.run("prepare-report", () => prepareReport(orgId, period));
    if (report.ready)
      return { reportId: report.reportId, generated: false, emails: 0, insightId: await queueInsight() };
    const stored = await step.run("store-pdf", () => storeReportPdf(report.reportId, new Date()));
    const { emails } = await step.run("finish-report", () =>
      finishReport(report.reportId, stored.objectName, new Date(), resendId),
    );
    if (emails > 0) await step.sendEvent("wake-sender", emailsQueued.create({ count: emails }));
    return { reportId: report.reportId, generated: true, bytes: stored.bytes, emails, insightId: await queueInsight() };
  },
);
