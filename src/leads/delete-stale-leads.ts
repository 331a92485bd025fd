import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";

/** How long a lead without marketing consent is kept (see the privacy page). */
export const unconsentedLeadMonths = 12;

/**
 * Deletes leads that never gave marketing consent and are older than 12 months, in batches. Leads with consent
 * stay, including those who withdrew it later: their consent and unsubscribe times are the proof the law
 * asks to keep. Their analyses stay without them (`url_analyses.lead_id` is set null). Repeating deletes
 * nothing more.
 */
export async function deleteStaleLeads(now: Date, batch = 1000): Promise<{ deleted: number }> {
  let deleted = 0;
  for (;;) {
    const rows = await serviceDb().execute(sql`
      delete from public.leads where id in (
        select id from public.leads
        where consent_at is null
          and created_at < ${now.toISOString()}::timestamptz - make_interval(months => ${unconsentedLeadMonths})
        limit ${batch})
      returning id`);
    deleted += rows.length;
    if (rows.length < batch) return { deleted };
  }
}
