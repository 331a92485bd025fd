-- public.invitations: visible to and managed by the organization's owners/admins (only owners invite admins or
-- withdraw their invitations), read by staff; never rewritten once sent (resending sends a new one); the
-- invitee redeems the emailed token with public.accept_invitation, signed in with the invited address.
begin;
select plan(49);
select tests.create_personas();
select tests.create_user('guest');
insert into public.invitations (org_id, email, token_hash)
values (tests.org_id('Acme'), 'Guest@Arco.Test', encode(sha256('tok-acme'), 'hex'));

-- anon
select tests.authenticate_as_anon();
select is_empty($$ select * from public.invitations $$, 'anon reads no invitation');
select throws_ok(
  $$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Acme'), 'x@example.com', repeat('a', 64)) $$,
  '42501', null, 'anon cannot invite');
select throws_ok($$ update public.invitations set expires_at = now() + interval '7 days' $$, '42501', null, 'anon updates nothing');
select is_empty($$ delete from public.invitations returning id $$, 'anon deletes nothing');
select throws_ok($$ select public.accept_invitation('tok-acme') $$, '42501', null, 'anon cannot accept invitations');

-- stranger
select tests.authenticate_as('stranger');
select is_empty($$ select * from public.invitations $$, 'stranger reads no Acme invitation');
select throws_ok(
  $$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Acme'), 'x@example.com', repeat('a', 64)) $$,
  '42501', null, 'stranger cannot invite into Acme');
select throws_ok($$ update public.invitations set role = 'admin' $$, '42501', null, 'stranger cannot change Acme invitations');
select is_empty($$ delete from public.invitations returning id $$, 'stranger cannot revoke Acme invitations');

-- member: invitations hold outsiders' addresses, so plain members do not see them
select tests.authenticate_as('member');
select is_empty($$ select * from public.invitations $$, 'member reads no invitation');
select throws_ok(
  $$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Acme'), 'x@example.com', repeat('a', 64)) $$,
  '42501', null, 'member cannot invite');
select throws_ok($$ update public.invitations set expires_at = now() + interval '1 day' $$, '42501', null, 'member updates nothing');
select is_empty($$ delete from public.invitations returning id $$, 'member deletes nothing');

-- admin
select tests.authenticate_as('admin');
select results_eq($$ select email::text from public.invitations $$, array['Guest@Arco.Test'], 'admin reads the invitations');
select lives_ok(
  $$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Acme'), 'dev@example.com', repeat('b', 64)) $$,
  'admin invites a member');
select throws_ok(
  $$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Acme'), 'GUEST@arco.test', repeat('c', 64)) $$,
  '23505', null, 'one open invitation per address, case-insensitively');
select throws_ok(
  $$ insert into public.invitations (org_id, email, role, token_hash) values (tests.org_id('Acme'), 'boss@example.com', 'admin', repeat('d', 64)) $$,
  '42501', 'protected_column:role', 'admin cannot invite an admin');
select throws_ok(
  $$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Acme'), 'Member@Arco.Test', repeat('9', 64)) $$,
  '23505', 'already_member', 'an existing member is not invited again, whatever the case');
select lives_ok(
  $$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Acme'), 'stranger@arco.test', repeat('8', 64)) $$,
  'a member of another organization can be invited');
select lives_ok($$ delete from public.invitations where email = 'stranger@arco.test' $$, 'and the invitation revoked');
select throws_ok(
  $$ insert into public.invitations (org_id, email, token_hash, invited_by)
     values (tests.org_id('Acme'), 'forged@example.com', repeat('e', 64), tests.get_user_id('owner')) $$,
  '42501', null, 'the inviter is always the caller');
select throws_ok(
  $$ update public.invitations set token_hash = repeat('f', 64), expires_at = now() + interval '7 days'
     where email = 'dev@example.com' $$,
  '42501', null, 'an invitation is never rewritten: resending revokes it and sends a new one');
select results_eq($$ delete from public.invitations where email = 'dev@example.com' returning email::text $$,
  array['dev@example.com'], 'admin revokes an invitation');

-- owner
select tests.authenticate_as('owner');
select results_eq(
  $$ insert into public.invitations (org_id, email, role, token_hash) values (tests.org_id('Acme'), 'boss@example.com', 'admin', repeat('d', 64))
     returning invited_by $$,
  array[tests.get_user_id('owner')], 'owner invites an admin, recorded as the inviter');
