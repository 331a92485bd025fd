"use server";

import "server-only";
import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { AppError } from "@/src/errors/app-error";
import { staff } from "@/src/db/schema";
import { changeStaffRoleSchema } from "../admin-form-schemas";
import { defineAdminAction } from "../define-admin-action";

/** A staff admin changes a colleague's role (the database refuses one's own, and leaving the agency without an admin). */
export const changeStaffRole = defineAdminAction(
  changeStaffRoleSchema,
  async ({ userId, role }, { db }) => {
    const updated = await db((tx) =>
      tx.update(staff).set({ role }).where(eq(staff.userId, userId)).returning({ userId: staff.userId }),
    );
    if (updated.length === 0) throw new AppError("not_found");
    revalidatePath("/admin/staff");
    return { userId, role };
  },
  { staffAdmin: true },
);
