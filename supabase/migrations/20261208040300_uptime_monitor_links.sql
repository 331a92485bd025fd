-- Ties the uptime job's checks and incidents to the monitor that produced them. A check is keyed by its
-- monitor and schedule slot, so a slot run twice writes one row; a monitor has at most one open incident,
-- so two runs racing on the same failure open it once.
alter table public.uptime_checks
  add column monitor_id uuid references public.monitors (id) on delete set null,
  add column error text check (error is null or char_length(error) <= 500);
create unique index uptime_checks_monitor_id_checked_at_idx on public.uptime_checks (monitor_id, checked_at);

alter table public.incidents
  add column monitor_id uuid references public.monitors (id) on delete set null;
create unique index incidents_monitor_id_open_idx on public.incidents (monitor_id) where resolved_at is null;
create index incidents_monitor_id_idx on public.incidents (monitor_id);
