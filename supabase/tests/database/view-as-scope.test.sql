-- "View as" opened from the agency admin: a reason of at least ten characters, a write reason for a writable
-- session, a target who is a member of the organization it names, and the client owners' view of the sessions
-- of their organization (public.organization_view_as_activity) and of nobody else's.
begin;
select plan(17);
select tests.create_personas();

select tests.authenticate_as('staff');
select throws_ok(
  $$ insert into public.impersonation_sessions (target_user_id, reason, viewed_org_id) values (tests.get_user_id('member'), 'too short', tests.org_id('Acme')) $$,
  '23514', 'impersonation_refused:reason_too_short', 'a reason under ten characters is refused');
select throws_ok(
  $$ insert into public.impersonation_sessions (target_user_id, reason, viewed_org_id) values (tests.get_user_id('member'), 'Checking the Globex dashboard', tests.org_id('Globex')) $$,
  '42501', 'impersonation_refused:not_member', 'the target must be a member of the organization the session names');
select throws_ok(
  $$ insert into public.impersonation_sessions (target_user_id, reason, viewed_org_id, read_only, write_reason) values (tests.get_user_id('member'), 'Ticket 12: fix the logo', tests.org_id('Acme'), false, 'Client asked for it') $$,
  '42501', 'impersonation_refused:writable_needs_staff_admin', 'a developer cannot start a writable session, reason or not');
select lives_ok(
  $$ insert into public.impersonation_sessions (target_user_id, reason, viewed_org_id, expires_at) values (tests.get_user_id('member'), 'Ticket 12: dashboard empty', tests.org_id('Acme'), now() + interval '15 minutes') $$,
  'staff start a read-only session for a member of the organization');
select throws_ok($$ update public.impersonation_sessions set viewed_org_id = tests.org_id('Globex') $$,
  '42501', 'impersonation_session_immutable', 'the organization of a session cannot change');
select results_eq($$ update public.impersonation_sessions set ended_at = now() returning ended_at is not null $$,
  array[true], 'and it ends as before');

select tests.authenticate_as('staff_admin');
select throws_ok(
  $$ insert into public.impersonation_sessions (target_user_id, reason, viewed_org_id, read_only) values (tests.get_user_id('admin'), 'Ticket 13: change the logo', tests.org_id('Acme'), false) $$,
  '23514', 'impersonation_refused:write_reason_required', 'a writable session needs its own reason');
select throws_ok(
  $$ insert into public.impersonation_sessions (target_user_id, reason, viewed_org_id, read_only, write_reason) values (tests.get_user_id('admin'), 'Ticket 13: change the logo', tests.org_id('Acme'), false, 'short') $$,
  '23514', 'impersonation_refused:write_reason_required', 'a write reason under ten characters is refused');
select lives_ok(
  $$ insert into public.impersonation_sessions (target_user_id, reason, viewed_org_id, read_only, write_reason) values (tests.get_user_id('admin'), 'Ticket 13: change the logo', tests.org_id('Acme'), false, 'The client asked us to upload it') $$,
  'a staff admin starts a writable session with both reasons');
select throws_ok($$ update public.impersonation_sessions set write_reason = 'something else entirely' where ended_at is null $$,
  '42501', 'impersonation_session_immutable', 'the write reason cannot change');

-- The client's owners, and nobody else, read the sessions of their organization.
select tests.authenticate_as('owner');
select results_eq(
  $$ select count(*)::int from public.organization_view_as_activity(tests.org_id('Acme')) $$,
  array[2], 'the owner reads both sessions of their organization');
select results_eq(
  $$ select reason, read_only from public.organization_view_as_activity(tests.org_id('Acme')) order by started_at, reason limit 1 $$,
  $$ values ('Ticket 12: dashboard empty'::text, true) $$, 'with the reason and whether it could write');
select results_eq(
  $$ select bool_and(ended_at <= started_at + interval '1 hour') from public.organization_view_as_activity(tests.org_id('Acme')) $$,
  array[true], 'and when it ended (or ends at the latest)');
select is_empty($$ select * from public.organization_view_as_activity(tests.org_id('Globex')) $$,
  'not another organization''s');
select tests.authenticate_as('admin');
select is_empty($$ select * from public.organization_view_as_activity(tests.org_id('Acme')) $$,
  'an organization admin reads none');
select tests.authenticate_as('stranger');
select is_empty($$ select * from public.organization_view_as_activity(tests.org_id('Acme')) $$,
  'a stranger reads none');
select tests.authenticate_as_anon();
select throws_ok($$ select * from public.organization_view_as_activity(tests.org_id('Acme')) $$,
  '42501', null, 'anon cannot call it');

select * from finish();
rollback;
