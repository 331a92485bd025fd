import "server-only";
import { NonRetriableError } from "inngest";
import { configuredCrmExporter } from "@/src/crm/configured-crm-exporter";
import { CrmExportError } from "@/src/crm/crm-exporter";
import { loadCrmLead } from "@/src/crm/load-crm-lead";
import { recordJobRun } from "@/src/jobs/record-job-run";
import { leadCaptured } from "../client";
import { createFunction } from "../create-function";

/**
 * Hands every captured lead to the CRM (HubSpot when HUBSPOT_ACCESS_TOKEN is set). Without a CRM the run
 * says so, in the log and in `job_runs` (`outcome: "skipped"`), instead of passing for an export.
 */
export const exportLeadToCrm = createFunction(
  { id: "export-lead-to-crm", name: "Export lead to CRM", triggers: [leadCaptured], retries: 5 },
  async ({ event, step, logger }) => {
    const startedAt = new Date();
    const record = (status: "succeeded" | "failed", detail: Record<string, unknown>) =>
      step.run("record-run", () =>
        recordJobRun({ job: "export-lead-to-crm", runKey: event.id, status, detail, startedAt }),
      );
    let outcome;
    try {
      outcome = await step.run("export-lead", async () => {
        const exporter = configuredCrmExporter();
        if (!exporter) return { outcome: "skipped" as const, reason: "no CRM configured (HUBSPOT_ACCESS_TOKEN unset)" };
        const lead = await loadCrmLead(event.data.leadId);
        if (!lead) return { outcome: "skipped" as const, reason: "lead no longer exists" };
        try {
          const result = await exporter.exportLead(lead);
          return { outcome: "exported" as const, crm: exporter.name, ...result };
        } catch (error) {
          if (error instanceof CrmExportError && !error.retryable) throw new NonRetriableError(error.message);
          throw error;
        }
      });
    } catch (error) {
      await record("failed", {
        leadId: event.data.leadId,
        error: error instanceof Error ? error.message : String(error),
      });
      throw error;
    }
    if (outcome.outcome === "skipped")
      logger.warn(`CRM export skipped for lead ${event.data.leadId}: ${outcome.reason}`);
    await record("succeeded", { leadId: event.data.leadId, ...outcome });
    return outcome;
  },
);
