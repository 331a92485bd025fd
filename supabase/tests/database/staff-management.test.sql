-- Staff admins manage public.staff (never their own row; one admin always remains) and record the actions they
-- take on user accounts (public.user_admin_actions); public.staff_directory() and public.find_user_by_email()
-- answer staff and staff admins only.
begin;
select plan(30);
select tests.create_personas();
select tests.create_user('newcomer');

-- Not staff admins: no writes, no records, no lookups.
select tests.authenticate_as('staff');
select throws_ok($$ insert into public.staff (user_id, role) values (tests.get_user_id('newcomer'), 'developer') $$,
  '42501', null, 'a developer cannot add staff');
select is_empty($$ update public.staff set role = 'admin' returning user_id $$, 'a developer cannot promote anyone');
select is_empty($$ delete from public.staff where role = 'admin' returning user_id $$, 'or remove anyone');
select throws_ok(
  $$ insert into public.user_admin_actions (target_email, action, reason) values ('x@arco.test', 'ban', 'Spam from this account') $$,
  '42501', null, 'a developer records no account action');
select is_empty($$ select * from public.find_user_by_email('owner@arco.test') $$, 'a developer cannot look users up');
select results_eq($$ select count(*)::int from public.staff_directory() $$, array[2], 'but reads the staff list');
select tests.authenticate_as('owner');
select throws_ok($$ insert into public.staff (user_id, role) values (tests.get_user_id('owner'), 'admin') $$,
  '42501', null, 'a client cannot make themself staff');
select is_empty($$ select * from public.staff_directory() $$, 'a client reads no staff list');
select is_empty($$ select * from public.find_user_by_email('member@arco.test') $$, 'a client looks nobody up');
select is_empty($$ select * from public.user_admin_actions $$, 'a client reads no account action');
select tests.authenticate_as_anon();
select throws_ok($$ select * from public.staff_directory() $$, '42501', null, 'anon cannot call staff_directory');
select throws_ok($$ select * from public.find_user_by_email('x') $$, '42501', null, 'anon cannot call find_user_by_email');

-- A staff admin.
select tests.authenticate_as('staff_admin');
select lives_ok($$ insert into public.staff (user_id, role) values (tests.get_user_id('newcomer'), 'developer') $$,
  'a staff admin adds a staff member');
select results_eq($$ update public.staff set role = 'admin' where user_id = tests.get_user_id('newcomer') returning role $$,
  array['admin'], 'and changes a role');
select throws_ok($$ update public.staff set role = 'developer' where user_id = tests.get_user_id('staff_admin') $$,
  '42501', 'staff_refused:self', 'but never their own');
select throws_ok($$ delete from public.staff where user_id = tests.get_user_id('staff_admin') $$,
  '42501', 'staff_refused:self', 'nor removes themself');
select throws_ok($$ update public.staff set created_at = now() - interval '1 year' $$,
  '42501', null, 'created_at is not theirs to change');
select results_eq($$ delete from public.staff where user_id = tests.get_user_id('staff') returning user_id $$,
  array[tests.get_user_id('staff')], 'a staff admin removes a developer');
select lives_ok($$ update public.staff set role = 'developer' where user_id = tests.get_user_id('newcomer') $$,
  'an admin demotes another admin while one admin remains (the last one is kept under a lock on the admin rows)');
select results_eq($$ select count(*)::int from public.staff where role = 'admin' $$, array[1], 'one admin left');
select results_eq(
  $$ select user_id, email, is_staff, organizations from public.find_user_by_email(' OWNER@arco.test ') $$,
  $$ values (tests.get_user_id('owner'), 'owner@arco.test'::text, false, array['acme']) $$,
  'finds a user by email, case-insensitively, with their organizations');
select throws_ok(
  $$ insert into public.user_admin_actions (target_email, action, reason) values ('x@arco.test', 'ban', 'short') $$,
  '23514', null, 'an account action needs a reason of ten characters');
select lives_ok(
  $$ insert into public.user_admin_actions (target_user_id, target_email, action, reason)
     values (tests.get_user_id('member'), 'member@arco.test', 'ban', 'Spam from this account') $$,
  'a staff admin records an account action');
select results_eq($$ select staff_user_id from public.user_admin_actions $$, array[tests.get_user_id('staff_admin')],
  'in their own name');
select throws_ok(
  $$ insert into public.user_admin_actions (staff_user_id, target_email, action, reason) values (tests.get_user_id('staff'), 'x@arco.test', 'unban', 'In someone else''s name') $$,
  '42501', null, 'never in someone else''s name');
select throws_ok($$ update public.user_admin_actions set reason = 'Rewritten history' $$, '42501', null,
  'account actions are never changed');
select throws_ok($$ delete from public.user_admin_actions $$, '42501', null, 'or deleted');
select results_eq(
  $$ select table_name, action, staff_only from public.audit_log
     where table_name in ('staff', 'user_admin_actions') and actor_id = tests.get_user_id('staff_admin') order by id $$,
  $$ values ('staff'::text, 'insert'::text, true), ('staff', 'update', true), ('staff', 'delete', true),
       ('staff', 'update', true), ('user_admin_actions', 'insert', true) $$,
  'every change is in the staff-only audit trail');

-- The service role is not held back (support tooling, the seed).
select tests.authenticate_as_service_role();
select lives_ok($$ delete from public.staff where user_id = tests.get_user_id('newcomer') $$,
  'the service role manages staff without the rules for staff admins');
select results_eq($$ select count(*)::int from public.staff where role = 'admin' $$, array[1], 'one admin remains');

select * from finish();
rollback;
