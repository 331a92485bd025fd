-- Where a client's traffic figures come from: a Cloudflare zone or a Vercel project, read hourly by the
-- track-network-usage job into network_usage. A source feeds one scope (the organization, or one of its
-- projects), and a scope has one source: a site behind Cloudflare and hosted on Vercel would otherwise count
-- its requests twice. The API token is sealed like an ad account's credential (see ad_accounts): no API role
-- reads it. Staff manage sources; a client's owners and admins see them.
create table public.traffic_sources (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  project_id uuid,
  provider text not null check (provider in ('cloudflare', 'vercel')),
  -- Cloudflare: the zone id (32 hex digits); Vercel: the project id or name.
  external_id text not null check (
    (provider = 'cloudflare' and external_id ~ '^[0-9a-f]{32}$')
    or (provider = 'vercel' and external_id ~ '^[A-Za-z0-9_.-]{1,100}$')
  ),
  -- Vercel only: the team that owns the project (its id), when it is not the token owner's own.
  team_id text check (team_id is null or (provider = 'vercel' and team_id ~ '^[A-Za-z0-9_-]{1,100}$')),
  display_name text not null check (char_length(btrim(display_name)) between 1 and 120),
  credential_sealed text not null check (char_length(credential_sealed) between 16 and 8192),
  credential_key_id text not null check (credential_key_id ~ '^[A-Za-z0-9_-]{1,32}$'),
  credential_hint text not null check (char_length(credential_hint) between 1 and 4),
  status text not null default 'pending' check (status in ('pending', 'active', 'error')),
  last_synced_at timestamptz,
  last_error text check (last_error is null or char_length(last_error) <= 500),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint traffic_sources_project_fkey foreign key (project_id, org_id)
    references public.projects (id, org_id) on delete cascade
);

create unique index traffic_sources_org_id_provider_external_id_idx
  on public.traffic_sources (org_id, provider, external_id);
-- One source per scope, as network_usage keys its rows (two partial indexes, as there).
create unique index traffic_sources_org_id_key on public.traffic_sources (org_id) where project_id is null;
create unique index traffic_sources_org_id_project_id_key on public.traffic_sources (org_id, project_id)
  where project_id is not null;
create index traffic_sources_project_id_org_id_idx on public.traffic_sources (project_id, org_id);

alter table public.traffic_sources enable row level security;
alter table public.traffic_sources force row level security;
revoke all on public.traffic_sources from anon, authenticated;
grant select (id, org_id, project_id, provider, external_id, team_id, display_name, credential_hint, status,
  last_synced_at, last_error, created_at, updated_at) on public.traffic_sources to authenticated;
grant insert (id, org_id, project_id, provider, external_id, team_id, display_name, credential_sealed,
  credential_key_id, credential_hint) on public.traffic_sources to authenticated;
grant update (display_name, credential_sealed, credential_key_id, credential_hint, status, last_error)
  on public.traffic_sources to authenticated;
grant delete on public.traffic_sources to authenticated;

create policy traffic_sources_select_admin_or_staff on public.traffic_sources
  for select to authenticated
  using (org_id = any ((select private.admin_org_ids())::uuid[]) or (select private.is_staff()));
create policy traffic_sources_insert_staff on public.traffic_sources
  for insert to authenticated
  with check ((select private.is_staff()));
create policy traffic_sources_update_staff on public.traffic_sources
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()));
create policy traffic_sources_delete_staff on public.traffic_sources
  for delete to authenticated
  using ((select private.is_staff()));

create trigger guard_write before insert or update or delete on public.traffic_sources
  for each row execute function private.guard_write();
create trigger set_updated_at before update on public.traffic_sources
  for each row execute function private.set_updated_at();
create trigger audit_row_change after insert or update or delete on public.traffic_sources
  for each row execute function private.audit_row_change();
