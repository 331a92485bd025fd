import "server-only";
import { cron } from "inngest";
import { claimDueEmails } from "@/src/email/outbox/claim-due-emails";
import { deliverOutboxEmail } from "@/src/email/outbox/deliver-outbox-email";
import { emailsQueued, leadCaptured } from "../client";
import { createFunction } from "../create-function";

/** Per run; a larger backlog is drained by the following runs, one a minute at least. */
const BATCH_SIZE = 25;

/**
 * Sends what `email_outbox` holds that is due: every minute, and at once when a lead is captured (welcome
 * email) or a job queued emails. Concurrent runs claim different rows; each email is its own step, so a
 * retried run never sends one twice, and the provider's idempotency key covers a crash mid-step.
 */
export const sendQueuedEmails = createFunction(
  {
    id: "send-queued-emails",
    name: "Send queued emails",
    triggers: [cron("* * * * *"), leadCaptured, emailsQueued],
  },
  async ({ event, step }) => {
    // A run starts after its slot or event; what was queued meanwhile is due too. The later of the two
    // clocks also lets tests run the sender days ahead.
    const now = new Date(Math.max(event.ts ?? 0, Date.now()));
    const claimed = await step.run("claim-due-emails", () => claimDueEmails({ now, limit: BATCH_SIZE }));
    const results = [];
    for (const email of claimed) {
      results.push(await step.run(`deliver-${email.id}`, () => deliverOutboxEmail(email, now)));
    }
    return { claimed: claimed.length, results };
  },
);
