"use server";

import "server-only";
import { campaignsSyncRequested } from "@/inngest/client";
import { defineAdminAction } from "@/src/admin/define-admin-action";
import { getClient } from "@/src/admin/queries/get-client";
import { AppError } from "@/src/errors/app-error";
import { sendEvent } from "@/src/jobs/send-event";
import { syncCampaignsNowSchema } from "../connection-form-schemas";

/** Staff sync one client's ad accounts now (sync-campaigns for that organization), beside the daily run. */
export const syncCampaignsNow = defineAdminAction(syncCampaignsNowSchema, async ({ org }, { db }) => {
  const client = await getClient(db, org);
  if (!client) throw new AppError("not_found");
  const { ids } = await sendEvent(campaignsSyncRequested.create({ orgId: client.id }));
  return { eventId: ids[0] ?? null };
});
