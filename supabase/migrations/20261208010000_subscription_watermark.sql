-- Stripe delivers webhooks in any order and more than once, so the mirror keeps a watermark: the `created`
-- time of the newest event whose re-read state was written, and the rank of the status written with it. A
-- write carrying an older watermark is refused, so an old event can never regress a newer state; within the
-- same second the status that comes later in a subscription's life wins (see private.subscription_status_rank).
alter table public.subscriptions
  add column stripe_state_at timestamptz not null default '-infinity',
  add column stripe_state_rank smallint not null default 0;

-- Where a subscription's statuses sit in its life: a tie of event times resolves toward the later one, the
-- same way on every delivery order.
create function private.subscription_status_rank(status text) returns smallint
language sql immutable
set search_path = ''
as $$
  select case status
    when 'incomplete' then 1
    when 'trialing' then 2
    when 'active' then 3
    when 'past_due' then 4
    when 'unpaid' then 5
    when 'paused' then 5
    when 'incomplete_expired' then 6
    when 'canceled' then 6
    else 0
  end::smallint
$$;

revoke execute on function private.subscription_status_rank(text) from public;
