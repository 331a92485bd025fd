import "server-only";
import { checkDomains } from "@/src/domains/checks/check-domains";
import { domainChecksDue, emailsQueued } from "../client";
import { createFunction } from "../create-function";

/** Checks one batch of domains for the day (sent by check-domains), then wakes the email sender for the warnings. */
export const checkDomainBatch = createFunction(
  {
    id: "check-domain-batch",
    name: "Check a batch of domains",
    triggers: [domainChecksDue],
    retries: 2,
    // A few batches at once: each holds up to ten handshakes and lookups, and resolvers rate-limit.
    concurrency: [{ limit: 4 }],
  },
  async ({ event, step }) => {
    const summary = await step.run("check-domains", () =>
      checkDomains(event.data.domainIds, event.data.day, new Date(event.ts ?? Date.now())),
    );
    if (summary.emails > 0) await step.sendEvent("wake-sender", emailsQueued.create({ count: summary.emails }));
    return summary;
  },
);
