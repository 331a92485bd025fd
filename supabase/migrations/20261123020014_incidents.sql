-- Outages and degradations of a client's sites, opened by monitoring or staff, with the agency's cause and
-- postmortem; read by the client's members. An incident without resolved_at is ongoing.
create table public.incidents (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  project_id uuid,
  title text not null check (length(btrim(title)) > 0),
  severity text not null check (severity in ('minor', 'major', 'critical')),
  started_at timestamptz not null default now(),
  resolved_at timestamptz,
  cause text,
  postmortem text,
  created_at timestamptz not null default now(),
  constraint incidents_resolved_at_check check (resolved_at is null or resolved_at >= started_at),
  constraint incidents_project_fkey foreign key (project_id, org_id)
    references public.projects (id, org_id) on delete cascade
);

create index incidents_org_id_started_at_idx on public.incidents (org_id, started_at desc);
create index incidents_project_id_org_id_idx on public.incidents (project_id, org_id);

alter table public.incidents enable row level security;
alter table public.incidents force row level security;
revoke all on public.incidents from anon;

create policy incidents_select_member_or_staff on public.incidents
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));
create policy incidents_insert_staff on public.incidents
  for insert to authenticated
  with check ((select private.is_staff()));
create policy incidents_update_staff on public.incidents
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()));
create policy incidents_delete_staff on public.incidents
  for delete to authenticated
  using ((select private.is_staff()));

create trigger guard_write before insert or update or delete on public.incidents
  for each row execute function private.guard_write();
create trigger audit_row_change after insert or update or delete on public.incidents
  for each row execute function private.audit_row_change();
