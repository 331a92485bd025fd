"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { sql } from "drizzle-orm";
import { inviteStaffSchema } from "../admin-form-schemas";
import { authAdmin } from "../auth-admin";
import { defineAdminAction } from "../define-admin-action";
import { recordUserAdminAction } from "../mutations/record-user-admin-action";

/**
 * A staff admin invites someone to the agency's staff: Auth emails the invitation (admin API), then — as the
 * staff admin, under row-level security — the staff row and the action with its reason are written together.
 * The invitation goes first because the staff row needs the new account's id; if the database then refuses,
 * the account exists without staff access and nothing else changed.
 */
export const inviteStaff = defineAdminAction(
  inviteStaffSchema,
  async ({ email, role, reason }, { db }) => {
    const { userId } = await authAdmin.invite(email);
    await db(async (tx) => {
      // Only user_id and role are a staff admin's to send (created_at is the database's).
      await tx.execute(sql`insert into public.staff (user_id, role) values (${userId}, ${role})`);
      await recordUserAdminAction((fn) => fn(tx), {
        action: "invite_staff",
        targetUserId: userId,
        targetEmail: email,
        reason,
      });
    });
    revalidatePath("/admin/staff");
    return { email };
  },
  { staffAdmin: true },
);
