-- public.record_billing_customer: owners and admins record their organization's Stripe customer once; nobody
-- else records one; a read-only "view as" cannot.
begin;
select plan(9);

select tests.create_personas();

select tests.authenticate_as_anon();
select throws_ok($$select public.record_billing_customer(tests.org_id('Acme'), 'cus_anon')$$, '42501', null,
  'anon cannot record a customer');
select tests.authenticate_as('member');
select throws_ok($$select public.record_billing_customer(tests.org_id('Acme'), 'cus_member')$$, '42501', null,
  'a member cannot record a customer');
select tests.authenticate_as('stranger');
select throws_ok($$select public.record_billing_customer(tests.org_id('Acme'), 'cus_stranger')$$, '42501', null,
  'a stranger cannot record a customer for another organization');
select tests.authenticate_as_impersonator('staff', 'owner', true);
select throws_ok($$select public.record_billing_customer(tests.org_id('Acme'), 'cus_viewer')$$, null, null,
  'a read-only view as cannot record a customer');

select tests.authenticate_as('admin');
select is(public.record_billing_customer(tests.org_id('Acme'), 'cus_first'), 'cus_first', 'an admin records one');
select tests.authenticate_as('owner');
select is(public.record_billing_customer(tests.org_id('Acme'), 'cus_second'), 'cus_first',
  'a second one answers the recorded customer');
select tests.clear_authentication();
select is((select count(*)::int from public.billing_customers where org_id = tests.org_id('Acme')), 1,
  'one customer per organization');
select is((select stripe_customer_id from public.billing_customers where org_id = tests.org_id('Acme')), 'cus_first',
  'the first one stays');
select tests.authenticate_as('stranger');
select is(public.record_billing_customer(tests.org_id('Globex'), 'cus_globex'), 'cus_globex',
  'an owner records their own organization''s');

select * from finish();
rollback;
