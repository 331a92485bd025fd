import "server-only";
import { serviceSupabase } from "@/src/db/service-client";
import { authActionError } from "@/src/auth/map-auth-error";
import { appUrl } from "@/src/email/app-url";

/**
 * The staff page's calls to the Supabase Auth admin API — the one place a request handler uses the service
 * client, because only the service role may invite, ban or lift a ban (Auth has no row-level security). Each
 * caller checks first that the request is a staff admin's, and records the action with its reason.
 */
export const authAdmin = {
  /** Emails an invitation; the new account lands in the agency area once it has a password. */
  async invite(email: string): Promise<{ userId: string }> {
    const { data, error } = await serviceSupabase().auth.admin.inviteUserByEmail(email, {
      redirectTo: appUrl("/admin"),
    });
    if (error) throw authActionError(error);
    return { userId: data.user.id };
  },
  /** Emails the user a recovery link (Auth's own template), as "forgot password" does. */
  async sendPasswordReset(email: string): Promise<void> {
    const { error } = await serviceSupabase().auth.resetPasswordForEmail(email, {
      redirectTo: appUrl("/reset-password"),
    });
    if (error) throw authActionError(error);
  },
  /** Bans for a century (Auth's way of "until lifted"), or lifts the ban. */
  async setBanned(userId: string, banned: boolean): Promise<void> {
    const { error } = await serviceSupabase().auth.admin.updateUserById(userId, {
      ban_duration: banned ? "876000h" : "none",
    });
    if (error) throw authActionError(error);
  },
};
