import "server-only";
import { eq, sql } from "drizzle-orm";
import { organizations } from "@/src/db/schema";
import { AppError } from "@/src/errors/app-error";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * The signed-in invitee accepts with the emailed token (`public.accept_invitation`): they join with the
 * invited role and the seat the invitation held. Returns the organization's slug, to go there. A token that
 * names no open invitation is `invitation_invalid`; one sent to another address, `invitation_for_another_email`;
 * an organization that has since lost the seat (a downgrade) refuses with its `team_members` limit.
 */
export async function acceptInvitation(db: RequestDb, token: string): Promise<{ slug: string }> {
  return db(async (tx) => {
    const [accepted] = await tx.execute<{ org_id: string | null }>(
      sql`select public.accept_invitation(${token}::text) as org_id`,
    );
    if (!accepted?.org_id) throw new AppError("invitation_invalid");
    const [organization] = await tx
      .select({ slug: organizations.slug })
      .from(organizations)
      .where(eq(organizations.id, accepted.org_id));
    if (!organization) throw new AppError("invitation_invalid");
    return organization;
  });
}
