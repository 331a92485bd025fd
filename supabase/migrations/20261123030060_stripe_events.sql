-- Ledger of every Stripe webhook event received. The primary key is Stripe's event id, so a redelivered
-- event cannot be recorded (or processed) twice: the webhook inserts with `on conflict do nothing` and
-- processes only when the insert happened. Staff read it to diagnose billing; only the service role writes.
create table public.stripe_events (
  id text primary key check (id like 'evt\_%'),
  type text not null,
  payload jsonb not null,
  received_at timestamptz not null default now(),
  processed_at timestamptz,
  error text
);

-- Events still waiting (or failed) for a retry sweep, oldest first.
create index stripe_events_unprocessed_idx on public.stripe_events (received_at) where processed_at is null;
create index stripe_events_type_received_at_idx on public.stripe_events (type, received_at);

alter table public.stripe_events enable row level security;
alter table public.stripe_events force row level security;

create policy stripe_events_select_staff on public.stripe_events
  for select to authenticated
  using ((select private.is_staff()));

revoke all on public.stripe_events from anon, authenticated;
grant select on public.stripe_events to authenticated;
