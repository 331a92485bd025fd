"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { AppError } from "@/src/errors/app-error";
import { clearOverrideSchema } from "../admin-form-schemas";
import { defineAdminAction } from "../define-admin-action";
import { clearLimitOverride as removeOverride } from "../mutations/clear-limit-override";
import { getClient } from "../queries/get-client";

/** A staff admin returns a client to its plan's value for one limit; audited with the reason. */
export const clearLimitOverride = defineAdminAction(
  clearOverrideSchema,
  async ({ org, limitKey, reason }, { db }) => {
    const client = await getClient(db, org);
    if (!client) throw new AppError("not_found");
    await removeOverride(db, { orgId: client.id, limitKey, reason });
    revalidatePath(`/admin/clients/${client.slug}`);
    return { limitKey };
  },
  { staffAdmin: true },
);
