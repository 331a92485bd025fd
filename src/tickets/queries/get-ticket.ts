import "server-only";
import { and, eq } from "drizzle-orm";
import { cache } from "react";
import { z } from "zod";
import { profiles, projects, supportTickets } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import type { TicketPriority, TicketStatus } from "../ticket-status";

export interface TicketDetail {
  id: string;
  number: number;
  subject: string;
  priority: TicketPriority;
  status: TicketStatus;
  projectId: string | null;
  projectName: string | null;
  createdBy: string | null;
  /** The person who opened it, when the reader may see their profile (someone of the organization). */
  createdByName: string | null;
  slaHours: number | null;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * One ticket of the organization, or null for an id that is malformed, unknown or another organization's
 * (row-level security and the org filter both say so). Cached per request: the detail layout resolves it for
 * the 404 and the page reuses it.
 */
export const getTicket = cache(async (db: RequestDb, orgId: string, id: string): Promise<TicketDetail | null> => {
  if (!z.uuid().safeParse(id).success) return null;
  const [row] = await db((tx) =>
    tx
      .select({
        id: supportTickets.id,
        number: supportTickets.number,
        subject: supportTickets.subject,
        priority: supportTickets.priority,
        status: supportTickets.status,
        projectId: supportTickets.projectId,
        projectName: projects.name,
        createdBy: supportTickets.createdBy,
        createdByName: profiles.fullName,
        slaHours: supportTickets.slaHours,
        firstResponseAt: supportTickets.firstResponseAt,
        resolvedAt: supportTickets.resolvedAt,
        createdAt: supportTickets.createdAt,
        updatedAt: supportTickets.updatedAt,
      })
      .from(supportTickets)
      .leftJoin(projects, and(eq(projects.id, supportTickets.projectId), eq(projects.orgId, supportTickets.orgId)))
      .leftJoin(profiles, eq(profiles.id, supportTickets.createdBy))
      .where(and(eq(supportTickets.id, id), eq(supportTickets.orgId, orgId)))
      .limit(1),
  );
  return row ?? null;
});
