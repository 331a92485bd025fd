import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";
import { projectStatuses, type ProjectStatus } from "../project-status";

export interface ProjectSummary {
  id: string;
  name: string;
  status: ProjectStatus;
  /** 0–100. */
  completion: number;
  startDate: string | null;
  dueDate: string | null;
  budget: number | null;
  currency: string;
}

export interface ProjectList {
  projects: ProjectSummary[];
  /** Every project of the organization per status, whatever the filter, for the filter's counts. */
  counts: Record<ProjectStatus, number>;
  total: number;
}

type Row = {
  projects: Array<Omit<ProjectSummary, "budget"> & { budget: string | null }>;
  counts: Partial<Record<ProjectStatus, number>>;
};

/**
 * The organization's projects (those in `status` when given), work in progress first and the nearest due date
 * first within it, with the count per status, in one statement.
 */
export async function getProjects(
  db: RequestDb,
  orgId: string,
  { status }: { status?: ProjectStatus } = {},
): Promise<ProjectList> {
  const [row] = await db((tx) =>
    tx.execute<Row>(sql`
      select
        coalesce((select jsonb_agg(jsonb_build_object('id', p.id, 'name', p.name, 'status', p.status,
            'completion', p.completion, 'startDate', p.start_date, 'dueDate', p.due_date,
            'budget', p.budget::text, 'currency', p.currency)
            order by p.status in ('launched', 'maintenance'), p.due_date nulls last, p.created_at desc)
          from public.projects p
          where p.org_id = ${orgId} and (${status ?? null}::text is null or p.status = ${status ?? null}::text)),
          '[]'::jsonb) as projects,
        coalesce((select jsonb_object_agg(s.status, s.n) from (
            select status, count(*)::int as n from public.projects where org_id = ${orgId} group by status) s),
          '{}'::jsonb) as counts`),
  );
  const counts = Object.fromEntries(projectStatuses.map((key) => [key, row?.counts[key] ?? 0])) as Record<
    ProjectStatus,
    number
  >;
  return {
    projects: (row?.projects ?? []).map((p) => ({ ...p, budget: p.budget === null ? null : Number(p.budget) })),
    counts,
    total: Object.values(counts).reduce((sum, n) => sum + n, 0),
  };
}
