import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

export interface UpcomingWork {
  milestones: Array<{ id: string; title: string; dueDate: string | null; projectId: string; projectName: string }>;
  deliveries: Array<{
    id: string;
    title: string;
    deliveredAt: Date;
    url: string | null;
    projectId: string;
    projectName: string;
  }>;
}

/** The next open milestones (earliest due first) and the latest deliveries, across the organization's projects. */
export async function getUpcomingWork(db: RequestDb, orgId: string, limit = 5): Promise<UpcomingWork> {
  const [row] = await db((tx) =>
    tx.execute<{
      milestones: UpcomingWork["milestones"];
      deliveries: Array<Omit<UpcomingWork["deliveries"][number], "deliveredAt"> & { deliveredAt: string }>;
    }>(sql`
      select
        coalesce((select jsonb_agg(m order by m."dueDate" nulls last) from (
          select ms.id, ms.title, ms.due_date as "dueDate", p.id as "projectId", p.name as "projectName"
          from public.milestones ms join public.projects p on p.id = ms.project_id
          where ms.org_id = ${orgId} and ms.completed_at is null
          order by ms.due_date nulls last limit ${limit}) m), '[]'::jsonb) as milestones,
        coalesce((select jsonb_agg(d order by d."deliveredAt" desc) from (
          select dl.id, dl.title, dl.delivered_at as "deliveredAt", dl.url, p.id as "projectId", p.name as "projectName"
          from public.deliveries dl join public.projects p on p.id = dl.project_id
          where dl.org_id = ${orgId}
          order by dl.delivered_at desc limit ${limit}) d), '[]'::jsonb) as deliveries`),
  );
  return {
    milestones: row?.milestones ?? [],
    deliveries: (row?.deliveries ?? []).map((d) => ({ ...d, deliveredAt: new Date(d.deliveredAt) })),
  };
}
