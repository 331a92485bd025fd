-- Runs of the local scheduler (jobs without an Inngest server): every run that has not ended and each of its
-- finished steps, so a process that stopped or crashed leaves them for the next one to resume, as Inngest
-- does, without running a finished step again. Written by the server through the service client; staff read.
create table public.scheduler_runs (
  id uuid primary key,
  function_id text not null,
  event jsonb not null,
  status text not null default 'pending' check (status in ('pending', 'succeeded', 'failed')),
  -- Step key → { ok: true, data } or { ok: false, error } (a serialized error), as Inngest memoizes them.
  steps jsonb not null default '{}'::jsonb,
  -- The process executing the run ({ host, pid, startTime }) and its last sign of life.
  owner jsonb not null,
  heartbeat_at timestamptz not null default now(),
  error text,
  created_at timestamptz not null default now(),
  finished_at timestamptz
);

-- What a starting process looks for: runs not ended.
create index scheduler_runs_pending_idx on public.scheduler_runs (heartbeat_at) where status = 'pending';

alter table public.scheduler_runs enable row level security;
alter table public.scheduler_runs force row level security;

create policy scheduler_runs_select_staff on public.scheduler_runs
  for select to authenticated
  using ((select private.is_staff()));

revoke all on public.scheduler_runs from anon, authenticated;
grant select on public.scheduler_runs to authenticated;
