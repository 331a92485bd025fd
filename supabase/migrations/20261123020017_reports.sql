-- Monthly PDF reports, one per organization and month, produced by the report job (which writes the PDF to
-- the client-files bucket under the organization's folder) and read by the client's members.
create table public.reports (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  period date not null constraint reports_period_check check (period = date_trunc('month', period)::date),
  status text not null default 'pending' check (status in ('pending', 'generating', 'ready', 'failed')),
  object_name text constraint reports_object_name_check check (object_name like org_id::text || '/%'),
  generated_at timestamptz,
  summary jsonb not null default '{}'::jsonb check (jsonb_typeof(summary) = 'object'),
  created_at timestamptz not null default now(),
  constraint reports_ready_check check (status <> 'ready' or (object_name is not null and generated_at is not null))
);

create unique index reports_org_id_period_idx on public.reports (org_id, period);

alter table public.reports enable row level security;
alter table public.reports force row level security;
revoke all on public.reports from anon;

create policy reports_select_member_or_staff on public.reports
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));
create policy reports_insert_staff on public.reports
  for insert to authenticated
  with check ((select private.is_staff()));
create policy reports_update_staff on public.reports
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()));
create policy reports_delete_staff on public.reports
  for delete to authenticated
  using ((select private.is_staff()));

create trigger guard_write before insert or update or delete on public.reports
  for each row execute function private.guard_write();
create trigger audit_row_change after insert or update or delete on public.reports
  for each row execute function private.audit_row_change();
