-- Usage that limits are checked against and dashboards show. Monthly metrics are keyed by period ('2026-11',
-- the calendar month in the organization's time zone), so a new month simply starts a new row and there is no
-- reset job that could run twice. Running totals (storage bytes) use the period 'total'. Only the database
-- writes here, through private.enforce_limit and private.release_storage.
create table public.usage_counters (
  org_id uuid not null references public.organizations (id) on delete cascade,
  metric text not null check (metric ~ '^[a-z][a-z0-9_]*$'),
  period text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' or period = 'total'),
  value bigint not null default 0 check (value >= 0),
  updated_at timestamptz not null default now(),
  primary key (org_id, metric, period)
);

alter table public.usage_counters enable row level security;
alter table public.usage_counters force row level security;

create policy usage_counters_select_member_or_staff on public.usage_counters
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));

revoke insert, update, delete, truncate on public.usage_counters from anon, authenticated;
