-- Tiers are data, not code: the price list and its limits live here, so the agency changes an offer without a
-- deploy. Prices are monthly; a null price means "on request" (enterprise).
create table public.plans (
  key text primary key check (key ~ '^[a-z][a-z0-9_]*$'),
  name text not null check (char_length(btrim(name)) > 0),
  price numeric check (price >= 0),
  currency text not null default 'BRL' check (currency ~ '^[A-Z]{3}$'),
  -- null: no first-response commitment (free tier).
  sla_first_response_hours integer check (sla_first_response_hours > 0),
  performance_check_interval text not null check (performance_check_interval in ('weekly', 'daily', 'hourly')),
  features jsonb not null default '{}'::jsonb check (jsonb_typeof(features) = 'object'),
  -- Only public plans appear on the pricing page; retired or bespoke plans stay for the organizations on them.
  is_public boolean not null default true,
  sort_order smallint not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- One row per (plan, limit). A null value means unlimited; a missing row is a configuration error that
-- `private.enforce_limit` reports instead of guessing.
create table public.plan_limits (
  plan_key text not null references public.plans (key) on delete cascade,
  limit_key text not null check (limit_key ~ '^[a-z][a-z0-9_]*$'),
  value bigint check (value >= 0),
  primary key (plan_key, limit_key)
);

create trigger set_updated_at before update on public.plans
  for each row execute function private.set_updated_at();

insert into public.plans
  (key, name, price, sla_first_response_hours, performance_check_interval, features, sort_order)
values
  ('free', 'Free', 0, null, 'weekly',
    '{"campaign_platforms": [], "ai_insights": "none", "white_label": false, "custom_performance_checks": false}', 1),
  ('basic', 'Basic', 297, 24, 'daily',
    '{"campaign_platforms": ["google_ads"], "ai_insights": "none", "white_label": false, "custom_performance_checks": false}', 2),
  ('pro', 'Pro', 897, 4, 'hourly',
    '{"campaign_platforms": ["google_ads", "meta_ads"], "ai_insights": "standard", "white_label": false, "custom_performance_checks": false}', 3),
  -- "All" campaign platforms: every platform Arco integrates, Google and Meta today.
  ('enterprise', 'Enterprise', null, 1, 'hourly',
    '{"campaign_platforms": ["google_ads", "meta_ads"], "ai_insights": "priority", "white_label": true, "custom_performance_checks": true}', 4);

-- The tier table of the agency's price list; storage in binary gigabytes (5, 25 and 100 GiB).
insert into public.plan_limits (plan_key, limit_key, value)
values
  ('free', 'projects', 1), ('basic', 'projects', 3), ('pro', 'projects', 10), ('enterprise', 'projects', null),
  ('free', 'domains', 1), ('basic', 'domains', 3), ('pro', 'domains', 10), ('enterprise', 'domains', null),
  ('free', 'team_members', 1), ('basic', 'team_members', 3), ('pro', 'team_members', 10),
  ('enterprise', 'team_members', null),
  ('free', 'tickets_per_month', 15), ('basic', 'tickets_per_month', 30), ('pro', 'tickets_per_month', 60),
  ('enterprise', 'tickets_per_month', null),
  ('free', 'storage_bytes', 5368709120), ('basic', 'storage_bytes', 26843545600),
  ('pro', 'storage_bytes', 107374182400), ('enterprise', 'storage_bytes', null);

alter table public.plans enable row level security;
alter table public.plans force row level security;
alter table public.plan_limits enable row level security;
alter table public.plan_limits force row level security;

-- The pricing page is public: anyone may read the public offer, nothing else.
create policy plans_select_public on public.plans
  for select to anon, authenticated
  using (is_public);

create policy plans_select_staff on public.plans
  for select to authenticated
  using ((select private.is_staff()));

-- Prices and limits are commercial decisions: staff admins only.
create policy plans_write_staff_admin on public.plans
  for all to authenticated
  using ((select private.staff_role()) = 'admin')
  with check ((select private.staff_role()) = 'admin');

-- A plan's limits are exactly as visible as the plan (the subquery runs under the plans policies).
create policy plan_limits_select_visible_plan on public.plan_limits
  for select to anon, authenticated
  using (plan_key in (select p.key from public.plans p));

create policy plan_limits_write_staff_admin on public.plan_limits
  for all to authenticated
  using ((select private.staff_role()) = 'admin')
  with check ((select private.staff_role()) = 'admin');
