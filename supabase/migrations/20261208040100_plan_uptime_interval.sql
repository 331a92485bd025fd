-- How often each plan's uptime monitors are checked, in minutes (Free 15, Basic 5, Pro and Enterprise 1).
-- Tiers are data: the agency changes a plan's cadence here, without a deploy.
alter table public.plans
  add column uptime_interval_minutes integer not null default 15
    check (uptime_interval_minutes between 1 and 1440);

update public.plans set uptime_interval_minutes = case key
  when 'free' then 15 when 'basic' then 5 when 'pro' then 1 when 'enterprise' then 1 else 15 end;
