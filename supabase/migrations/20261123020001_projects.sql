-- Client projects. The agency runs them: staff write through RLS and the client's members read them. Clients
-- ask for changes through support tickets instead of editing what the agency reports on (status, completion,
-- budget), so no client role writes here.
create table public.projects (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  name text not null check (length(btrim(name)) > 0),
  status text not null default 'discovery'
    check (status in ('discovery', 'design', 'development', 'review', 'launched', 'maintenance')),
  completion integer not null default 0 check (completion between 0 and 100),
  budget numeric(12, 2) check (budget >= 0),
  currency text not null default 'BRL' check (currency ~ '^[A-Z]{3}$'),
  start_date date,
  due_date date,
  -- Referencing staff (not auth.users) is what guarantees the manager is someone at the agency.
  manager_id uuid references public.staff (user_id) on delete set null,
  description text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint projects_dates_check check (due_date is null or start_date is null or due_date >= start_date)
);

create index projects_org_id_idx on public.projects (org_id);
create index projects_manager_id_idx on public.projects (manager_id);
-- Target of the (project_id, org_id) foreign keys that keep child rows in their project's organization.
create unique index projects_id_org_id_idx on public.projects (id, org_id);

alter table public.projects enable row level security;
alter table public.projects force row level security;
revoke all on public.projects from anon;

create policy projects_select_member_or_staff on public.projects
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));
create policy projects_insert_staff on public.projects
  for insert to authenticated
  with check ((select private.is_staff()));
create policy projects_update_staff on public.projects
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()));
create policy projects_delete_staff on public.projects
  for delete to authenticated
  using ((select private.is_staff()));

create trigger guard_write before insert or update or delete on public.projects
  for each row execute function private.guard_write();
create trigger set_updated_at before update on public.projects
  for each row execute function private.set_updated_at();
create trigger audit_row_change after insert or update or delete on public.projects
  for each row execute function private.audit_row_change();
-- After the insert, so row-level security has refused what the caller may not write and the new row counts.
create trigger limit_projects after insert on public.projects
  for each row execute function private.enforce_limit_trigger('projects');
