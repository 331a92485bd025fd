"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { AppError } from "@/src/errors/app-error";
import { userAccountActionSchema } from "../admin-form-schemas";
import { authAdmin } from "../auth-admin";
import { defineAdminAction } from "../define-admin-action";
import { recordUserAdminAction } from "../mutations/record-user-admin-action";
import { findUserByEmail } from "../queries/find-user-by-email";

/** A staff admin sends a user the password recovery email, recorded with the reason. */
export const sendPasswordReset = defineAdminAction(
  userAccountActionSchema,
  async ({ email, reason }, { db }) => {
    const user = await findUserByEmail(db, email);
    if (!user) throw new AppError("not_found");
    await authAdmin.sendPasswordReset(user.email);
    await recordUserAdminAction(db, {
      action: "password_reset",
      targetUserId: user.userId,
      targetEmail: user.email,
      reason,
    });
    revalidatePath("/admin/staff");
    return { email: user.email };
  },
  { staffAdmin: true },
);
