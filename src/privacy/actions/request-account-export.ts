"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { dataExportRequested } from "@/inngest/client";
import { defineAction } from "@/src/actions/define-action";
import { requireUser } from "@/src/auth/get-verified-user";
import { sendEvent } from "@/src/jobs/send-event";
import { getRequestIdentity } from "@/src/workspace/request-db";
import { requestDataExport } from "../mutations/request-data-export";

/** The signed-in person asks for all their personal data; the export job builds it and emails the link. */
export const requestAccountExport = defineAction(z.object({}), async () => {
  const user = await requireUser("/account/privacy");
  const { db } = await getRequestIdentity(user);
  const exportId = await requestDataExport(db, { scope: "account" });
  await sendEvent(dataExportRequested.create({ exportId }));
  revalidatePath("/account/privacy");
  return { exportId };
});
