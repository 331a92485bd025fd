import "server-only";
import { Inngest, eventType } from "inngest";
import { z } from "zod";

/**
 * The Inngest client. Its connection settings (INNGEST_EVENT_KEY, INNGEST_SIGNING_KEY, INNGEST_BASE_URL)
 * are read by the SDK from the same variables `src/env.ts` validates: the client is created at import time,
 * and function definitions must stay importable where the app's full environment is absent (builds, tests).
 */
export const inngest = new Inngest({ id: "arco" });

/**
 * The event catalogue. Each schema validates the payload when it is sent (`create(...)` + `sendEvent`)
 * and again when a function it triggers starts, so a malformed event never reaches a handler.
 */
export const heartbeatRequested = eventType("app/heartbeat.requested", { schema: z.object({}) });

export const analyzerUrlSubmitted = eventType("analyzer/url.submitted", {
  schema: z.object({ analysisId: z.string().min(1) }),
});

/** A visitor left an email (with or without marketing consent): welcome email, CRM export. */
export const leadCaptured = eventType("leads/lead.captured", {
  schema: z.object({ leadId: z.string().uuid() }),
});

/** Emails were queued in `email_outbox`; the sender picks them up now instead of at its next minute. */
export const emailsQueued = eventType("email/outbox.queued", {
  schema: z.object({ count: z.number().int().positive() }),
});

/** A batch of one organization's monitors due in a schedule slot (the minute, ISO), fanned out by check-uptime. */
export const uptimeChecksDue = eventType("uptime/checks.due", {
  schema: z.object({
    slot: z.iso.datetime(),
    orgId: z.uuid(),
    monitors: z
      .array(
        z.object({
          id: z.uuid(),
          orgId: z.uuid(),
          projectId: z.uuid().nullable(),
          url: z.string().url(),
          keyword: z.string().nullable(),
        }),
      )
      .min(1)
      .max(100),
  }),
});

/** One organization's month to close (`YYYY-MM` in its time zone), fanned out by close-usage-period. */
export const usagePeriodDue = eventType("usage/period.due", {
  schema: z.object({ orgId: z.uuid(), period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) }),
});

/** A batch of domains (ids) to check for a day (`YYYY-MM-DD`), fanned out by check-domains. */
export const domainChecksDue = eventType("domains/checks.due", {
  schema: z.object({
    day: z.iso.date(),
    domainIds: z.array(z.uuid()).min(1).max(100),
  }),
});

/**
 * A paying organization's month closed (`YYYY-MM`): generate-monthly-reports makes its report. A staff
 * regeneration sends it again for a report it reopened, with `resendId` when the email is to go out again.
 */
export const monthlyReportDue = eventType("reports/month.closed", {
  schema: z.object({
    orgId: z.uuid(),
    period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    resendId: z.uuid().optional(),
  }),
});

/** One performance run to measure (a domain's schedule slot, or a "Measure now"), fanned out by measure-performance. */
export const performanceRunDue = eventType("performance/run.due", {
  schema: z.object({ runId: z.uuid(), orgId: z.uuid(), domainId: z.uuid() }),
});

/** A person or an owner asked for a data export (a `data_exports` row, queued): build-data-export makes it. */
export const dataExportRequested = eventType("privacy/data-export.requested", {
  schema: z.object({ exportId: z.uuid() }),
});

/** An insight was queued (on demand or after the month's report): Pro's lane. */
export const insightRequested = eventType("ai/insight.requested", { schema: z.object({ insightId: z.uuid() }) });

/** The same for Enterprise ("priority"): a function of its own, so it never waits behind Pro's queue. */
export const priorityInsightRequested = eventType("ai/insight.requested.priority", {
  schema: z.object({ insightId: z.uuid() }),
});

/** The event that carries an insight of `lane` to its function. */
export function insightEvent(lane: "standard" | "priority", insightId: string) {
  return (lane === "priority" ? priorityInsightRequested : insightRequested).create({ insightId });
}

/** Sync one organization's ad accounts now (staff, from the client's admin page), beside the daily run. */
export const campaignsSyncRequested = eventType("campaigns/sync.requested", {
  schema: z.object({ orgId: z.uuid() }),
});

/** One ad account to sync, fanned out by sync-campaigns; `runKey` names the run it belongs to. */
export const adAccountSyncDue = eventType("campaigns/ad-account.sync-due", {
  schema: z.object({ accountId: z.uuid(), orgId: z.uuid(), runKey: z.string().min(1).max(200) }),
});

/** One traffic source to read, fanned out by track-network-usage for an hour slot. */
export const trafficSourceSyncDue = eventType("infrastructure/traffic-source.sync-due", {
  schema: z.object({ sourceId: z.uuid(), orgId: z.uuid(), runKey: z.string().min(1).max(200) }),
});

/**
 * The scheduled functions a staff admin may run now from the agency's jobs page. Each listens, beside its cron,
 * to an event of its own (`jobs/run-requested.<id>`), so one request runs one function, on Inngest Cloud and in
 * the local scheduler alike (which cannot evaluate a shared event's `if` expression).
 */
export const scheduledJobIds = [
  "check-uptime",
  "check-ticket-sla",
  "check-domains",
  "measure-performance",
  "close-usage-period",
  "reconcile-subscriptions",
  "nurture-leads",
  "remove-orphan-files",
  "fail-interrupted-work",
  "embed-documents",
  "delete-stale-leads",
  "erase-deleted-accounts",
  "expire-data-exports",
  "reseal-secrets",
  "sync-campaigns",
  "track-network-usage",
] as const;
export type ScheduledJobId = (typeof scheduledJobIds)[number];

export function runRequested(job: ScheduledJobId) {
  return eventType(`jobs/run-requested.${job}`, { schema: z.object({}) });
}

export const appEvents = {
  heartbeatRequested,
  analyzerUrlSubmitted,
  leadCaptured,
  emailsQueued,
  uptimeChecksDue,
  usagePeriodDue,
  domainChecksDue,
  monthlyReportDue,
  performanceRunDue,
  dataExportRequested,
  insightRequested,
  priorityInsightRequested,
  campaignsSyncRequested,
  adAccountSyncDue,
  trafficSourceSyncDue,
};

/** An event built from the catalogue, e.g. `analyzerUrlSubmitted.create({ analysisId })`. */
export type AppEvent =
  | ReturnType<(typeof appEvents)[keyof typeof appEvents]["create"]>
  | ReturnType<ReturnType<typeof runRequested>["create"]>;
