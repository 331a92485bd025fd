-- public.impersonation_sessions: staff start "view as" sessions for themselves (never for themselves as target,
-- never for staff, one at a time, at most an hour), read their own (staff admins read all) and can only end
-- them. private.is_impersonating() and the guard_write trigger honour only an active session matching the
-- request's claims.
begin;
select plan(57);
select tests.create_personas();
select tests.create_staff('staff_two');

-- anon
select tests.authenticate_as_anon();
select is_empty($$ select * from public.impersonation_sessions $$, 'anon reads no session');
select throws_ok(
  $$ insert into public.impersonation_sessions (staff_user_id, target_user_id, reason) values (tests.get_user_id('staff'), tests.get_user_id('member'), 'x') $$,
  '42501', null, 'anon cannot start a session');
select is_empty($$ update public.impersonation_sessions set ended_at = now() returning id $$, 'anon ends no session');
select is_empty($$ delete from public.impersonation_sessions returning id $$, 'anon deletes no session');
select throws_ok($$ select private.is_impersonating() $$, '42501', null, 'anon cannot call is_impersonating');

-- staff: start, read, end
select tests.authenticate_as('staff');
select lives_ok(
  $$ insert into public.impersonation_sessions (target_user_id, reason, started_at)
     values (tests.get_user_id('member'), 'Ticket #42: dashboard empty', now() + interval '1 day') $$,
  'staff start a session for a client user');
select results_eq(
  $$ select staff_user_id, read_only, started_at = now(), expires_at = now() + interval '1 hour' from public.impersonation_sessions $$,
  $$ values (tests.get_user_id('staff'), true, true, true) $$,
  'sessions are the caller''s, read-only by default, start now and last an hour');
select throws_ok($$ insert into public.impersonation_sessions (target_user_id, reason) values (tests.get_user_id('owner'), 'again') $$,
  '42501', 'impersonation_refused:already_active', 'one active session at a time');
select throws_ok($$ update public.impersonation_sessions set expires_at = expires_at + interval '1 hour' $$,
  '42501', 'impersonation_session_immutable', 'a session cannot be extended');
select throws_ok($$ update public.impersonation_sessions set read_only = false $$,
  '42501', 'impersonation_session_immutable', 'a session cannot become writable');
select results_eq($$ update public.impersonation_sessions set ended_at = now() returning ended_at is not null $$,
  array[true], 'staff end their session');
select throws_ok($$ update public.impersonation_sessions set ended_at = null $$,
  '42501', 'impersonation_session_immutable', 'an ended session cannot be reopened');
select throws_ok($$ insert into public.impersonation_sessions (target_user_id, reason) values (tests.get_user_id('staff'), 'me') $$,
  '42501', 'impersonation_refused:self', 'staff cannot impersonate themselves');
select throws_ok($$ insert into public.impersonation_sessions (target_user_id, reason) values (tests.get_user_id('staff_admin'), 'boss') $$,
  '42501', 'impersonation_refused:staff', 'staff cannot impersonate staff');
select throws_ok($$ insert into public.impersonation_sessions (target_user_id, reason) values (tests.get_user_id('owner'), '  ') $$,
  '23514', null, 'a reason is required');
select throws_ok(
  $$ insert into public.impersonation_sessions (target_user_id, reason, expires_at) values (tests.get_user_id('owner'), 'long', now() + interval '2 hours') $$,
  '23514', null, 'sessions last at most an hour');
select throws_ok(
  $$ insert into public.impersonation_sessions (staff_user_id, target_user_id, reason) values (tests.get_user_id('staff_two'), tests.get_user_id('owner'), 'x') $$,
  '42501', null, 'staff cannot start sessions in a colleague''s name');
select is_empty($$ delete from public.impersonation_sessions returning id $$, 'sessions are never deleted');
select tests.authenticate_as('staff_two');
select is_empty($$ select * from public.impersonation_sessions $$, 'staff developers read only their own sessions');
select is_empty($$ update public.impersonation_sessions set reason = 'x' returning id $$, 'or change them');
select tests.authenticate_as('staff_admin');
select results_eq($$ select count(*)::int from public.impersonation_sessions $$, array[1], 'staff admins read every session');

-- stranger, member, admin, owner: not staff
select tests.authenticate_as('member');
select is_empty($$ select * from public.impersonation_sessions $$, 'the target does not read sessions');
select throws_ok($$ insert into public.impersonation_sessions (staff_user_id, target_user_id, reason) values (tests.get_user_id('member'), tests.get_user_id('owner'), 'x') $$,
  '42501', null, 'a member cannot start a session');
select is_empty($$ update public.impersonation_sessions set ended_at = now() returning id $$, 'the target cannot end sessions');
select is_empty($$ delete from public.impersonation_sessions returning id $$, 'the target cannot delete sessions');
select tests.authenticate_as('stranger');
select is_empty($$ select * from public.impersonation_sessions $$, 'stranger reads no session');
select is_empty($$ update public.impersonation_sessions set ended_at = null returning id $$, 'stranger changes no session');
select throws_ok($$ insert into public.impersonation_sessions (staff_user_id, target_user_id, reason) values (tests.get_user_id('stranger'), tests.get_user_id('member'), 'x') $$, '42501', null, 'stranger cannot start a session');
select is_empty($$ delete from public.impersonation_sessions returning id $$, 'stranger deletes no session');
select tests.authenticate_as('admin');
select throws_ok($$ insert into public.impersonation_sessions (staff_user_id, target_user_id, reason) values (tests.get_user_id('admin'), tests.get_user_id('member'), 'x') $$,
  '42501', null, 'an organization admin cannot start a session');
