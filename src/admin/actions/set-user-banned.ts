"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { AppError } from "@/src/errors/app-error";
import { userAccountActionSchema } from "../admin-form-schemas";
import { authAdmin } from "../auth-admin";
import { defineAdminAction } from "../define-admin-action";
import { recordUserAdminAction } from "../mutations/record-user-admin-action";
import { findUserByEmail } from "../queries/find-user-by-email";

/**
 * Bans a client user (Auth refuses their sign-ins and token refreshes) or lifts the ban, recorded with the reason.
 * Staff accounts are managed on the staff list instead, so an admin cannot lock a colleague (or themself) out here.
 */
function banAction(banned: boolean) {
  return defineAdminAction(
    userAccountActionSchema,
    async ({ email, reason }, { db }) => {
      const user = await findUserByEmail(db, email);
      if (!user) throw new AppError("not_found");
      if (user.isStaff) throw new AppError("forbidden");
      await authAdmin.setBanned(user.userId, banned);
      await recordUserAdminAction(db, {
        action: banned ? "ban" : "unban",
        targetUserId: user.userId,
        targetEmail: user.email,
        reason,
      });
      revalidatePath("/admin/staff");
      return { email: user.email, banned };
    },
    { staffAdmin: true },
  );
}

export const banUser = banAction(true);
export const unbanUser = banAction(false);
