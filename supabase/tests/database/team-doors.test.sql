-- The `team` schema's doors: the invitation page's lookup by token (anyone holding the link), the invitee
-- declining, and the team's email addresses (members and staff only). Each returns only what its caller may
-- know; none is in a schema the Data API exposes.
begin;
select plan(38);
select tests.create_personas();
select tests.create_user('guest');
select tests.create_user('boss');
update public.profiles set full_name = 'Olivia Owner' where id = tests.get_user_id('owner');
insert into public.invitations (org_id, email, role, token_hash, invited_by) values
  (tests.org_id('Acme'), 'Guest@Arco.Test', 'member', encode(sha256('token-for-the-guest'), 'hex'), tests.get_user_id('owner')),
  (tests.org_id('Acme'), 'boss@arco.test', 'admin', encode(sha256('token-for-the-boss'), 'hex'), tests.get_user_id('owner'));
insert into public.invitations (org_id, email, token_hash, invited_by, expires_at, created_at) values
  (tests.org_id('Globex'), 'guest@arco.test', encode(sha256('token-that-lapsed'), 'hex'), tests.get_user_id('stranger'),
   now() - interval '1 day', now() - interval '8 days');

select has_schema('team', 'the team doors have their own schema');

-- anon: the invitation page
select tests.authenticate_as_anon();
select results_eq(
  $$ select organization_name, organization_slug, inviter_name, email, role, state, for_caller
     from team.invitation_preview('token-for-the-guest') $$,
  $$ values ('Acme'::text, null::text, 'Olivia Owner'::text, 'Guest@Arco.Test'::text, 'member'::text, 'pending'::text, null::boolean) $$,
  'anyone with the link sees who invited which address to which organization');
select ok((select expires_at > now() + interval '6 days' from team.invitation_preview('token-for-the-guest')),
  'and until when');
select is_empty($$ select * from team.invitation_preview('token-nobody-was-sent') $$, 'an unknown token shows nothing');
select is_empty($$ select * from team.invitation_preview('short') $$, 'nor does a malformed one');
select results_eq(
  $$ select organization_name, email, state from team.invitation_preview('token-that-lapsed') $$,
  $$ values ('Globex'::text, null::text, 'expired'::text) $$,
  'a lapsed invitation says so, without its address');
select throws_ok($$ select team.decline_invitation('token-for-the-guest') $$, '42501', null, 'anon cannot decline');
select throws_ok($$ select * from team.member_emails(tests.org_id('Acme')) $$, '42501', null, 'anon reads no addresses');
select is_empty($$ select * from public.invitations $$, 'anon still reads no invitation');

-- the team's addresses
select tests.authenticate_as('member');
select results_eq($$ select email from team.member_emails(tests.org_id('Acme')) order by email $$,
  array['admin@arco.test', 'member@arco.test', 'owner@arco.test'], 'a member reads the team''s addresses');
select is_empty($$ select * from team.member_emails(tests.org_id('Globex')) $$, 'but not another organization''s');
select tests.authenticate_as('stranger');
select is_empty($$ select * from team.member_emails(tests.org_id('Acme')) $$, 'a stranger reads none of Acme''s');
select tests.authenticate_as('guest');
select is_empty($$ select * from team.member_emails(tests.org_id('Acme')) $$, 'nor does someone merely invited');
select results_eq(
  $$ select state, for_caller from team.invitation_preview('token-for-the-guest') $$,
  $$ values ('pending'::text, true) $$, 'the invitee is told the invitation is theirs, whatever the case of the address');
select tests.authenticate_as('staff');
select results_eq($$ select count(*)::int from team.member_emails(tests.org_id('Acme')) $$, array[3],
  'staff read the addresses');

-- declining
select tests.authenticate_as('stranger');
select results_eq($$ select for_caller from team.invitation_preview('token-for-the-guest') $$, array[false],
  'someone else signed in is told it is not theirs');
select throws_ok($$ select team.decline_invitation('token-for-the-guest') $$, '42501', 'invitation_for_another_email',
  'a forwarded link does not let someone else decline');
