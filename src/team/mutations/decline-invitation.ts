import "server-only";
import { sql } from "drizzle-orm";
import { AppError } from "@/src/errors/app-error";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * The signed-in invitee turns the invitation down (`team.decline_invitation`): it is deleted and its seat freed.
 * A token that names no open invitation is `invitation_invalid`; one sent to another address,
 * `invitation_for_another_email`.
 */
export async function declineInvitation(db: RequestDb, token: string): Promise<void> {
  const [row] = await db((tx) =>
    tx.execute<{ declined: boolean }>(sql`select team.decline_invitation(${token}::text) as declined`),
  );
  if (!row?.declined) throw new AppError("invitation_invalid");
}
