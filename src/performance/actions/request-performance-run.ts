"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { performanceRunDue } from "@/inngest/client";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { sendEvent } from "@/src/jobs/send-event";
import { requestPerformanceRun as insertRun } from "../mutations/request-performance-run";

/**
 * "Measure now": owners and admins ask for a Lighthouse run of a domain; measure-domain-performance takes it
 * from the shared Lighthouse queue. The event id is the run's, so a repeated send measures it once.
 */
export const requestPerformanceRun = defineWorkspaceAction(
  z.object({ domainId: z.uuid() }),
  async ({ domainId }, { db, organization }) => {
    const run = await insertRun(db, organization.id, domainId);
    await sendEvent(performanceRunDue.create({ ...run, orgId: organization.id }, { id: `performance:${run.runId}` }));
    revalidatePath(`/app/${organization.slug}/performance`);
    return run;
  },
  { manage: true },
);
