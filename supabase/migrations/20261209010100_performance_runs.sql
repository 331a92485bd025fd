-- One Lighthouse run of a domain's home page: scheduled (one per domain and schedule slot, at the plan's
-- cadence) or asked for by an owner or admin ("Measure now"). The run row is what makes the job idempotent
-- (one per domain and slot, and one metric row per run) and what the performance page shows while a run is
-- queued or running.
-- Target of the (domain_id, org_id) foreign key, so a run stays in its domain's organization.
create unique index domains_id_org_id_idx on public.domains (id, org_id);

create table public.performance_runs (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  domain_id uuid not null,
  slot timestamptz not null default now(),
  trigger text not null check (trigger in ('schedule', 'manual')),
  requested_by uuid references auth.users (id) on delete set null,
  status text not null default 'queued' check (status in ('queued', 'running', 'succeeded', 'failed')),
  -- A stable code (the analyzer's: dns_failure, url_not_allowed, timeout, http_status:500, …).
  failure_reason text check (failure_reason is null or char_length(failure_reason) <= 100),
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz,
  constraint performance_runs_domain_fkey foreign key (domain_id, org_id)
    references public.domains (id, org_id) on delete cascade,
  constraint performance_runs_failure_check check ((status = 'failed') = (failure_reason is not null))
);

-- One run per domain and slot: a repeated schedule slot opens nothing more.
create unique index performance_runs_domain_id_slot_idx on public.performance_runs (domain_id, slot);
-- One manual run waiting or running per domain: asking again while it runs is refused, not queued twice.
create unique index performance_runs_pending_manual_idx on public.performance_runs (domain_id)
  where trigger = 'manual' and status in ('queued', 'running');
-- The page's reads and the daily allowance count: an organization's latest runs.
create index performance_runs_org_id_created_at_idx on public.performance_runs (org_id, created_at desc);
create index performance_runs_requested_by_idx on public.performance_runs (requested_by);
create index performance_runs_domain_id_org_id_idx on public.performance_runs (domain_id, org_id);

alter table public.performance_runs enable row level security;
alter table public.performance_runs force row level security;
revoke all on public.performance_runs from anon, authenticated;
grant select, insert (org_id, domain_id, trigger) on public.performance_runs to authenticated;

create policy performance_runs_select_member_or_staff on public.performance_runs
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));
-- Owners and admins ask for a run of their own organization's domain; everything else about a run (its slot,
-- status, result) is the job's, written with the service role.
create policy performance_runs_insert_admin on public.performance_runs
  for insert to authenticated
  with check (org_id = any ((select private.admin_org_ids())::uuid[]) and trigger = 'manual');

-- Race-safe like private.enforce_limit: the organization's row is locked first, so two requests at once count
-- one after the other. Stamps who asked (never taken from the client), then holds the organization to its
-- plan's runs per 24 hours; the refusal reads like a tier limit ("1 of 1"), so the page offers the upgrade.
create function private.enforce_performance_run_limit() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  allowance integer;
  used bigint;
begin
  if new.trigger <> 'manual' then
    return new;
  end if;
  new.requested_by := auth.uid();
  new.slot := now();
  new.status := 'queued';
  select p.performance_runs_per_day into allowance
  from public.organizations o join public.plans p on p.key = o.tier
  where o.id = new.org_id
  for no key update of o;
  select count(*) into used from public.performance_runs r
  where r.org_id = new.org_id and r.trigger = 'manual' and r.created_at > now() - interval '24 hours';
  -- A run already under way says so first: waiting for it is the answer, not the upgrade.
  if exists (select 1 from public.performance_runs r where r.domain_id = new.domain_id and r.trigger = 'manual'
      and r.status in ('queued', 'running')) then
    raise exception 'performance_run_pending' using errcode = 'unique_violation';
  end if;
  if used >= coalesce(allowance, 0) then
    raise exception 'tier_limit_exceeded:performance_runs_per_day'
      using errcode = 'check_violation', detail = format('usage %s + 1 > limit %s', used, coalesce(allowance, 0));
  end if;
  return new;
end
$$;
revoke execute on function private.enforce_performance_run_limit() from public;

create trigger guard_write before insert or update or delete on public.performance_runs
  for each row execute function private.guard_write();
create trigger enforce_performance_run_limit before insert on public.performance_runs
  for each row execute function private.enforce_performance_run_limit();
-- Who asked for a run is audited; the job's own rows and status changes are not (hourly per domain, they
-- would bury the log).
create trigger audit_row_change after insert on public.performance_runs
  for each row when (new.trigger = 'manual') execute function private.audit_row_change();

-- The metric a run wrote: one per run, so a repeated run writes nothing more.
alter table public.performance_metrics
  add column run_id uuid references public.performance_runs (id) on delete set null;
create unique index performance_metrics_run_id_idx on public.performance_metrics (run_id);
