-- Uptime probes of a client's URLs, written by the monitoring job and read by the client's members.
-- status_code is null when no response arrived (timeout, DNS or TLS failure).
create table public.uptime_checks (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  project_id uuid,
  url text not null check (url ~* '^https?://'),
  checked_at timestamptz not null default now(),
  status_code integer check (status_code between 100 and 599),
  response_ms integer check (response_ms >= 0),
  ok boolean not null,
  constraint uptime_checks_project_fkey foreign key (project_id, org_id)
    references public.projects (id, org_id) on delete cascade
);

-- The dashboard's uptime reads: an organization's latest checks first.
create index uptime_checks_org_id_checked_at_idx on public.uptime_checks (org_id, checked_at desc);
create index uptime_checks_project_id_org_id_idx on public.uptime_checks (project_id, org_id);

alter table public.uptime_checks enable row level security;
alter table public.uptime_checks force row level security;
revoke all on public.uptime_checks from anon;

create policy uptime_checks_select_member_or_staff on public.uptime_checks
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));
create policy uptime_checks_insert_staff on public.uptime_checks
  for insert to authenticated
  with check ((select private.is_staff()));
create policy uptime_checks_update_staff on public.uptime_checks
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()));
create policy uptime_checks_delete_staff on public.uptime_checks
  for delete to authenticated
  using ((select private.is_staff()));

create trigger guard_write before insert or update or delete on public.uptime_checks
  for each row execute function private.guard_write();
create trigger audit_row_change after insert or update or delete on public.uptime_checks
  for each row execute function private.audit_row_change();
