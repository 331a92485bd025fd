"use server";

import "server-only";
import { z } from "zod";
import { sendEvent } from "@/src/jobs/send-event";
import { defineAdminAction } from "../define-admin-action";
import { runnableJobIds, runnableJobs } from "../runnable-jobs";

/** A staff admin runs a scheduled function now, by sending the event that triggers it. */
export const runJobNow = defineAdminAction(
  z.object({ job: z.enum(runnableJobIds) }),
  async ({ job }) => {
    const { ids } = await sendEvent(runnableJobs[job]!());
    return { job, eventId: ids[0] ?? null };
  },
  { staffAdmin: true },
);
