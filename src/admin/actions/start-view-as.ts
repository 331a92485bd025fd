"use server";

import "server-only";
import { redirect } from "next/navigation";
import { AppError } from "@/src/errors/app-error";
import { startViewAsSchema } from "../admin-form-schemas";
import { defineAdminAction } from "../define-admin-action";
import { startViewAs as recordSession } from "../mutations/start-view-as";
import { getClient } from "../queries/get-client";

/** "View as" a member of a client: records the session, then opens the client's dashboard as that member. */
export const startViewAs = defineAdminAction(startViewAsSchema, async (input, { db, isStaffAdmin }) => {
  if (input.writable && !isStaffAdmin) throw new AppError("forbidden");
  const client = await getClient(db, input.org);
  if (!client) throw new AppError("not_found");
  await recordSession(db, {
    orgId: client.id,
    targetUserId: input.targetUserId,
    reason: input.reason,
    minutes: input.minutes,
    writeReason: input.writable ? input.writeReason : undefined,
  });
  redirect(`/app/${client.slug}`);
});
