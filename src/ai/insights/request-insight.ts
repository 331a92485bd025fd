import "server-only";
import { sql } from "drizzle-orm";
import { insightEvent } from "@/inngest/client";
import { sendEvent } from "@/src/jobs/send-event";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * Queues an on-demand insight as the request's user, in the organization's language. The database decides
 * whether the plan includes insights (`tier_limit_exceeded:ai_insights`) and whether today's allowance is
 * left (`rate_limited:ai_insights`), race-safe; then the lane's job is woken.
 */
export async function requestInsight(
  db: RequestDb,
  organization: { id: string; locale: "pt-BR" | "en" },
): Promise<{ id: string }> {
  const [row] = await db((tx) =>
    tx.execute<{ id: string; lane: "standard" | "priority" }>(sql`
      insert into public.ai_insights (org_id, locale, requested_by)
      values (${organization.id}, ${organization.locale}, (select auth.uid()))
      returning id, lane`),
  );
  if (!row) throw new Error("insert into ai_insights returned no row");
  await sendEvent(insightEvent(row.lane, row.id));
  return { id: row.id };
}
