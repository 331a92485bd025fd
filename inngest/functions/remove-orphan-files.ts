import "server-only";
import { cron } from "inngest";
import { listOrphanObjects } from "@/src/files/list-orphan-objects";
import { removeStorageObjects } from "@/src/files/remove-storage-objects";
import { recordJobRun } from "@/src/jobs/record-job-run";
import { runRequested } from "../client";
import { createFunction } from "../create-function";

/** An upload is recorded seconds after it lands; an hour leaves room for slow clients and retries. */
const GRACE_MINUTES = 60;
const PER_RUN = 1000;

/**
 * Hourly: removes client-file objects that nothing references (no file row, no ticket message), so uploads
 * nobody kept stop holding the organization's storage quota. Idempotent: a retried run finds fewer orphans,
 * and its job_runs row is keyed by the slot.
 */
export const removeOrphanFiles = createFunction(
  {
    id: "remove-orphan-files",
    name: "Remove orphan files",
    triggers: [cron("15 * * * *"), runRequested("remove-orphan-files")],
    retries: 3,
  },
  async ({ event, step }) => {
    const startedAt = new Date();
    const orphans = await step.run("list-orphans", () =>
      listOrphanObjects({ graceMinutes: GRACE_MINUTES, limit: PER_RUN }),
    );
    const removed = await step.run("remove-orphans", () =>
      removeStorageObjects(
        "client-files",
        orphans.map((orphan) => orphan.name),
      ),
    );
    const removedNames = new Set(removed);
    const bytes = orphans.filter((o) => removedNames.has(o.name)).reduce((sum, o) => sum + o.sizeBytes, 0);
    await step.run("record-run", () =>
      recordJobRun({
        job: "remove-orphan-files",
        runKey: new Date(event.ts ?? Date.now()).toISOString().slice(0, 13),
        status: "succeeded",
        detail: { found: orphans.length, removed: removed.length, bytes },
        startedAt,
      }),
    );
    return { found: orphans.length, removed: removed.length, bytes };
  },
);
