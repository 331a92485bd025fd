-- Hosting, CDN and database services the agency runs for a client, with their status and monthly cost.
-- A service may belong to one project or to the whole organization (project_id null); the composite foreign
-- key keeps a project's services in the project's organization.
create table public.infrastructure (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  project_id uuid,
  kind text not null check (kind in ('hosting', 'cdn', 'database')),
  provider text not null,
  plan text,
  status text not null default 'operational' check (status in ('operational', 'degraded', 'down', 'maintenance')),
  region text,
  monthly_cost numeric(12, 2) check (monthly_cost >= 0),
  currency text not null default 'BRL' check (currency ~ '^[A-Z]{3}$'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint infrastructure_project_fkey foreign key (project_id, org_id)
    references public.projects (id, org_id) on delete cascade
);

create index infrastructure_org_id_idx on public.infrastructure (org_id);
create index infrastructure_project_id_org_id_idx on public.infrastructure (project_id, org_id);

alter table public.infrastructure enable row level security;
alter table public.infrastructure force row level security;
revoke all on public.infrastructure from anon;

create policy infrastructure_select_member_or_staff on public.infrastructure
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));
create policy infrastructure_insert_staff on public.infrastructure
  for insert to authenticated
  with check ((select private.is_staff()));
create policy infrastructure_update_staff on public.infrastructure
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()));
create policy infrastructure_delete_staff on public.infrastructure
  for delete to authenticated
  using ((select private.is_staff()));

create trigger guard_write before insert or update or delete on public.infrastructure
  for each row execute function private.guard_write();
create trigger set_updated_at before update on public.infrastructure
  for each row execute function private.set_updated_at();
create trigger audit_row_change after insert or update or delete on public.infrastructure
  for each row execute function private.audit_row_change();
