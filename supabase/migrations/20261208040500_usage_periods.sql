-- The closed months of each organization's usage, written by close-usage-period on the 1st (in the
-- organization's time zone) and read by the admin and the monthly reports: what was used against which limit.
-- One row per organization and month, so closing a month twice writes nothing more.
create table public.usage_periods (
  org_id uuid not null references public.organizations (id) on delete cascade,
  period text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  tier text not null,
  tickets bigint not null check (tickets >= 0),
  bytes_stored bigint not null check (bytes_stored >= 0),
  uptime_checks bigint not null check (uptime_checks >= 0),
  performance_checks bigint not null check (performance_checks >= 0),
  -- The effective limits when the month closed (null: unlimited), keyed like plan_limits.
  limits jsonb not null default '{}'::jsonb check (jsonb_typeof(limits) = 'object'),
  closed_at timestamptz not null default now(),
  primary key (org_id, period)
);

alter table public.usage_periods enable row level security;
alter table public.usage_periods force row level security;
revoke all on public.usage_periods from anon, authenticated;
grant select on public.usage_periods to authenticated;

create policy usage_periods_select_member_or_staff on public.usage_periods
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));
