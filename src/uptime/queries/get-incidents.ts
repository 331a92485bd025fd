import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

export type Severity = "minor" | "major" | "critical";

export interface Incident {
  id: string;
  title: string;
  severity: Severity;
  projectName: string | null;
  startedAt: Date;
  resolvedAt: Date | null;
  /** resolved_at − started_at; null while ongoing. */
  durationMs: number | null;
  cause: string | null;
  postmortem: string | null;
}

export interface Incidents {
  /** Incidents not resolved yet, the latest first. */
  ongoing: Incident[];
  /** Resolved incidents, the latest first, at most `limit`. */
  history: Incident[];
  /** All resolved incidents, to say when the history is cut. */
  historyTotal: number;
}

type JsonIncident = Omit<Incident, "startedAt" | "resolvedAt"> & { startedAt: string; resolvedAt: string | null };

/** The organization's incidents: those still going on, then the latest resolved ones with their duration. */
export async function getIncidents(db: RequestDb, orgId: string, limit = 50): Promise<Incidents> {
  const [row] = await db((tx) =>
    tx.execute<{ ongoing: JsonIncident[]; history: JsonIncident[]; history_total: number }>(sql`
      with incident as (
        select i.id, i.title, i.severity, p.name as "projectName", i.started_at as "startedAt",
          i.resolved_at as "resolvedAt",
          round(extract(epoch from i.resolved_at - i.started_at) * 1000) as "durationMs", i.cause, i.postmortem
        from public.incidents i
        left join public.projects p on p.id = i.project_id and p.org_id = i.org_id
        where i.org_id = ${orgId}
      )
      select
        coalesce((select jsonb_agg(to_jsonb(x) order by x."startedAt" desc) from incident x
          where x."resolvedAt" is null), '[]'::jsonb) as ongoing,
        coalesce((select jsonb_agg(to_jsonb(x) order by x."startedAt" desc) from (
          select * from incident where "resolvedAt" is not null order by "startedAt" desc limit ${limit}) x),
          '[]'::jsonb) as history,
        (select count(*)::int from incident where "resolvedAt" is not null) as history_total`),
  );
  const parse = (i: JsonIncident): Incident => ({
    ...i,
    startedAt: new Date(i.startedAt),
    resolvedAt: i.resolvedAt === null ? null : new Date(i.resolvedAt),
  });
  return {
    ongoing: (row?.ongoing ?? []).map(parse),
    history: (row?.history ?? []).map(parse),
    historyTotal: row?.history_total ?? 0,
  };
}
