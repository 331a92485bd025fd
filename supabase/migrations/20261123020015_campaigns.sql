-- Ad campaigns the agency runs for a client on Google Ads or Meta Ads, mirrored from the platforms by the
-- sync job (external_id is the platform's id) and read by the client's members. Their metrics are in the
-- campaign's currency.
create table public.campaigns (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  platform text not null check (platform in ('google_ads', 'meta_ads')),
  external_id text,
  name text not null check (length(btrim(name)) > 0),
  status text not null default 'active' check (status in ('active', 'paused', 'ended')),
  objective text,
  daily_budget numeric(12, 2) check (daily_budget >= 0),
  currency text not null default 'BRL' check (currency ~ '^[A-Z]{3}$'),
  started_on date,
  ended_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint campaigns_dates_check check (ended_on is null or started_on is null or ended_on >= started_on)
);

-- The sync job upserts by the platform's id; a campaign not yet on a platform has none.
create unique index campaigns_org_id_platform_external_id_idx on public.campaigns (org_id, platform, external_id);
-- Target of campaign_metrics' (campaign_id, org_id) foreign key.
create unique index campaigns_id_org_id_idx on public.campaigns (id, org_id);

alter table public.campaigns enable row level security;
alter table public.campaigns force row level security;
revoke all on public.campaigns from anon;

create policy campaigns_select_member_or_staff on public.campaigns
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));
create policy campaigns_insert_staff on public.campaigns
  for insert to authenticated
  with check ((select private.is_staff()));
create policy campaigns_update_staff on public.campaigns
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()));
create policy campaigns_delete_staff on public.campaigns
  for delete to authenticated
  using ((select private.is_staff()));

create trigger guard_write before insert or update or delete on public.campaigns
  for each row execute function private.guard_write();
create trigger set_updated_at before update on public.campaigns
  for each row execute function private.set_updated_at();
create trigger audit_row_change after insert or update or delete on public.campaigns
  for each row execute function private.audit_row_change();
