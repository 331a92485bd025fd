"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { changeTicketStatusSchema } from "../admin-form-schemas";
import { defineAdminAction } from "../define-admin-action";
import { changeTicketStatus as change } from "../mutations/change-ticket-status";

export const changeTicketStatus = defineAdminAction(changeTicketStatusSchema, async ({ ticketId, status }, { db }) => {
  await change(db, ticketId, status);
  revalidatePath("/admin/tickets", "layout");
  return { status };
});