select is_empty($$ select * from public.impersonation_sessions $$, 'an organization admin reads no session');
select is_empty($$ update public.impersonation_sessions set ended_at = now() returning id $$, 'an organization admin ends no session');
select is_empty($$ delete from public.impersonation_sessions returning id $$, 'an organization admin deletes no session');
select tests.authenticate_as('owner');
select is_empty($$ select * from public.impersonation_sessions $$, 'owner reads no session');
select throws_ok($$ insert into public.impersonation_sessions (staff_user_id, target_user_id, reason) values (tests.get_user_id('owner'), tests.get_user_id('member'), 'x') $$, '42501', null, 'owner cannot start a session');
select is_empty($$ update public.impersonation_sessions set ended_at = now() returning id $$, 'owner ends no session');
select is_empty($$ delete from public.impersonation_sessions returning id $$, 'owner deletes no session');

-- the claims: honoured only for an active session that matches them
select tests.authenticate_as_impersonator('staff', 'member', true);
select is(private.is_impersonating(), true, 'a fresh session is active');
select is_empty($$ select * from public.impersonation_sessions $$, 'impersonating staff read sessions as the target: none');
select throws_ok($$ insert into public.impersonation_sessions (target_user_id, reason) values (tests.get_user_id('owner'), 'x') $$,
  '42501', null, 'no new session from inside one');
select is_empty($$ update public.impersonation_sessions set ended_at = now() returning id $$, 'impersonating staff end no session as the target');
select is_empty($$ delete from public.impersonation_sessions returning id $$, 'impersonating staff delete no session');
select tests.authenticate_as_impersonator('staff', 'owner', false);
select results_eq($$ update public.organizations set locale = 'en' returning locale $$, array['en'],
  'a writable session writes as the target');
select set_config('request.jwt.claims', (current_setting('request.jwt.claims')::jsonb || jsonb_build_object('sub', tests.get_user_id('admin')))::text, true);
select is(private.is_impersonating(), false, 'claims for another target match no session');
select throws_ok($$ update public.organizations set locale = 'pt-BR' $$, '42501', 'impersonation_read_only',
  'and writes with them are refused');
select set_config('request.jwt.claims', jsonb_build_object('sub', tests.get_user_id('owner'), 'role', 'authenticated', 'impersonator', 'not-a-uuid', 'impersonation_session_id', 'x')::text, true);
select throws_ok($$ update public.organizations set locale = 'pt-BR' $$, '42501', 'impersonation_read_only',
  'malformed impersonation claims are refused, not ignored');
select tests.clear_authentication();
update public.impersonation_sessions set ended_at = now() where ended_at is null;
insert into public.impersonation_sessions (staff_user_id, target_user_id, reason, read_only, started_at, expires_at)
values (tests.get_user_id('staff_two'), tests.get_user_id('owner'), 'expired', false, now() - interval '2 hours', now() - interval '1 hour');
select set_config('request.jwt.claims', (
  select jsonb_build_object('sub', s.target_user_id, 'role', 'authenticated', 'impersonator', s.staff_user_id, 'impersonation_session_id', s.id)::text
  from public.impersonation_sessions s where s.reason = 'expired'), true);
select set_config('role', 'authenticated', true);
select is(private.is_impersonating(), false, 'an expired session is not active');
select throws_ok($$ update public.organizations set locale = 'pt-BR' $$, '42501', 'impersonation_read_only',
  'and cannot write even if it was writable');

-- service role
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.impersonation_sessions $$, array[4], 'service role reads every session');
select throws_ok($$ update public.impersonation_sessions set target_user_id = tests.get_user_id('admin') $$,
  '42501', 'impersonation_session_immutable', 'not even the service role rewrites a session');
select lives_ok(
  $$ insert into public.impersonation_sessions (staff_user_id, target_user_id, reason, started_at, expires_at, ended_at)
     values (tests.get_user_id('staff_two'), tests.get_user_id('member'), 'imported', now() - interval '3 days', now() - interval '3 days' + interval '1 hour', now() - interval '3 days') $$,
  'service role records a past session');
select throws_ok(
  $$ insert into public.impersonation_sessions (staff_user_id, target_user_id, reason) values (tests.get_user_id('member'), tests.get_user_id('owner'), 'x') $$,
  '42501', 'impersonation_refused:not_staff', 'only staff impersonate, whoever records it');
select lives_ok($$ delete from public.impersonation_sessions where reason = 'imported' $$, 'service role deletes a session');

-- what really changed
select tests.clear_authentication();
select results_eq($$ select locale from public.organizations where id = tests.org_id('Acme') $$, array['en'],
  'only the writable session''s change was stored');
select is_empty($$ select 1 from public.impersonation_sessions where ended_at is null and expires_at > now() $$,
  'no session is left active');

-- a "view as" that may write is for staff admins only; developers view read-only
select tests.clear_authentication();
update public.impersonation_sessions set ended_at = now() where ended_at is null;
select tests.authenticate_as('staff');
select throws_ok(
  $$ insert into public.impersonation_sessions (target_user_id, reason, read_only) values (tests.get_user_id('member'), 'Fix a typo', false) $$,
  '42501', 'impersonation_refused:writable_needs_staff_admin', 'a developer cannot start a writable view-as');
select tests.authenticate_as('staff_admin');
select lives_ok(
  $$ insert into public.impersonation_sessions (target_user_id, reason, read_only, write_reason) values (tests.get_user_id('member'), 'Fix a typo', false, 'Client asked us to fix it') $$,
  'a staff admin can');

select * from finish();
rollback;
