"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { dataExportRequested } from "@/inngest/client";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { sendEvent } from "@/src/jobs/send-event";
import { requestDataExport } from "../mutations/request-data-export";

/** An owner asks for everything the organization holds; the export job builds it and emails the link. */
export const requestOrganizationExport = defineWorkspaceAction(z.object({}), async (_input, { db, organization }) => {
  const exportId = await requestDataExport(db, { scope: "organization", orgId: organization.id });
  await sendEvent(dataExportRequested.create({ exportId }));
  revalidatePath(`/app/${organization.slug}/settings/privacy`);
  return { exportId };
});
