import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";
import type { LeadSearch } from "../lead-search";

export const LEADS_PAGE_SIZE = 50;

export interface LeadRow {
  id: string;
  email: string;
  name: string | null;
  company: string | null;
  source: string;
  url: string | null;
  /** The latest finished analysis' Lighthouse scores (0–100, null where Lighthouse gave none), if any. */
  scores: Record<"performance" | "accessibility" | "bestPractices" | "seo", number | null> | null;
  consentAt: Date | null;
  consentTextVersion: string | null;
  status: string;
  nurtureStep: number;
  utm: Record<string, string>;
  convertedOrgName: string | null;
  convertedOrgSlug: string | null;
  createdAt: Date;
}

type Row = {
  id: string;
  email: string;
  name: string | null;
  company: string | null;
  source: string;
  first_url: string | null;
  scores: LeadRow["scores"];
  consent_at: string | null;
  consent_text_version: string | null;
  status: string;
  nurture_step: number;
  utm: Record<string, string>;
  org_name: string | null;
  org_slug: string | null;
  created_at: string;
  total: number;
};

/**
 * The funnel's leads, newest first, as staff read them. `limit: null` returns every match (the CSV export).
 * Scores come from the lead's latest finished analysis.
 */
export async function getLeads(
  db: RequestDb,
  search: Partial<LeadSearch>,
  limit: number | null = LEADS_PAGE_SIZE,
): Promise<{ leads: LeadRow[]; total: number; page: number; pages: number }> {
  const page = search.page ?? 1;
  const pattern = search.q ? `%${search.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = await db((tx) =>
    tx.execute<Row>(sql`
      select l.id, l.email::text as email, l.name, l.company, l.source, l.first_url, a.scores, l.consent_at,
        l.consent_text_version, l.status, l.nurture_step, l.utm, o.name as org_name, o.slug as org_slug,
        l.created_at, count(*) over ()::int as total
      from public.leads l
      left join public.organizations o on o.id = l.converted_org_id
      left join lateral (
        select u.result -> 'scores' as scores
        from public.url_analyses u
        where u.lead_id = l.id and u.status = 'done'
        order by u.created_at desc limit 1
      ) a on true
      where (${pattern}::text is null or l.email::text ilike ${pattern} or l.company ilike ${pattern}
          or l.first_url ilike ${pattern})
        and (${search.status ?? null}::text is null or l.status = ${search.status ?? null})
        and (${search.consent ?? null}::text is null
          or (${search.consent ?? null} = 'yes') = (l.consent_at is not null))
      order by l.created_at desc, l.id
      limit ${limit ?? 1_000_000} offset ${limit === null ? 0 : (page - 1) * limit}`),
  );
  const total = rows[0]?.total ?? 0;
  return {
    leads: rows.map((row) => ({
      id: row.id,
      email: row.email,
      name: row.name,
      company: row.company,
      source: row.source,
      url: row.first_url,
      scores: row.scores,
      consentAt: row.consent_at ? new Date(row.consent_at) : null,
      consentTextVersion: row.consent_text_version,
      status: row.status,
      nurtureStep: row.nurture_step,
      utm: row.utm,
      convertedOrgName: row.org_name,
      convertedOrgSlug: row.org_slug,
      createdAt: new Date(row.created_at),
    })),
    total,
    page,
    pages: limit === null ? 1 : Math.max(1, Math.ceil(total / limit)),
  };
}
