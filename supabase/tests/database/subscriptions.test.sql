-- subscriptions: owners and admins read their organization's rows, staff read all, only the service role
-- (stripe-webhook) writes.
begin;
select plan(38);

select tests.create_personas();
insert into public.subscriptions (org_id, stripe_subscription_id, plan_key, status, current_period_start,
  current_period_end, amount, currency, interval)
values
  (tests.org_id('Acme'), 'sub_acme', 'pro', 'active', now(), now() + interval '1 month', 897, 'BRL', 'month'),
  (tests.org_id('Globex'), 'sub_globex', 'basic', 'past_due', now(), now() + interval '1 month', 297, 'BRL', 'month');

-- Each statement counts the rows it read or changed, so one text serves every persona.
select set_config('t.select', $$
  select count(*)::int from public.subscriptions where org_id = tests.org_id('Acme')$$, false);
select set_config('t.insert', $$
  with w as (insert into public.subscriptions (org_id, stripe_subscription_id, plan_key, status,
  current_period_start, current_period_end, amount, currency, interval)
  values (tests.org_id('Acme'), 'sub_acme2', 'enterprise', 'trialing', now(), now() + interval '1 year', 0, 'BRL',
    'year')
    returning 1)
  select count(*)::int from w$$, false);
select set_config('t.update', $$
  with w as (update public.subscriptions set cancel_at_period_end = true where org_id = tests.org_id('Acme')
    returning 1)
  select count(*)::int from w$$, false);
select set_config('t.delete', $$
  with w as (delete from public.subscriptions where org_id = tests.org_id('Acme')
    returning 1)
  select count(*)::int from w$$, false);

select tests.authenticate_as_anon();
select throws_ok(current_setting('t.select'), '42501', null, 'anon cannot select subscriptions');
select throws_ok(current_setting('t.insert'), '42501', null, 'anon cannot insert subscriptions');
select throws_ok(current_setting('t.update'), '42501', null, 'anon cannot update subscriptions');
select throws_ok(current_setting('t.delete'), '42501', null, 'anon cannot delete subscriptions');

select tests.authenticate_as('stranger');
select results_eq(current_setting('t.select'), array[0], 'a stranger sees no subscriptions row');
select throws_ok(current_setting('t.insert'), '42501', null, 'a stranger cannot insert subscriptions');
select throws_ok(current_setting('t.update'), '42501', null, 'a stranger cannot update subscriptions');
select throws_ok(current_setting('t.delete'), '42501', null, 'a stranger cannot delete subscriptions');

select tests.authenticate_as('member');
select results_eq(current_setting('t.select'), array[0], 'a member sees no subscriptions row');
select throws_ok(current_setting('t.insert'), '42501', null, 'a member cannot insert subscriptions');
select throws_ok(current_setting('t.update'), '42501', null, 'a member cannot update subscriptions');
select throws_ok(current_setting('t.delete'), '42501', null, 'a member cannot delete subscriptions');

select tests.authenticate_as('admin');
select results_eq(current_setting('t.select'), array[1], 'an admin can select subscriptions (1 row)');
select throws_ok(current_setting('t.insert'), '42501', null, 'an admin cannot insert subscriptions');
select throws_ok(current_setting('t.update'), '42501', null, 'an admin cannot update subscriptions');
select throws_ok(current_setting('t.delete'), '42501', null, 'an admin cannot delete subscriptions');

select tests.authenticate_as('owner');
select results_eq(current_setting('t.select'), array[1], 'an owner can select subscriptions (1 row)');
select throws_ok(current_setting('t.insert'), '42501', null, 'an owner cannot insert subscriptions');
select throws_ok(current_setting('t.update'), '42501', null, 'an owner cannot update subscriptions');
select throws_ok(current_setting('t.delete'), '42501', null, 'an owner cannot delete subscriptions');

select tests.authenticate_as('staff');
select results_eq(current_setting('t.select'), array[1], 'staff can select subscriptions (1 row)');
select throws_ok(current_setting('t.insert'), '42501', null, 'staff cannot insert subscriptions');
select throws_ok(current_setting('t.update'), '42501', null, 'staff cannot update subscriptions');
select throws_ok(current_setting('t.delete'), '42501', null, 'staff cannot delete subscriptions');

-- Impersonating, staff get the owner's view, not their own.
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq(current_setting('t.select'), array[1],
  'read-only impersonating staff can select subscriptions (1 row)');
select throws_ok(current_setting('t.insert'), '42501', null,
  'read-only impersonating staff cannot insert subscriptions');
select throws_ok(current_setting('t.update'), '42501', null,
  'read-only impersonating staff cannot update subscriptions');
select throws_ok(current_setting('t.delete'), '42501', null,
  'read-only impersonating staff cannot delete subscriptions');

select tests.authenticate_as_service_role();
select results_eq(current_setting('t.select'), array[1], 'the service role can select subscriptions (1 row)');
select results_eq(current_setting('t.update'), array[1], 'the service role can update subscriptions (1 row)');
select results_eq(current_setting('t.delete'), array[1], 'the service role can delete subscriptions (1 row)');
select results_eq(current_setting('t.insert'), array[1], 'the service role can insert subscriptions (1 row)');

-- Across organizations: staff see both, Globex's owner sees only Globex's.
select tests.authenticate_as('staff');
select results_eq('select count(distinct org_id)::int from public.subscriptions', array[2],
  'staff read every organization''s subscriptions');
select tests.authenticate_as('stranger');
select results_eq('select distinct org_id from public.subscriptions', $$values (tests.org_id('Globex'))$$,
  'the stranger reads only their own organization''s subscriptions');
select tests.authenticate_as_service_role();
select results_eq(
  $$select distinct action from public.audit_log where table_name = 'subscriptions' order by 1$$,
  array['delete', 'insert', 'update'], 'every write to subscriptions is in the audit trail'
);

select throws_ok(
  $$insert into public.subscriptions (org_id, stripe_subscription_id, plan_key, status, current_period_start,
    current_period_end, amount, currency, interval)
    values (tests.org_id('Acme'), 'sub_acme2', 'pro', 'active', now(), now(), 1, 'BRL', 'month')$$, '23505', null,
  'a Stripe subscription is recorded once'
);
select throws_ok(
  $$insert into public.subscriptions (org_id, stripe_subscription_id, plan_key, status, current_period_start,
    current_period_end, amount, currency, interval)
    values (tests.org_id('Acme'), 'sub_acme3', 'platinum', 'active', now(), now(), 1, 'BRL', 'month')$$, '23503', null,
  'a subscription is to a known plan'
);
select throws_ok(
  $$insert into public.subscriptions (org_id, stripe_subscription_id, plan_key, status, current_period_start,
    current_period_end, amount, currency, interval)
    values (tests.org_id('Acme'), 'sub_acme3', 'pro', 'expired', now(), now(), 1, 'brl', 'month')$$, '23514', null,
  'status is one of Stripe''s and currency is upper-case ISO 4217'
);
select tests.clear_authentication();

select * from finish();
rollback;
