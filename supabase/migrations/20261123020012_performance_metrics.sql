-- Site performance history: lab (Lighthouse, the analyzer) and field (CrUX) measurements of a client's URLs,
-- written by the agency's jobs and read by the client's members. A null metric was not measured.
create table public.performance_metrics (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  project_id uuid,
  url text not null check (url ~* '^https?://'),
  measured_at timestamptz not null default now(),
  lcp_ms integer check (lcp_ms >= 0),
  inp_ms integer check (inp_ms >= 0),
  cls numeric check (cls >= 0),
  fcp_ms integer check (fcp_ms >= 0),
  ttfb_ms integer check (ttfb_ms >= 0),
  performance_score integer check (performance_score between 0 and 100),
  accessibility_score integer check (accessibility_score between 0 and 100),
  best_practices_score integer check (best_practices_score between 0 and 100),
  seo_score integer check (seo_score between 0 and 100),
  grade text check (grade in ('A', 'B', 'C', 'D', 'E', 'F')),
  source text not null check (source in ('lighthouse', 'crux', 'analyzer')),
  constraint performance_metrics_project_fkey foreign key (project_id, org_id)
    references public.projects (id, org_id) on delete cascade
);

-- The dashboard's history reads: an organization's latest measurements first.
create index performance_metrics_org_id_measured_at_idx on public.performance_metrics (org_id, measured_at desc);
create index performance_metrics_project_id_org_id_idx on public.performance_metrics (project_id, org_id);

alter table public.performance_metrics enable row level security;
alter table public.performance_metrics force row level security;
revoke all on public.performance_metrics from anon;

create policy performance_metrics_select_member_or_staff on public.performance_metrics
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));
create policy performance_metrics_insert_staff on public.performance_metrics
  for insert to authenticated
  with check ((select private.is_staff()));
create policy performance_metrics_update_staff on public.performance_metrics
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()));
create policy performance_metrics_delete_staff on public.performance_metrics
  for delete to authenticated
  using ((select private.is_staff()));

create trigger guard_write before insert or update or delete on public.performance_metrics
  for each row execute function private.guard_write();
create trigger audit_row_change after insert or update or delete on public.performance_metrics
  for each row execute function private.audit_row_change();
