-- Daily traffic per organization, or per project when project_id is set, filled by the analytics import and
-- read by the client's members. geo maps a country code to its request count.
create table public.network_usage (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  project_id uuid,
  day date not null,
  requests_total bigint not null default 0 check (requests_total >= 0),
  requests_2xx bigint not null default 0 check (requests_2xx >= 0),
  requests_3xx bigint not null default 0 check (requests_3xx >= 0),
  requests_4xx bigint not null default 0 check (requests_4xx >= 0),
  requests_5xx bigint not null default 0 check (requests_5xx >= 0),
  bandwidth_bytes bigint not null default 0 check (bandwidth_bytes >= 0),
  geo jsonb not null default '{}'::jsonb check (jsonb_typeof(geo) = 'object'),
  created_at timestamptz not null default now(),
  constraint network_usage_project_fkey foreign key (project_id, org_id)
    references public.projects (id, org_id) on delete cascade
);

-- One row per (organization, project, day), the organization-wide row (project_id null) included: two partial
-- unique indexes rather than NULLS NOT DISTINCT, which the Drizzle mirror cannot express.
create unique index network_usage_org_id_day_key on public.network_usage (org_id, day)
  where project_id is null;
create unique index network_usage_org_id_project_id_day_key on public.network_usage (org_id, project_id, day)
  where project_id is not null;
-- The policy column and the dashboard's date-range reads.
create index network_usage_org_id_day_idx on public.network_usage (org_id, day);
create index network_usage_project_id_org_id_idx on public.network_usage (project_id, org_id);

alter table public.network_usage enable row level security;
alter table public.network_usage force row level security;
revoke all on public.network_usage from anon;

create policy network_usage_select_member_or_staff on public.network_usage
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));
create policy network_usage_insert_staff on public.network_usage
  for insert to authenticated
  with check ((select private.is_staff()));
create policy network_usage_update_staff on public.network_usage
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()));
create policy network_usage_delete_staff on public.network_usage
  for delete to authenticated
  using ((select private.is_staff()));

create trigger guard_write before insert or update or delete on public.network_usage
  for each row execute function private.guard_write();
create trigger audit_row_change after insert or update or delete on public.network_usage
  for each row execute function private.audit_row_change();
