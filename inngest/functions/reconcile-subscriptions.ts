import "server-only";
import { cron } from "inngest";
import { reconcileSubscriptions } from "@/src/billing/reconcile-subscriptions";
import { stripeClient } from "@/src/billing/stripe-client";
import { recordJobRun } from "@/src/jobs/record-job-run";
import { zonedDate } from "@/src/jobs/zoned-time";
import { runRequested } from "../client";
import { createFunction } from "../create-function";

const TIME_ZONE = "America/Sao_Paulo";

/**
 * Nightly (03:30 in São Paulo, after the day's renewals): compares every Stripe subscription with the database
 * and repairs drift; `job_runs` keeps what changed, one row per night.
 */
export const reconcileSubscriptionsJob = createFunction(
  {
    id: "reconcile-subscriptions",
    name: "Reconcile subscriptions",
    triggers: [cron(`TZ=${TIME_ZONE} 30 3 * * *`), runRequested("reconcile-subscriptions")],
    retries: 3,
  },
  async ({ event, step }) => {
    const startedAt = new Date();
    const runKey = zonedDate(new Date(event.ts ?? Date.now()), TIME_ZONE);
    const stripe = stripeClient();
    if (!stripe) return { runKey, skipped: "stripe not configured" };
    const report = await step.run("reconcile", () => reconcileSubscriptions(stripe));
    await step.run("record-run", () =>
      recordJobRun({
        job: "reconcile-subscriptions",
        runKey,
        status: "succeeded",
        detail: { checked: report.checked, repaired: report.repaired, ignored: report.ignored },
        startedAt,
      }),
    );
    return { runKey, checked: report.checked, repaired: report.repaired.length, ignored: report.ignored.length };
  },
);
