"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { AppError } from "@/src/errors/app-error";
import { assignTicketsSchema } from "../admin-form-schemas";
import { defineAdminAction } from "../define-admin-action";
import { assignTickets as assign } from "../mutations/assign-tickets";

/** Assigns the checked tickets of the queue (or one ticket from its page) to a staff member or to nobody. */
export const assignTickets = defineAdminAction(assignTicketsSchema, async ({ ticketIds, assigneeId }, { db }) => {
  const count = await assign(db, ticketIds, assigneeId === "none" ? null : assigneeId);
  if (count === 0) throw new AppError("not_found");
  revalidatePath("/admin/tickets", "layout");
  return { count };
});
