-- The one door through which billing changes an organization's tier: the stripe-webhook function (and the
-- nightly reconciliation) hand it the subscription as just re-read from Stripe, with the watermark of the event
-- that caused the read. In one transaction, under the organization's row lock (so two deliveries for the same
-- organization apply one after the other), it records the Stripe customer, writes the subscription unless the
-- stored one is newer, and sets the tier from the organization's live subscriptions: limits follow at once,
-- and a downgrade keeps every row (the limit triggers only refuse new ones).
--
-- Answers 'applied', 'stale' (a newer state is already stored) or 'unknown_organization'.
create function public.apply_stripe_subscription(
  p_org_id uuid,
  p_stripe_customer_id text,
  p_stripe_subscription_id text,
  p_plan_key text,
  p_status text,
  p_current_period_start timestamptz,
  p_current_period_end timestamptz,
  p_cancel_at_period_end boolean,
  p_canceled_at timestamptz,
  p_amount numeric,
  p_currency text,
  p_interval text,
  p_state_at timestamptz
) returns text
language plpgsql security definer
set search_path = ''
as $$
declare
  rank smallint := private.subscription_status_rank(p_status);
  stored public.subscriptions;
  live_plan text;
begin
  perform 1 from public.organizations o where o.id = p_org_id for update;
  if not found then
    return 'unknown_organization';
  end if;

  insert into public.billing_customers (org_id, stripe_customer_id)
  values (p_org_id, p_stripe_customer_id)
  on conflict (org_id) do update set stripe_customer_id = excluded.stripe_customer_id
  where public.billing_customers.stripe_customer_id is distinct from excluded.stripe_customer_id;

  select * into stored from public.subscriptions s where s.stripe_subscription_id = p_stripe_subscription_id;
  if found and (stored.stripe_state_at, stored.stripe_state_rank) > (p_state_at, rank) then
    return 'stale';
  end if;

  insert into public.subscriptions as s (org_id, stripe_subscription_id, plan_key, status, current_period_start,
    current_period_end, cancel_at_period_end, canceled_at, amount, currency, interval, stripe_state_at,
    stripe_state_rank)
  values (p_org_id, p_stripe_subscription_id, p_plan_key, p_status, p_current_period_start, p_current_period_end,
    p_cancel_at_period_end, p_canceled_at, p_amount, upper(p_currency), p_interval, p_state_at, rank)
  on conflict (stripe_subscription_id) do update set
    plan_key = excluded.plan_key, status = excluded.status,
    current_period_start = excluded.current_period_start, current_period_end = excluded.current_period_end,
    cancel_at_period_end = excluded.cancel_at_period_end, canceled_at = excluded.canceled_at,
    amount = excluded.amount, currency = excluded.currency, interval = excluded.interval,
    stripe_state_at = excluded.stripe_state_at, stripe_state_rank = excluded.stripe_state_rank
  where (s.plan_key, s.status, s.current_period_start, s.current_period_end, s.cancel_at_period_end,
      s.canceled_at, s.amount, s.currency, s.interval, s.stripe_state_at, s.stripe_state_rank)
    is distinct from (excluded.plan_key, excluded.status, excluded.current_period_start,
      excluded.current_period_end, excluded.cancel_at_period_end, excluded.canceled_at, excluded.amount,
      excluded.currency, excluded.interval, excluded.stripe_state_at, excluded.stripe_state_rank);

  -- Past due still pays for the plan (Stripe is retrying the charge); the highest live plan wins when an
  -- organization briefly has two subscriptions (a plan switch through a new Checkout).
  select s.plan_key into live_plan
  from public.subscriptions s
  join public.plans p on p.key = s.plan_key
  where s.org_id = p_org_id and s.status in ('active', 'trialing', 'past_due')
  order by p.sort_order desc
  limit 1;

  update public.organizations o set tier = coalesce(live_plan, 'free')
  where o.id = p_org_id and o.tier is distinct from coalesce(live_plan, 'free');
  return 'applied';
end
$$;

revoke execute on function public.apply_stripe_subscription(uuid, text, text, text, text, timestamptz, timestamptz,
  boolean, timestamptz, numeric, text, text, timestamptz) from public, anon, authenticated;
grant execute on function public.apply_stripe_subscription(uuid, text, text, text, text, timestamptz, timestamptz,
  boolean, timestamptz, numeric, text, text, timestamptz) to service_role;
