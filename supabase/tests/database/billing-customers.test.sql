-- billing_customers: owners and admins read their organization's row, staff read all, only the service role
-- (stripe-webhook) writes.
begin;
select plan(37);

select tests.create_personas();
insert into public.billing_customers (org_id, stripe_customer_id, email)
values
  (tests.org_id('Acme'), 'cus_acme', 'billing@acme.test'),
  (tests.org_id('Globex'), 'cus_globex', 'billing@globex.test');

-- Each statement counts the rows it read or changed, so one text serves every persona.
select set_config('t.select', $$
  select count(*)::int from public.billing_customers where org_id = tests.org_id('Acme')$$, false);
select set_config('t.insert', $$
  with w as (insert into public.billing_customers (org_id, stripe_customer_id)
    values (tests.org_id('Acme'), 'cus_acme2')
    returning 1)
  select count(*)::int from w$$, false);
select set_config('t.update', $$
  with w as (update public.billing_customers set email = 'finance@acme.test' where org_id = tests.org_id('Acme')
    returning 1)
  select count(*)::int from w$$, false);
select set_config('t.delete', $$
  with w as (delete from public.billing_customers where org_id = tests.org_id('Acme')
    returning 1)
  select count(*)::int from w$$, false);

select tests.authenticate_as_anon();
select throws_ok(current_setting('t.select'), '42501', null, 'anon cannot select billing_customers');
select throws_ok(current_setting('t.insert'), '42501', null, 'anon cannot insert billing_customers');
select throws_ok(current_setting('t.update'), '42501', null, 'anon cannot update billing_customers');
select throws_ok(current_setting('t.delete'), '42501', null, 'anon cannot delete billing_customers');

select tests.authenticate_as('stranger');
select results_eq(current_setting('t.select'), array[0], 'a stranger sees no billing_customers row');
select throws_ok(current_setting('t.insert'), '42501', null, 'a stranger cannot insert billing_customers');
select throws_ok(current_setting('t.update'), '42501', null, 'a stranger cannot update billing_customers');
select throws_ok(current_setting('t.delete'), '42501', null, 'a stranger cannot delete billing_customers');

select tests.authenticate_as('member');
select results_eq(current_setting('t.select'), array[0], 'a member sees no billing_customers row');
select throws_ok(current_setting('t.insert'), '42501', null, 'a member cannot insert billing_customers');
select throws_ok(current_setting('t.update'), '42501', null, 'a member cannot update billing_customers');
select throws_ok(current_setting('t.delete'), '42501', null, 'a member cannot delete billing_customers');

select tests.authenticate_as('admin');
select results_eq(current_setting('t.select'), array[1], 'an admin can select billing_customers (1 row)');
select throws_ok(current_setting('t.insert'), '42501', null, 'an admin cannot insert billing_customers');
select throws_ok(current_setting('t.update'), '42501', null, 'an admin cannot update billing_customers');
select throws_ok(current_setting('t.delete'), '42501', null, 'an admin cannot delete billing_customers');

select tests.authenticate_as('owner');
select results_eq(current_setting('t.select'), array[1], 'an owner can select billing_customers (1 row)');
select throws_ok(current_setting('t.insert'), '42501', null, 'an owner cannot insert billing_customers');
select throws_ok(current_setting('t.update'), '42501', null, 'an owner cannot update billing_customers');
select throws_ok(current_setting('t.delete'), '42501', null, 'an owner cannot delete billing_customers');

select tests.authenticate_as('staff');
select results_eq(current_setting('t.select'), array[1], 'staff can select billing_customers (1 row)');
select throws_ok(current_setting('t.insert'), '42501', null, 'staff cannot insert billing_customers');
select throws_ok(current_setting('t.update'), '42501', null, 'staff cannot update billing_customers');
select throws_ok(current_setting('t.delete'), '42501', null, 'staff cannot delete billing_customers');

-- Impersonating, staff get the owner's view, not their own.
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq(current_setting('t.select'), array[1],
  'read-only impersonating staff can select billing_customers (1 row)');
select throws_ok(current_setting('t.insert'), '42501', null,
  'read-only impersonating staff cannot insert billing_customers');
select throws_ok(current_setting('t.update'), '42501', null,
  'read-only impersonating staff cannot update billing_customers');
select throws_ok(current_setting('t.delete'), '42501', null,
  'read-only impersonating staff cannot delete billing_customers');

select tests.authenticate_as_service_role();
select results_eq(current_setting('t.select'), array[1], 'the service role can select billing_customers (1 row)');
select results_eq(current_setting('t.update'), array[1], 'the service role can update billing_customers (1 row)');
select results_eq(current_setting('t.delete'), array[1], 'the service role can delete billing_customers (1 row)');
select results_eq(current_setting('t.insert'), array[1], 'the service role can insert billing_customers (1 row)');

-- Across organizations: staff see both, Globex's owner sees only Globex's.
select tests.authenticate_as('staff');
select results_eq('select count(distinct org_id)::int from public.billing_customers', array[2],
  'staff read every organization''s billing_customers');
select tests.authenticate_as('stranger');
select results_eq('select distinct org_id from public.billing_customers', $$values (tests.org_id('Globex'))$$,
  'the stranger reads only their own organization''s billing_customers');
select tests.authenticate_as_service_role();
select results_eq(
  $$select distinct action from public.audit_log where table_name = 'billing_customers' order by 1$$,
  array['delete', 'insert', 'update'], 'every write to billing_customers is in the audit trail'
);

select throws_ok(
  $$insert into public.billing_customers (org_id, stripe_customer_id)
    values (tests.org_id('Globex'), 'cus_acme2')$$, '23505', null,
  'a Stripe customer belongs to one organization'
);
select throws_ok(
  $$insert into public.billing_customers (org_id, stripe_customer_id)
    values (tests.org_id('Acme'), 'cus_acme3')$$, '23505', null,
  'an organization has one Stripe customer'
);
select tests.clear_authentication();

select * from finish();
rollback;
