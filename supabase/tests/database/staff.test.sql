-- public.staff: who the agency's staff are. Readable by staff (and each staff member's own row); written by the
-- service role and by staff admins (staff-management.test.sql), never by anyone else: their updates and
-- deletes find no row. private.is_staff() and private.staff_role() answer for
-- the current request.
begin;
select plan(42);
select tests.create_personas();

-- anon
select tests.authenticate_as_anon();
select is_empty($$ select * from public.staff $$, 'anon reads no staff');
select throws_ok($$ insert into public.staff (user_id, role) values (tests.get_user_id('member'), 'admin') $$,
  '42501', null, 'anon cannot insert staff');
select throws_ok($$ update public.staff set role = 'admin' $$, '42501', null, 'anon cannot update staff');
select throws_ok($$ delete from public.staff $$, '42501', null, 'anon cannot delete staff');
select throws_ok($$ select private.is_staff() $$, '42501', null, 'anon cannot call private.is_staff()');

-- stranger
select tests.authenticate_as('stranger');
select is_empty($$ select * from public.staff $$, 'stranger reads no staff');
select throws_ok($$ insert into public.staff (user_id, role) values (tests.get_user_id('stranger'), 'admin') $$,
  '42501', null, 'stranger cannot make themself staff');
select is_empty($$ update public.staff set role = 'admin' returning user_id $$, 'stranger cannot update staff');
select is_empty($$ delete from public.staff returning user_id $$, 'stranger cannot delete staff');
select is(private.is_staff(), false, 'stranger is not staff');
select is(private.staff_role(), null, 'stranger has no staff role');

-- member, admin, owner: organization roles give no agency rights
select tests.authenticate_as('member');
select is_empty($$ select * from public.staff $$, 'member reads no staff');
select throws_ok($$ insert into public.staff (user_id, role) values (tests.get_user_id('member'), 'admin') $$,
  '42501', null, 'member cannot make themself staff');
select is_empty($$ update public.staff set role = 'admin' returning user_id $$, 'member cannot update staff');
select is_empty($$ delete from public.staff returning user_id $$, 'member cannot delete staff');
select tests.authenticate_as('admin');
select is_empty($$ select * from public.staff $$, 'org admin reads no staff');
select throws_ok($$ insert into public.staff (user_id, role) values (tests.get_user_id('admin'), 'admin') $$,
  '42501', null, 'org admin cannot make themself staff');
select is_empty($$ update public.staff set role = 'admin' returning user_id $$, 'org admin cannot update staff');
select is_empty($$ delete from public.staff returning user_id $$, 'org admin cannot delete staff');
select tests.authenticate_as('owner');
select is_empty($$ select * from public.staff $$, 'org owner reads no staff');
select throws_ok($$ insert into public.staff (user_id, role) values (tests.get_user_id('owner'), 'admin') $$,
  '42501', null, 'org owner cannot make themself staff');
select is_empty($$ update public.staff set role = 'admin' returning user_id $$, 'org owner cannot update staff');
select is_empty($$ delete from public.staff returning user_id $$, 'org owner cannot delete staff');

-- staff
select tests.authenticate_as('staff');
select results_eq($$ select count(*)::int from public.staff $$, array[2], 'staff read every staff row');
select is(private.is_staff(), true, 'staff is staff');
select is(private.staff_role(), 'developer', 'staff role is developer');
select throws_ok($$ insert into public.staff (user_id, role) values (tests.get_user_id('member'), 'developer') $$,
  '42501', null, 'staff cannot add staff');
select is_empty($$ update public.staff set role = 'admin' where user_id = tests.get_user_id('staff') returning user_id $$, 'staff cannot promote themself');
select is_empty($$ delete from public.staff where user_id = tests.get_user_id('staff_admin') returning user_id $$, 'staff cannot remove staff');
select tests.authenticate_as('staff_admin');
select is(private.staff_role(), 'admin', 'staff admin role is admin');
select results_eq($$ select role from public.staff where user_id = tests.get_user_id('staff') $$, array['developer'],
  'staff admins manage staff (see staff-management.test.sql)');

-- read-only impersonation: sees as the target, who is not staff
select tests.authenticate_as_impersonator('staff', 'member', true);
select is_empty($$ select * from public.staff $$, 'impersonating staff reads no staff (the target is not staff)');
select is(private.is_staff(), false, 'impersonating staff is not staff while impersonating');
select is(private.is_impersonating(), true, 'the impersonation is recognized');
select throws_ok($$ insert into public.staff (user_id, role) values (tests.get_user_id('member'), 'admin') $$,
  '42501', null, 'impersonating staff cannot insert staff');
select is_empty($$ update public.staff set role = 'admin' returning user_id $$, 'impersonating staff cannot update staff');
select is_empty($$ delete from public.staff returning user_id $$, 'impersonating staff cannot delete staff');

-- service role
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.staff $$, array[2], 'service role reads all staff');
select lives_ok($$ insert into public.staff (user_id, role) values (tests.get_user_id('member'), 'developer') $$,
  'service role adds staff');
select results_eq($$ update public.staff set role = 'admin' where user_id = tests.get_user_id('member') returning role $$,
  array['admin'], 'service role changes a staff role');
select results_eq($$ delete from public.staff where user_id = tests.get_user_id('member') returning role $$,
  array['admin'], 'service role removes staff');

-- what really changed
select tests.clear_authentication();
select results_eq($$ select u.email::text, s.role from public.staff s join auth.users u on u.id = s.user_id order by 1 $$,
  $$ values ('staff@arco.test', 'developer'), ('staff_admin@arco.test', 'admin') $$, 'only the two staff personas remain');

select * from finish();
rollback;
