-- One row per job execution. Jobs write through the service client; staff read them in the admin.
create table public.job_runs (
  id uuid primary key default gen_random_uuid(),
  job text not null,
  status text not null check (status in ('running', 'succeeded', 'failed')),
  run_key text,
  detail jsonb not null default '{}'::jsonb,
  started_at timestamptz not null default now(),
  finished_at timestamptz
);

create index job_runs_job_started_at_idx on public.job_runs (job, started_at);
-- A run key makes a job idempotent: the same scheduled slot never records twice.
create unique index job_runs_job_run_key_idx on public.job_runs (job, run_key) where run_key is not null;

alter table public.job_runs enable row level security;
alter table public.job_runs force row level security;

create policy job_runs_select_staff on public.job_runs
  for select to authenticated
  using ((select private.is_staff()));

revoke insert, update, delete on public.job_runs from anon, authenticated;
