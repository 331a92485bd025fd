-- Staff rights need a second factor: private.is_staff() and private.staff_role() answer only for aal2
-- requests, so every staff policy refuses a staff member who signed in with a password alone.
begin;
select plan(12);
select tests.create_personas();

select tests.authenticate_as('staff', 'aal1');
select is(private.is_staff(), false, 'staff at aal1 is not staff for RLS');
select is(private.staff_role(), null, 'staff at aal1 has no staff role');
select results_eq($$ select count(*)::int from public.staff $$, array[1], 'staff at aal1 reads only their own staff row');
select is_empty($$ select * from public.organizations where id = tests.org_id('Globex') $$,
  'staff at aal1 reads no client organization');
select is_empty($$ select * from public.impersonation_sessions $$, 'staff at aal1 reads no impersonation sessions');
select throws_ok(
  $$ insert into public.impersonation_sessions (staff_user_id, target_user_id, reason, read_only)
     values (tests.get_user_id('staff'), tests.get_user_id('member'), 'checking the aal1 refusal', true) $$,
  '42501', null, 'staff at aal1 cannot start a view-as session');

select tests.authenticate_as('staff_admin', 'aal1');
select is(private.staff_role(), null, 'staff admin at aal1 has no staff role');

select tests.authenticate_as('staff');
select is(private.is_staff(), true, 'staff at aal2 is staff');
select isnt_empty($$ select * from public.organizations where id = tests.org_id('Globex') $$,
  'staff at aal2 reads client organizations');
select tests.authenticate_as('staff_admin');
select is(private.staff_role(), 'admin', 'staff admin at aal2 is a staff admin');

-- A second factor gives nobody else staff rights.
select tests.authenticate_as('stranger', 'aal2');
select is(private.is_staff(), false, 'a non-staff user at aal2 is not staff');
select is(private.staff_role(), null, 'a non-staff user at aal2 has no staff role');

select * from finish();
rollback;
