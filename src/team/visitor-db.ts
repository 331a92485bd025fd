import "server-only";
import type { VerifiedUser } from "@/src/auth/get-verified-user";
import { withAnon } from "@/src/db/with-user";
import { getRequestIdentity, type RequestDb } from "@/src/workspace/request-db";

/**
 * The database as the invitation page's visitor: the signed-in user (or their "view as" target), or an
 * anonymous visitor, who reaches invitations only through `team.invitation_preview`.
 */
export async function visitorDb(user: VerifiedUser | null): Promise<RequestDb> {
  if (!user) return withAnon;
  return (await getRequestIdentity(user)).db;
}
