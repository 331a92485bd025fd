-- How many "Measure now" runs an organization's owners and admins may ask for in 24 hours, beside the plan's
-- scheduled cadence. Each run is a Lighthouse run, a Chromium kept busy on a core for ~10 s that every client
-- shares, so the allowance follows what the plan pays for: Free 1 (one check after a deploy), Basic 5 (a
-- working day of deploys), Pro 24 (one an hour, as its schedule), Enterprise 100 (a team deploying often, still
-- bounded so one client cannot hold the queue). Tiers are data: the agency changes it here, without a deploy.
alter table public.plans
  add column performance_runs_per_day integer not null default 1
    check (performance_runs_per_day between 0 and 1000);

update public.plans set performance_runs_per_day = case key
  when 'free' then 1 when 'basic' then 5 when 'pro' then 24 when 'enterprise' then 100 else 1 end;