select tests.authenticate_as_impersonator('staff', 'guest', true);
select throws_ok($$ select team.decline_invitation('token-for-the-guest') $$, '42501', 'impersonation_read_only',
  'a read-only impersonation cannot decline');
select tests.authenticate_as('guest');
select is(team.decline_invitation('token-nobody-was-sent'), false, 'an unknown token declines nothing');
select is(team.decline_invitation('token-that-lapsed'), false, 'nor does a lapsed one');
select is(team.decline_invitation('token-for-the-guest'), true, 'the invitee declines');
select is(team.decline_invitation('token-for-the-guest'), false, 'once');
select is_empty($$ select * from team.invitation_preview('token-for-the-guest') $$,
  'a declined invitation is gone, like a revoked one');
select is(public.accept_invitation('token-for-the-guest'), null, 'and can no longer be accepted');
select tests.authenticate_as('boss');
select is(team.decline_invitation('token-for-the-boss'), true, 'an invitee declines an admin invitation too');

-- accepted
select tests.clear_authentication();
insert into public.invitations (org_id, email, token_hash, invited_by)
values (tests.org_id('Acme'), 'guest@arco.test', encode(sha256('token-for-the-guest-again'), 'hex'), tests.get_user_id('owner'));
select tests.authenticate_as('guest');
select is(public.accept_invitation('token-for-the-guest-again'), tests.org_id('Acme'), 'the guest accepts a new invitation');
select results_eq(
  $$ select organization_slug, email, state, for_caller from team.invitation_preview('token-for-the-guest-again') $$,
  $$ values ('acme'::text, null::text, 'accepted'::text, true) $$,
  'a used link says so, and shows the new member where to go');
select is(team.decline_invitation('token-for-the-guest-again'), false, 'an accepted invitation cannot be declined');
select results_eq($$ select count(*)::int from team.member_emails(tests.org_id('Acme')) $$, array[4],
  'the new member reads the team''s addresses');
select tests.authenticate_as('stranger');
select results_eq($$ select organization_slug, state from team.invitation_preview('token-for-the-guest-again') $$,
  $$ values (null::text, 'accepted'::text) $$, 'a non-member learns only that the link was used');

-- admins still cannot withdraw an owner's admin invitation (only the invitee's own decline can)
select tests.clear_authentication();
insert into public.invitations (org_id, email, role, token_hash, invited_by)
values (tests.org_id('Acme'), 'chief@example.com', 'admin', encode(sha256('token-for-the-chief'), 'hex'), tests.get_user_id('owner'));
select tests.authenticate_as('admin');
select throws_ok($$ delete from public.invitations where email = 'chief@example.com' $$, '42501', 'protected_column:role',
  'an admin cannot revoke an admin invitation');
select throws_ok($$ select team.decline_invitation('token-for-the-chief') $$, '42501', 'invitation_for_another_email',
  'nor decline it for the invitee');
select tests.authenticate_as('owner');
select results_eq($$ delete from public.invitations where email = 'chief@example.com' returning role $$, array['admin'],
  'the owner revokes it');

-- only the app server's connection reaches the doors: no function of the schema is in the Data API
select tests.clear_authentication();
select is_empty(
  $$ select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname = 'public' and p.proname in ('invitation_preview', 'decline_invitation', 'member_emails') $$,
  'none of them is in public');
select ok(has_function_privilege('anon', 'team.invitation_preview(text)', 'execute'), 'anon may look an invitation up');
select ok(not has_function_privilege('anon', 'team.decline_invitation(text)', 'execute'), 'but not decline one');
select ok(not has_function_privilege('anon', 'team.member_emails(uuid)', 'execute'), 'nor read addresses');

-- what really changed
select results_eq(
  $$ select email::text, accepted_at is not null from public.invitations order by email::text collate "C" $$,
  $$ values ('guest@arco.test', false), ('guest@arco.test', true) $$,
  'the declined invitations are gone; the lapsed and the accepted ones remain');

select * from finish();
rollback;
