import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

export interface Milestone {
  id: string;
  title: string;
  dueDate: string | null;
  completedAt: Date | null;
}

export interface Delivery {
  id: string;
  title: string;
  deliveredAt: Date;
  url: string | null;
  notes: string | null;
}

export interface ProjectTimeline {
  /** In the agency's order (position), then by due date. */
  milestones: Milestone[];
  /** Latest first. */
  deliveries: Delivery[];
}

type Row = {
  milestones: Array<Omit<Milestone, "completedAt"> & { completedAt: string | null }>;
  deliveries: Array<Omit<Delivery, "deliveredAt"> & { deliveredAt: string }>;
};

/** A project's milestones and deliveries in one statement. */
export async function getProjectTimeline(db: RequestDb, orgId: string, projectId: string): Promise<ProjectTimeline> {
  const [row] = await db((tx) =>
    tx.execute<Row>(sql`
      select
        coalesce((select jsonb_agg(jsonb_build_object('id', m.id, 'title', m.title, 'dueDate', m.due_date,
            'completedAt', m.completed_at) order by m.position, m.due_date nulls last, m.created_at)
          from public.milestones m where m.org_id = ${orgId} and m.project_id = ${projectId}), '[]'::jsonb) as milestones,
        coalesce((select jsonb_agg(jsonb_build_object('id', d.id, 'title', d.title, 'deliveredAt', d.delivered_at,
            'url', d.url, 'notes', d.notes) order by d.delivered_at desc)
          from public.deliveries d where d.org_id = ${orgId} and d.project_id = ${projectId}), '[]'::jsonb) as deliveries`),
  );
  return {
    milestones: (row?.milestones ?? []).map((m) => ({
      ...m,
      completedAt: m.completedAt === null ? null : new Date(m.completedAt),
    })),
    deliveries: (row?.deliveries ?? []).map((d) => ({ ...d, deliveredAt: new Date(d.deliveredAt) })),
  };
}
