import "server-only";
import { cron } from "inngest";
import { recordJobRun } from "@/src/jobs/record-job-run";
import { findTicketsNearSla } from "@/src/tickets/sla/find-tickets-near-sla";
import { notifyTicketSla } from "@/src/tickets/sla/notify-ticket-sla";
import { emailsQueued, runRequested } from "../client";
import { createFunction } from "../create-function";

/**
 * Every 5 minutes: tickets whose first response is due within the hour are announced to their assignee (or
 * every staff member when unassigned), overdue ones are marked breached and announced. Each ticket is its own
 * step and each notice is keyed, so a retried or repeated slot warns nobody twice.
 */
export const checkTicketSla = createFunction(
  {
    id: "check-ticket-sla",
    name: "Check ticket SLA",
    triggers: [cron("*/5 * * * *"), runRequested("check-ticket-sla")],
    retries: 3,
  },
  async ({ event, step }) => {
    const startedAt = new Date();
    const now = new Date(event.ts ?? Date.now());
    const tickets = await step.run("find-tickets-near-sla", () => findTicketsNearSla(now));
    let due = 0;
    let breached = 0;
    let emails = 0;
    for (const ticket of tickets) {
      const result = await step.run(`notify-${ticket.id}`, () => notifyTicketSla(ticket, now));
      if (result?.notice === "due") due += 1;
      if (result?.notice === "breached") breached += 1;
      emails += result?.emails ?? 0;
    }
    if (emails > 0) await step.sendEvent("wake-sender", emailsQueued.create({ count: emails }));
    const detail = { tickets: tickets.length, due, breached, emails };
    await step.run("record-run", () =>
      recordJobRun({
        job: "check-ticket-sla",
        runKey: new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString(),
        status: "succeeded",
        detail,
        startedAt,
      }),
    );
    return detail;
  },
);
