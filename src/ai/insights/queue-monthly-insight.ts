import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";

/**
 * The month's insight of an organization whose plan includes insights, queued after its monthly report:
 * one row per organization and month (a unique index), so a repeated run finds the same row. Returns the row
 * while it still needs writing, null when the plan has no insights or it is already written.
 */
export async function queueMonthlyInsight(
  orgId: string,
  period: string,
): Promise<{ insightId: string; lane: "standard" | "priority" } | null> {
  const db = serviceDb();
  await db.execute(sql`
    insert into public.ai_insights (org_id, period, kind, locale)
    select o.id, ${period}, 'monthly', o.locale from public.organizations o
    where o.id = ${orgId} and private.plan_features(o.id) ->> 'ai_insights' in ('standard', 'priority')
    on conflict (org_id, period) where kind = 'monthly' do nothing`);
  const [row] = await db.execute<{ id: string; lane: "standard" | "priority" }>(sql`
    select id, lane from public.ai_insights
    where org_id = ${orgId} and period = ${period} and kind = 'monthly' and status in ('queued', 'running')`);
  return row ? { insightId: row.id, lane: row.lane } : null;
}
