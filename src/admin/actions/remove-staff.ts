"use server";

import "server-only";
import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { AppError } from "@/src/errors/app-error";
import { staff } from "@/src/db/schema";
import { removeStaffSchema } from "../admin-form-schemas";
import { defineAdminAction } from "../define-admin-action";

/** A staff admin removes a colleague from the staff (the account stays; only the agency access goes). */
export const removeStaff = defineAdminAction(
  removeStaffSchema,
  async ({ userId }, { db }) => {
    const removed = await db((tx) =>
      tx.delete(staff).where(eq(staff.userId, userId)).returning({ userId: staff.userId }),
    );
    if (removed.length === 0) throw new AppError("not_found");
    revalidatePath("/admin/staff");
    return { userId };
  },
  { staffAdmin: true },
);
