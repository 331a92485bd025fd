"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineAdminAction } from "@/src/admin/define-admin-action";
import { getClient } from "@/src/admin/queries/get-client";
import { AppError } from "@/src/errors/app-error";
import { removeConnectionSchema } from "../connection-form-schemas";
import { removeConnection } from "../mutations/remove-connection";

/** Staff remove a traffic source; the traffic already recorded stays. */
export const removeTrafficSource = defineAdminAction(removeConnectionSchema, async ({ org, id }, { db }) => {
  const client = await getClient(db, org);
  if (!client) throw new AppError("not_found");
  if (!(await removeConnection(db, "traffic-source", { orgId: client.id, id }))) throw new AppError("not_found");
  revalidatePath(`/admin/clients/${client.slug}`);
  return { id };
});
