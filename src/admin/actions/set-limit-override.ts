"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { AppError } from "@/src/errors/app-error";
import { setOverrideSchema } from "../admin-form-schemas";
import { defineAdminAction } from "../define-admin-action";
import { setLimitOverride as saveOverride } from "../mutations/set-limit-override";
import { getClient } from "../queries/get-client";

/** A staff admin negotiates a limit for one client (blank value: unlimited); audited with the reason. */
export const setLimitOverride = defineAdminAction(
  setOverrideSchema,
  async ({ org, limitKey, value, reason }, { db }) => {
    const client = await getClient(db, org);
    if (!client) throw new AppError("not_found");
    await saveOverride(db, { orgId: client.id, limitKey, value: value ?? null, reason });
    revalidatePath(`/admin/clients/${client.slug}`);
    return { limitKey };
  },
  { staffAdmin: true },
);