select throws_ok($$ update public.invitations set role = 'member' where org_id = tests.org_id('Globex') $$,
  '42501', null, 'owner of Acme cannot touch Globex invitations');
select results_eq($$ select count(*)::int from public.invitations $$, array[2], 'owner reads Acme''s invitations');
select throws_ok($$ update public.invitations set accepted_at = null, email = 'me@example.com' where email = 'boss@example.com' $$,
  '42501', null, 'not even the owner rewrites or re-opens an invitation');
select is_empty($$ delete from public.invitations where org_id = tests.org_id('Globex') returning id $$,
  'owner of Acme cannot revoke Globex invitations');

-- an admin below the owner cannot withdraw (or take over) the owner's admin invitation
select tests.authenticate_as('admin');
select throws_ok($$ delete from public.invitations where email = 'boss@example.com' $$,
  '42501', 'protected_column:role', 'admin cannot revoke an admin invitation');

-- staff
select tests.authenticate_as('staff');
select results_eq($$ select count(*)::int from public.invitations $$, array[2], 'staff read every invitation');
select throws_ok(
  $$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Acme'), 'x@example.com', repeat('a', 64)) $$,
  '42501', null, 'staff do not invite');
select throws_ok($$ update public.invitations set role = 'member' $$, '42501', null, 'staff do not change invitations');
select is_empty($$ delete from public.invitations returning id $$, 'staff do not revoke invitations');

-- read-only impersonation of the admin
select tests.authenticate_as_impersonator('staff', 'admin', true);
select results_eq($$ select count(*)::int from public.invitations $$, array[2], 'impersonating staff reads as the admin');
select throws_ok(
  $$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Acme'), 'x@example.com', repeat('a', 64)) $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot invite');
select throws_ok($$ update public.invitations set expires_at = now() + interval '1 day' $$,
  '42501', null, 'a read-only impersonation cannot rewrite either');
select throws_ok($$ delete from public.invitations $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot revoke');
select tests.authenticate_as_impersonator('staff', 'guest', true);
select throws_ok($$ select public.accept_invitation('tok-acme') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot accept an invitation');

-- service role
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.invitations $$, array[2], 'service role reads every invitation');
select lives_ok(
  $$ insert into public.invitations (org_id, email, role, token_hash) values (tests.org_id('Globex'), 'ops@example.com', 'admin', repeat('9', 64)) $$,
  'service role invites');
select lives_ok($$ update public.invitations set expires_at = now() + interval '1 day' where email = 'ops@example.com' $$,
  'service role updates an invitation');
select lives_ok($$ delete from public.invitations where email = 'ops@example.com' $$, 'service role deletes an invitation');

-- accepting
select tests.authenticate_as('stranger');
select throws_ok($$ select public.accept_invitation('tok-acme') $$, '42501', 'invitation_for_another_email',
  'a forwarded link does not let someone else in');
select tests.authenticate_as('guest');
select is(public.accept_invitation('wrong-token'), null, 'an unknown token joins nothing');
select is(public.accept_invitation('tok-acme'), tests.org_id('Acme'), 'the invitee accepts with the emailed token');
select results_eq(
  $$ select o.name, m.role, m.status from public.memberships m join public.organizations o on o.id = m.org_id
     where m.user_id = tests.get_user_id('guest') $$,
  $$ values ('Acme', 'member', 'accepted') $$, 'and becomes a member with the invited role');
select is(public.accept_invitation('tok-acme'), null, 'a token works once');
select tests.clear_authentication();
insert into public.invitations (org_id, email, token_hash, expires_at, created_at)
values (tests.org_id('Globex'), 'guest@arco.test', encode(sha256('tok-old'), 'hex'), now() - interval '1 day', now() - interval '8 days');
select tests.authenticate_as('guest');
select is(public.accept_invitation('tok-old'), null, 'an expired token joins nothing');

-- what really changed
select tests.clear_authentication();
select results_eq(
  $$ select email::text, role, accepted_at is not null from public.invitations order by email::text collate "C" $$,
  $$ values ('Guest@Arco.Test', 'member', true), ('boss@example.com', 'admin', false), ('guest@arco.test', 'member', false) $$,
  'the invitations are exactly the allowed ones');

select * from finish();
rollback;
