import "server-only";
import { and, eq } from "drizzle-orm";
import { authUsers } from "drizzle-orm/supabase";
import { memberships, staff } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";
import { appUrl } from "@/src/email/app-url";

/** The ticket's page in the client dashboard, for the client's emails. */
export function ticketUrl(orgSlug: string, ticketId: string): string {
  return appUrl(`/app/${orgSlug}/tickets/${ticketId}`);
}

/** The ticket in the agency's queue, for staff emails. */
export function queueTicketUrl(ticketId: string): string {
  return appUrl(`/admin/tickets/${ticketId}`);
}

/** A subject on one line, whatever the client typed into it. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The current address of a ticket's creator, or null when they are no longer an accepted member of the
 * organization (or their account is gone): a client who left does not hear about the organization's tickets.
 */
export async function creatorAddress(orgId: string, createdBy: string | null): Promise<string | null> {
  if (!createdBy) return null;
  const [row] = await serviceDb()
    .select({ email: authUsers.email })
    .from(memberships)
    .innerJoin(authUsers, eq(authUsers.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, createdBy), eq(memberships.status, "accepted")));
  return row?.email ?? null;
}

/** The current address of a staff member, or null when they are staff no more. */
export async function staffAddress(userId: string): Promise<string | null> {
  const [row] = await serviceDb()
    .select({ email: authUsers.email })
    .from(staff)
    .innerJoin(authUsers, eq(authUsers.id, staff.userId))
    .where(eq(staff.userId, userId));
  return row?.email ?? null;
}
