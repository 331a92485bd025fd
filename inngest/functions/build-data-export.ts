import "server-only";
import { NonRetriableError } from "inngest";
import { buildDataExport, DataExportRefused } from "@/src/privacy/exports/build-data-export";
import { claimDataExport } from "@/src/privacy/exports/claim-data-export";
import { finishDataExport } from "@/src/privacy/exports/finish-data-export";
import { markDataExportFailed } from "@/src/privacy/exports/mark-data-export-failed";
import { dataExportRequested, emailsQueued } from "../client";
import { createFunction } from "../create-function";

/**
 * A requested data export: claimed, built into one zip in the private bucket, marked ready for 7 days with one
 * email linking to it. Resumable: the zip's name is the export's own, so a build retried after a crash replaces
 * it instead of adding a second; the email is keyed by the export; a run for an export already ready, failed
 * or expired does nothing.
 */
export const buildDataExportFunction = createFunction(
  {
    id: "build-data-export",
    name: "Build a data export",
    triggers: [dataExportRequested],
    retries: 3,
    // Zipping is disk and CPU work: two at once, never two for one export.
    concurrency: [{ limit: 2 }, { limit: 1, key: "event.data.exportId" }],
    onFailure: async ({ event, step }) => {
      const { exportId } = dataExportRequested.schema.parse(event.data.event.data);
      await step.run("mark-export-failed", () => markDataExportFailed(exportId));
    },
  },
  async ({ event, step }) => {
    const { exportId } = event.data;
    const claimed = await step.run("claim-export", () => claimDataExport(exportId));
    if (!claimed) return { exportId, built: false, emails: 0 };
    const stored = await step.run("build-zip", async () => {
      try {
        return await buildDataExport(claimed, new Date());
      } catch (error) {
        if (error instanceof DataExportRefused) throw new NonRetriableError(error.message, { cause: error });
        throw error;
      }
    });
    const { emails } = await step.run("finish-export", () => finishDataExport(exportId, stored));
    if (emails > 0) await step.sendEvent("wake-sender", emailsQueued.create({ count: emails }));
    return { exportId, built: true, bytes: stored.bytes, rows: stored.rows, files: stored.files, emails };
  },
);
