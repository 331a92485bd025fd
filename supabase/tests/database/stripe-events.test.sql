-- stripe_events: the webhook ledger. Staff read, only the service role (stripe-webhook) writes.
begin;
select plan(34);

select tests.create_personas();
insert into public.stripe_events (id, type, payload)
values ('evt_1', 'customer.created', '{}'), ('evt_2', 'invoice.paid', '{}');

-- Each statement counts the rows it read or changed, so one text serves every persona.
select set_config('t.select', $$
  select count(*)::int from public.stripe_events$$, false);
select set_config('t.insert', $$
  with w as (insert into public.stripe_events (id, type, payload) values ('evt_3', 'invoice.paid', '{}')
    returning 1)
  select count(*)::int from w$$, false);
select set_config('t.update', $$
  with w as (update public.stripe_events set processed_at = now()
    returning 1)
  select count(*)::int from w$$, false);
select set_config('t.delete', $$
  with w as (delete from public.stripe_events
    returning 1)
  select count(*)::int from w$$, false);

select tests.authenticate_as_anon();
select throws_ok(current_setting('t.select'), '42501', null, 'anon cannot select stripe_events');
select throws_ok(current_setting('t.insert'), '42501', null, 'anon cannot insert stripe_events');
select throws_ok(current_setting('t.update'), '42501', null, 'anon cannot update stripe_events');
select throws_ok(current_setting('t.delete'), '42501', null, 'anon cannot delete stripe_events');

-- Rows of no organization: the stranger (Globex's owner), member, admin and owner are all just not staff.
select tests.authenticate_as('stranger');
select results_eq(current_setting('t.select'), array[0], 'a stranger sees no stripe_events row');
select throws_ok(current_setting('t.insert'), '42501', null, 'a stranger cannot insert stripe_events');
select throws_ok(current_setting('t.update'), '42501', null, 'a stranger cannot update stripe_events');
select throws_ok(current_setting('t.delete'), '42501', null, 'a stranger cannot delete stripe_events');

select tests.authenticate_as('member');
select results_eq(current_setting('t.select'), array[0], 'a member sees no stripe_events row');
select throws_ok(current_setting('t.insert'), '42501', null, 'a member cannot insert stripe_events');
select throws_ok(current_setting('t.update'), '42501', null, 'a member cannot update stripe_events');
select throws_ok(current_setting('t.delete'), '42501', null, 'a member cannot delete stripe_events');

select tests.authenticate_as('admin');
select results_eq(current_setting('t.select'), array[0], 'an admin sees no stripe_events row');
select throws_ok(current_setting('t.insert'), '42501', null, 'an admin cannot insert stripe_events');
select throws_ok(current_setting('t.update'), '42501', null, 'an admin cannot update stripe_events');
select throws_ok(current_setting('t.delete'), '42501', null, 'an admin cannot delete stripe_events');

select tests.authenticate_as('owner');
select results_eq(current_setting('t.select'), array[0], 'an owner sees no stripe_events row');
select throws_ok(current_setting('t.insert'), '42501', null, 'an owner cannot insert stripe_events');
select throws_ok(current_setting('t.update'), '42501', null, 'an owner cannot update stripe_events');
select throws_ok(current_setting('t.delete'), '42501', null, 'an owner cannot delete stripe_events');

select tests.authenticate_as('staff');
select results_eq(current_setting('t.select'), array[2], 'staff can select stripe_events (2 rows)');
select throws_ok(current_setting('t.insert'), '42501', null, 'staff cannot insert stripe_events');
select throws_ok(current_setting('t.update'), '42501', null, 'staff cannot update stripe_events');
select throws_ok(current_setting('t.delete'), '42501', null, 'staff cannot delete stripe_events');

-- Impersonating, staff get the owner's view, not their own.
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq(current_setting('t.select'), array[0], 'read-only impersonating staff sees no stripe_events row');
select throws_ok(current_setting('t.insert'), '42501', null,
  'read-only impersonating staff cannot insert stripe_events');
select throws_ok(current_setting('t.update'), '42501', null,
  'read-only impersonating staff cannot update stripe_events');
select throws_ok(current_setting('t.delete'), '42501', null,
  'read-only impersonating staff cannot delete stripe_events');

select tests.authenticate_as_service_role();
select results_eq(current_setting('t.select'), array[2], 'the service role can select stripe_events (2 rows)');
select results_eq(current_setting('t.update'), array[2], 'the service role can update stripe_events (2 rows)');
select results_eq(current_setting('t.delete'), array[2], 'the service role can delete stripe_events (2 rows)');
select results_eq(current_setting('t.insert'), array[1], 'the service role can insert stripe_events (1 row)');

select results_eq(
  $$with w as (insert into public.stripe_events (id, type, payload) values ('evt_3', 'invoice.paid', '{}')
    on conflict (id) do nothing returning 1) select count(*)::int from w$$,
  array[0], 'a redelivered event is not recorded twice'
);
select throws_ok(
  $$insert into public.stripe_events (id, type, payload) values ('cus_1', 'invoice.paid', '{}')$$, '23514', null,
  'the id is a Stripe event id'
);
select tests.clear_authentication();

select * from finish();
rollback;
