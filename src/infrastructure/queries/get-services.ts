import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

export type ServiceKind = "hosting" | "cdn" | "database";
export type ServiceStatus = "operational" | "degraded" | "down" | "maintenance";

export interface Service {
  id: string;
  kind: ServiceKind;
  provider: string;
  plan: string | null;
  status: ServiceStatus;
  region: string | null;
  monthlyCost: number | null;
  currency: string;
}

export interface ServiceGroup {
  /** null: a service shared by the whole organization (a CDN in front of every site, say). */
  projectId: string | null;
  projectName: string | null;
  services: Service[];
}

export interface Services {
  /** Projects by name, the organization-wide services last. */
  groups: ServiceGroup[];
  /** The monthly cost per currency (services are billed in BRL, but the column allows others). */
  totals: Array<{ currency: string; amount: number }>;
  /** Services not operating normally (degraded or down; maintenance is planned). */
  needsAttention: number;
}

type Row = {
  groups: Array<
    Omit<ServiceGroup, "services"> & { services: Array<Omit<Service, "monthlyCost"> & { monthlyCost: string | null }> }
  >;
  totals: Array<{ currency: string; amount: string }>;
  needs_attention: number;
};

/** The hosting, CDN and database services of an organization, grouped per project, with the monthly total. */
export async function getServices(db: RequestDb, orgId: string): Promise<Services> {
  const [row] = await db((tx) =>
    tx.execute<Row>(sql`
      with services as (
        select i.*, p.name as project_name
        from public.infrastructure i
        left join public.projects p on p.id = i.project_id and p.org_id = i.org_id
        where i.org_id = ${orgId}
      )
      select
        coalesce((select jsonb_agg(g order by g."projectName" nulls last) from (
          select project_id as "projectId", project_name as "projectName",
            jsonb_agg(jsonb_build_object('id', id, 'kind', kind, 'provider', provider, 'plan', plan,
                'status', status, 'region', region, 'monthlyCost', monthly_cost::text, 'currency', currency)
              order by array_position(array['hosting', 'cdn', 'database'], kind), provider) as services
          from services
          group by project_id, project_name) g), '[]'::jsonb) as groups,
        coalesce((select jsonb_agg(jsonb_build_object('currency', currency, 'amount', amount::text) order by currency)
          from (select currency, sum(monthly_cost) as amount from services
            where monthly_cost is not null group by currency) t), '[]'::jsonb) as totals,
        (select count(*)::int from services where status in ('degraded', 'down')) as needs_attention`),
  );
  return {
    groups: (row?.groups ?? []).map((group) => ({
      ...group,
      services: group.services.map((s) => ({
        ...s,
        monthlyCost: s.monthlyCost === null ? null : Number(s.monthlyCost),
      })),
    })),
    totals: (row?.totals ?? []).map((t) => ({ currency: t.currency, amount: Number(t.amount) })),
    needsAttention: row?.needs_attention ?? 0,
  };
}
