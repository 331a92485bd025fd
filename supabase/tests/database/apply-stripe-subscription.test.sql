-- public.apply_stripe_subscription: the only way billing moves an organization's tier. Service role only;
-- order-tolerant behind the watermark (event time, then status rank); the tier follows the live subscription;
-- a downgrade keeps rows; a subscription falling past due queues one email per owner.
begin;
select plan(24);

select tests.create_personas();
update public.organizations set tier = 'free' where id = tests.org_id('Acme');

-- Calls the function with the fields that vary between the cases; the rest is a Pro monthly subscription.
create function tests.apply(sub text, plan text, status text, state_at timestamptz, cancel boolean default false,
  org uuid default null) returns text
language sql
as $$
  select public.apply_stripe_subscription(coalesce(org, tests.org_id('Acme')), 'cus_acme', sub, plan, status,
    '2026-12-01T00:00:00Z', '2027-01-01T00:00:00Z', cancel, null, 897, 'brl', 'month', state_at)
$$;
grant execute on function tests.apply(text, text, text, timestamptz, boolean, uuid) to anon, authenticated,
  service_role;

select set_config('t.tier', $$select tier from public.organizations where id = tests.org_id('Acme')$$, false);

-- Who may call it.
select tests.authenticate_as_anon();
select throws_ok($$select tests.apply('sub_a', 'pro', 'active', now())$$, '42501', null, 'anon cannot apply');
select tests.authenticate_as('owner');
select throws_ok($$select tests.apply('sub_a', 'pro', 'active', now())$$, '42501', null,
  'an owner cannot set their own tier');
select tests.authenticate_as('staff');
select throws_ok($$select tests.apply('sub_a', 'pro', 'active', now())$$, '42501', null, 'staff cannot apply');

select tests.authenticate_as_service_role();
select is(tests.apply('sub_a', 'pro', 'incomplete', '2026-12-01T10:00:00Z'), 'applied',
  'an incomplete subscription is recorded');
select is((select tier from public.organizations where id = tests.org_id('Acme')), 'free',
  'an incomplete subscription pays for nothing yet');
select is(tests.apply('sub_a', 'pro', 'active', '2026-12-01T10:00:05Z'), 'applied', 'the activation is applied');
select tests.clear_authentication();
select results_eq(current_setting('t.tier'), array['pro'], 'the tier follows the active subscription at once');
select is((select stripe_customer_id from public.billing_customers where org_id = tests.org_id('Acme')), 'cus_acme',
  'the Stripe customer is recorded with the organization');
select is((select currency from public.subscriptions where stripe_subscription_id = 'sub_a'), 'BRL',
  'the currency is stored upper case');

-- Out of order: an older event re-read later cannot regress the newer state.
select tests.authenticate_as_service_role();
select is(tests.apply('sub_a', 'pro', 'incomplete', '2026-12-01T10:00:01Z'), 'stale', 'an older event is refused');
select is(tests.apply('sub_a', 'pro', 'active', '2026-12-01T10:00:05Z'), 'applied',
  'the same watermark again is accepted (a redelivery re-reads the same state)');
-- Same second, different statuses: the later status in a subscription's life wins whatever the order.
select is(tests.apply('sub_a', 'pro', 'past_due', '2026-12-01T10:00:09Z'), 'applied', 'past due is applied');
select is(tests.apply('sub_a', 'pro', 'active', '2026-12-01T10:00:09Z'), 'stale',
  'an active state from the same second does not undo past due');
select tests.clear_authentication();
select results_eq(current_setting('t.tier'), array['pro'], 'past due keeps the plan while Stripe retries');
select is((select count(*)::int from public.email_outbox where template = 'billing-past-due'
    and org_id = tests.org_id('Acme')), 1, 'past due queues one email, to the one owner');
select is((select to_email from public.email_outbox where template = 'billing-past-due'), 'owner@arco.test',
  'the email goes to the owner');
select tests.authenticate_as_service_role();
select is(tests.apply('sub_a', 'pro', 'past_due', '2026-12-01T10:00:10Z'), 'applied', 'a redelivered past due');
select tests.clear_authentication();
select is((select count(*)::int from public.email_outbox where template = 'billing-past-due'), 1,
  'is not announced twice');

-- Downgrade below usage: rows stay, new ones are refused.
insert into public.projects (org_id, name) select tests.org_id('Acme'), 'Project ' || n from generate_series(1, 3) n;
select tests.authenticate_as_service_role();
select is(tests.apply('sub_a', 'pro', 'canceled', '2026-12-01T11:00:00Z'), 'applied', 'the cancellation applies');
select tests.clear_authentication();
select results_eq(current_setting('t.tier'), array['free'], 'an organization without a live subscription is Free');
select is((select count(*)::int from public.projects where org_id = tests.org_id('Acme')), 3,
  'the downgrade keeps every project');
select tests.authenticate_as('owner');
select throws_like($$insert into public.projects (org_id, name) values (tests.org_id('Acme'), 'One more')$$,
  'tier_limit_exceeded:projects%', 'and refuses a new one above the Free limit');

select tests.authenticate_as_service_role();
select is(tests.apply('sub_x', 'pro', 'active', now(), false, gen_random_uuid()), 'unknown_organization',
  'an unknown organization changes nothing');
select tests.clear_authentication();
select is((select count(*)::int from public.subscriptions where stripe_subscription_id = 'sub_x'), 0,
  'and records no subscription');

select * from finish();
rollback;
