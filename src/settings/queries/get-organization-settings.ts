import "server-only";
import { eq } from "drizzle-orm";
import { organizations } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

export interface OrganizationSettings {
  billingEmail: string | null;
}

/** What the settings page shows beyond the workspace's own organization fields. */
export async function getOrganizationSettings(db: RequestDb, orgId: string): Promise<OrganizationSettings> {
  const [row] = await db((tx) =>
    tx.select({ billingEmail: organizations.billingEmail }).from(organizations).where(eq(organizations.id, orgId)),
  );
  return { billingEmail: row?.billingEmail ?? null };
}
