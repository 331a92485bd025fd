import "server-only";
import { cron } from "inngest";
import { listDomainsToCheck } from "@/src/domains/checks/list-domains-to-check";
import { recordJobRun } from "@/src/jobs/record-job-run";
import { zonedDate } from "@/src/jobs/zoned-time";
import { domainChecksDue, runRequested } from "../client";
import { createFunction } from "../create-function";

const TIME_ZONE = "America/Sao_Paulo";
const BATCH_SIZE = 25;

/**
 * Daily, before the agency's day starts: fans the domains out in batches to check-domain-batch (DNS drift,
 * nameservers, the certificate from a TLS handshake, expiry warnings). The day in São Paulo keys the events,
 * the check rows and the job_runs row, so a repeated day checks nothing twice.
 */
export const checkDomainsFunction = createFunction(
  {
    id: "check-domains",
    name: "Check domains",
    triggers: [cron(`TZ=${TIME_ZONE} 0 5 * * *`), runRequested("check-domains")],
    retries: 2,
  },
  async ({ event, step }) => {
    const startedAt = new Date();
    const day = zonedDate(new Date(event.ts ?? Date.now()), TIME_ZONE);
    const domains = await step.run("list-domains", () => listDomainsToCheck());
    const batches: string[][] = [];
    for (let i = 0; i < domains.length; i += BATCH_SIZE)
      batches.push(domains.slice(i, i + BATCH_SIZE).map((d) => d.id));
    if (batches.length > 0) {
      await step.sendEvent(
        "fan-out-checks",
        batches.map((domainIds) =>
          domainChecksDue.create({ day, domainIds }, { id: `domains:${day}:${domainIds[0]}` }),
        ),
      );
    }
    const detail = { day, domains: domains.length, batches: batches.length };
    await step.run("record-run", () =>
      recordJobRun({ job: "check-domains", runKey: day, status: "succeeded", detail, startedAt }),
    );
    return detail;
  },
);
