"use server";

import "server-only";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { monthlyReportDue } from "@/inngest/client";
import { AppError } from "@/src/errors/app-error";
import { sendEvent } from "@/src/jobs/send-event";
import { regenerateReportSchema } from "../admin-form-schemas";
import { defineAdminAction } from "../define-admin-action";
import { reopenReport } from "../mutations/reopen-report";
import { getClient } from "../queries/get-client";

/**
 * Staff regenerate a client's monthly report: the row is reopened in their name (the audit log keeps it) and
 * generate-monthly-reports renders it again, replacing the stored PDF. The client is not emailed a second time
 * for the month unless "send again" is ticked: a corrected figure is worth a notice only when staff say so,
 * and a fix nobody asked about should not look like a new report.
 */
export const regenerateReport = defineAdminAction(
  regenerateReportSchema,
  async ({ org, period, sendAgain }, { db }) => {
    const client = await getClient(db, org);
    if (!client) throw new AppError("not_found");
    const { reportId } = await reopenReport(db, client.id, period);
    const requestId = randomUUID();
    await sendEvent(
      monthlyReportDue.create(
        { orgId: client.id, period, ...(sendAgain ? { resendId: requestId } : {}) },
        { id: `report-regenerate:${requestId}` },
      ),
    );
    revalidatePath(`/admin/clients/${client.slug}`);
    return { reportId, sendAgain: Boolean(sendAgain) };
  },
);
