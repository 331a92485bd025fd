-- Daily results of a campaign, in the campaign's currency. The ratios are derived in the database so every
-- screen and report computes them alike; each is null when its denominator is zero. The composite foreign
-- key keeps a day's row in its campaign's organization.
create table public.campaign_metrics (
  id uuid primary key default gen_random_uuid(),
  campaign_id uuid not null,
  org_id uuid not null references public.organizations (id) on delete cascade,
  day date not null,
  impressions bigint not null default 0 check (impressions >= 0),
  clicks bigint not null default 0 check (clicks >= 0),
  -- Fractional: the ad platforms attribute conversions partially.
  conversions numeric(12, 2) not null default 0 check (conversions >= 0),
  cost numeric(12, 2) not null default 0 check (cost >= 0),
  revenue numeric(12, 2) not null default 0 check (revenue >= 0),
  ctr numeric generated always as (clicks / nullif(impressions, 0)::numeric) stored,
  cpc numeric generated always as (cost / nullif(clicks, 0)) stored,
  cpa numeric generated always as (cost / nullif(conversions, 0)) stored,
  roas numeric generated always as (revenue / nullif(cost, 0)) stored,
  constraint campaign_metrics_campaign_fkey foreign key (campaign_id, org_id)
    references public.campaigns (id, org_id) on delete cascade
);

create unique index campaign_metrics_campaign_id_day_idx on public.campaign_metrics (campaign_id, day);
create index campaign_metrics_campaign_id_org_id_idx on public.campaign_metrics (campaign_id, org_id);
-- The dashboard's totals over a date range for the whole organization.
create index campaign_metrics_org_id_day_idx on public.campaign_metrics (org_id, day);

alter table public.campaign_metrics enable row level security;
alter table public.campaign_metrics force row level security;
revoke all on public.campaign_metrics from anon;

create policy campaign_metrics_select_member_or_staff on public.campaign_metrics
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));
create policy campaign_metrics_insert_staff on public.campaign_metrics
  for insert to authenticated
  with check ((select private.is_staff()));
create policy campaign_metrics_update_staff on public.campaign_metrics
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()));
create policy campaign_metrics_delete_staff on public.campaign_metrics
  for delete to authenticated
  using ((select private.is_staff()));

create trigger guard_write before insert or update or delete on public.campaign_metrics
  for each row execute function private.guard_write();
create trigger audit_row_change after insert or update or delete on public.campaign_metrics
  for each row execute function private.audit_row_change();
