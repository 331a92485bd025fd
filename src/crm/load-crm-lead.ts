import "server-only";
import { eq } from "drizzle-orm";
import { leads } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";
import type { CrmLead } from "./crm-exporter";

/** The lead as the CRM gets it; null when it no longer exists (erased on request, say). */
export async function loadCrmLead(leadId: string): Promise<CrmLead | null> {
  const [lead] = await serviceDb()
    .select({
      email: leads.email,
      locale: leads.locale,
      source: leads.source,
      firstUrl: leads.firstUrl,
      utm: leads.utm,
      consentAt: leads.consentAt,
      consentTextVersion: leads.consentTextVersion,
      capturedAt: leads.createdAt,
    })
    .from(leads)
    .where(eq(leads.id, leadId));
  return lead ?? null;
}
