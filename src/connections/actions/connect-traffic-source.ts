"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineAdminAction } from "@/src/admin/define-admin-action";
import { getClient } from "@/src/admin/queries/get-client";
import { AppError } from "@/src/errors/app-error";
import { connectTrafficSourceSchema } from "../connection-form-schemas";
import { connectTrafficSource as connect } from "../mutations/connect-traffic-source";

/** Staff connect a client's Cloudflare zone (one source per organization) with a sealed API token. */
export const connectTrafficSource = defineAdminAction(connectTrafficSourceSchema, async ({ org, ...input }, { db }) => {
  const client = await getClient(db, org);
  if (!client) throw new AppError("not_found");
  const { id } = await connect(db, { orgId: client.id, ...input });
  revalidatePath(`/admin/clients/${client.slug}`);
  return { id };
});
