"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineAdminAction } from "@/src/admin/define-admin-action";
import { getClient } from "@/src/admin/queries/get-client";
import { AppError } from "@/src/errors/app-error";
import { connectAdAccountSchema } from "../connection-form-schemas";
import { connectAdAccount as connect } from "../mutations/connect-ad-account";

/** Staff connect a client's ad account with its token, which is sealed before it reaches the database. */
export const connectAdAccount = defineAdminAction(connectAdAccountSchema, async ({ org, ...input }, { db }) => {
  const client = await getClient(db, org);
  if (!client) throw new AppError("not_found");
  const { id } = await connect(db, { orgId: client.id, ...input });
  revalidatePath(`/admin/clients/${client.slug}`);
  return { id };
});
