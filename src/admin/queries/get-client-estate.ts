import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

export interface ClientEstate {
  projects: Array<{ id: string; name: string; status: string; completion: number }>;
  domains: Array<{ id: string; name: string; status: string; sslStatus: string; renewsAt: string | null }>;
  incidents: Array<{ id: string; title: string; severity: string; startedAt: string; resolvedAt: string | null }>;
}

/** What the agency runs for the client: projects, domains and the incidents of the last 90 days (open first). */
export async function getClientEstate(db: RequestDb, orgId: string): Promise<ClientEstate> {
  const [row] = await db((tx) =>
    tx.execute<{
      projects: ClientEstate["projects"] | null;
      domains: ClientEstate["domains"] | null;
      incidents: ClientEstate["incidents"] | null;
    }>(sql`
      select
        (select jsonb_agg(jsonb_build_object('id', p.id, 'name', p.name, 'status', p.status,
            'completion', p.completion) order by p.created_at)
          from public.projects p where p.org_id = ${orgId}) as projects,
        (select jsonb_agg(jsonb_build_object('id', d.id, 'name', d.name, 'status', d.status,
            'sslStatus', d.ssl_status, 'renewsAt', d.renews_at) order by d.name)
          from public.domains d where d.org_id = ${orgId}) as domains,
        (select jsonb_agg(jsonb_build_object('id', i.id, 'title', i.title, 'severity', i.severity,
            'startedAt', i.started_at, 'resolvedAt', i.resolved_at)
            order by i.resolved_at is not null, i.started_at desc)
          from public.incidents i
          where i.org_id = ${orgId} and (i.resolved_at is null or i.started_at > now() - interval '90 days')) as incidents`),
  );
  return { projects: row?.projects ?? [], domains: row?.domains ?? [], incidents: row?.incidents ?? [] };
}
