-- public.memberships: members see their team, owners/admins manage it, only owners grant or take away the
-- owner/admin roles, only the user accepts (or leaves) their own membership, nobody inserts one directly (they
-- come from create_organization, accept_invitation and the service role), and no organization loses its last
-- owner.
begin;
select plan(51);
select tests.create_personas();
select tests.create_user('newbie');
select tests.create_user('second');
select tests.create_user('invitee');
insert into public.memberships (org_id, user_id, role, status)
values (tests.org_id('Acme'), tests.get_user_id('invitee'), 'member', 'invited'),
  (tests.org_id('Acme'), tests.get_user_id('newbie'), 'member', 'accepted');

-- anon
select tests.authenticate_as_anon();
select is_empty($$ select * from public.memberships $$, 'anon reads no membership');
select throws_ok($$ insert into public.memberships (org_id, user_id) values (tests.org_id('Acme'), tests.get_user_id('newbie')) $$,
  '42501', null, 'anon cannot add a member');
select is_empty($$ update public.memberships set role = 'owner' returning id $$, 'anon updates nothing');
select is_empty($$ delete from public.memberships returning id $$, 'anon deletes nothing');

-- stranger
select tests.authenticate_as('stranger');
select is_empty($$ select * from public.memberships where org_id = tests.org_id('Acme') $$, 'stranger reads no Acme membership');
select results_eq($$ select role from public.memberships $$, array['owner'], 'stranger reads their own membership');
select throws_ok(
  $$ insert into public.memberships (org_id, user_id, role, status)
     values (tests.org_id('Acme'), tests.get_user_id('stranger'), 'owner', 'accepted') $$,
  '42501', null, 'stranger cannot add themself to Acme');
select is_empty($$ update public.memberships set role = 'member' where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot change Acme memberships');
select is_empty($$ delete from public.memberships where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot remove Acme members');

-- member
select tests.authenticate_as('member');
select results_eq($$ select count(*)::int from public.memberships where org_id = tests.org_id('Acme') $$, array[5],
  'member reads the whole team, pending invitations included');
select throws_ok($$ insert into public.memberships (org_id, user_id) values (tests.org_id('Acme'), tests.get_user_id('newbie')) $$,
  '42501', null, 'member cannot add members');
select is_empty($$ update public.memberships set status = 'accepted' where user_id = tests.get_user_id('invitee') returning id $$,
  'member cannot change someone else''s membership');
select throws_ok($$ update public.memberships set role = 'owner' where user_id = tests.get_user_id('member') $$,
  '42501', 'protected_column:role', 'member cannot promote themself');
select throws_ok($$ update public.memberships set org_id = tests.org_id('Globex') where user_id = tests.get_user_id('member') $$,
  '42501', 'protected_column:membership', 'a membership cannot move to another organization');
select is_empty($$ delete from public.memberships where user_id = tests.get_user_id('admin') returning id $$,
  'member cannot remove others');

-- admin
select tests.authenticate_as('admin');
select results_eq($$ select count(*)::int from public.memberships $$, array[5], 'admin reads the team');
select throws_ok(
  $$ insert into public.memberships (org_id, user_id, status) values (tests.org_id('Acme'), tests.get_user_id('second'), 'accepted') $$,
  '42501', null, 'admin cannot add a member directly, let alone an accepted one: people join by invitation');
select throws_ok($$ update public.memberships set status = 'accepted' where user_id = tests.get_user_id('invitee') $$,
  '42501', 'protected_column:status', 'admin cannot accept a pending membership for the invitee');
select is_empty($$ select * from public.profiles where id = tests.get_user_id('invitee') $$,
  'a pending membership does not show its user''s profile to the team');
select throws_ok($$ update public.memberships set role = 'admin' where user_id = tests.get_user_id('member') $$,
  '42501', 'protected_column:role', 'admin cannot promote a member');
select throws_ok($$ update public.memberships set status = 'invited' where user_id = tests.get_user_id('owner') $$,
  '42501', 'protected_column:status', 'admin cannot change the owner''s membership');
select throws_ok($$ delete from public.memberships where user_id = tests.get_user_id('owner') $$,
  '42501', 'protected_column:role', 'admin cannot remove the owner');
select results_eq($$ delete from public.memberships where user_id = tests.get_user_id('newbie') returning status $$,
  array['accepted'], 'admin removes a member');

-- owner
select tests.authenticate_as('owner');
select results_eq($$ select count(*)::int from public.memberships $$, array[4], 'owner reads the team');
select throws_ok($$ update public.memberships set status = 'accepted' where user_id = tests.get_user_id('invitee') $$,
  '42501', 'protected_column:status', 'not even the owner accepts for someone else');
select results_eq($$ update public.memberships set role = 'admin' where user_id = tests.get_user_id('member') returning role $$,
  array['admin'], 'owner promotes a member to admin');
select throws_ok(
  $$ insert into public.memberships (org_id, user_id, role) values (tests.org_id('Acme'), tests.get_user_id('second'), 'admin') $$,
  '42501', null, 'owner cannot add an admin directly either');
select throws_ok($$ update public.memberships set role = 'member' where user_id = tests.get_user_id('owner') $$,
  '42501', 'last_owner', 'the last owner cannot step down');
select throws_ok($$ delete from public.memberships where user_id = tests.get_user_id('owner') $$,
  '42501', 'last_owner', 'the last owner cannot leave');
select lives_ok($$ update public.memberships set role = 'owner' where user_id = tests.get_user_id('admin') $$,
  'owner makes an admin co-owner');
select results_eq($$ update public.memberships set role = 'member' where user_id = tests.get_user_id('owner') returning role $$,
  array['member'], 'with a second owner, the first may step down');

-- the invited user: sees their own pending membership, accepts it, may then leave
select tests.authenticate_as('invitee');
select results_eq($$ select status from public.memberships $$, array['invited'], 'an invited user sees their pending membership');
select is_empty($$ select * from public.organizations $$, 'a pending membership grants no access');
select throws_ok($$ update public.memberships set role = 'admin' where user_id = tests.get_user_id('invitee') $$,
  '42501', 'protected_column:role', 'an invited user cannot choose their role');
select results_eq($$ update public.memberships set status = 'accepted' where user_id = tests.get_user_id('invitee') returning status $$,
  array['accepted'], 'an invited user accepts');
select results_eq($$ select name from public.organizations $$, array['Acme'], 'an accepted membership grants access');
select lives_ok($$ delete from public.memberships where user_id = tests.get_user_id('invitee') $$, 'a member may leave');

-- staff
select tests.authenticate_as('staff');
select results_eq($$ select count(*)::int from public.memberships $$, array[4], 'staff read every membership');
select throws_ok($$ insert into public.memberships (org_id, user_id) values (tests.org_id('Acme'), tests.get_user_id('newbie')) $$,
  '42501', null, 'staff do not add members');
select is_empty($$ update public.memberships set role = 'owner' returning id $$, 'staff do not change memberships');
select is_empty($$ delete from public.memberships returning id $$, 'staff do not remove members');

-- read-only impersonation of the new owner
select tests.authenticate_as_impersonator('staff', 'admin', true);
select results_eq($$ select count(*)::int from public.memberships where org_id = tests.org_id('Acme') $$, array[3],
  'impersonating staff reads the team');
select throws_ok($$ insert into public.memberships (org_id, user_id) values (tests.org_id('Acme'), tests.get_user_id('newbie')) $$,
  '42501', null, 'a read-only impersonation cannot add members');
select throws_ok($$ update public.memberships set role = 'admin' where user_id = tests.get_user_id('member') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot change roles');
select throws_ok($$ delete from public.memberships where user_id = tests.get_user_id('member') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot remove members');

-- service role: manages memberships, but an organization still keeps an owner
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.memberships $$, array[4], 'service role reads every membership');
select lives_ok(
  $$ insert into public.memberships (org_id, user_id, role, status) values (tests.org_id('Globex'), tests.get_user_id('newbie'), 'admin', 'accepted') $$,
  'service role adds an admin');
select lives_ok($$ update public.memberships set role = 'member' where user_id = tests.get_user_id('newbie') $$,
  'service role changes a role');
select throws_ok($$ delete from public.memberships where user_id = tests.get_user_id('stranger') $$,
  '42501', 'last_owner', 'not even the service role removes the last owner');
select lives_ok($$ delete from public.memberships where user_id = tests.get_user_id('newbie') $$, 'service role removes a member');

-- what really changed
select tests.clear_authentication();
select results_eq(
  $$ select u.email::text, m.role, m.status from public.memberships m join auth.users u on u.id = m.user_id
     where m.org_id = tests.org_id('Acme') order by u.email $$,
  $$ values ('admin@arco.test', 'owner', 'accepted'), ('member@arco.test', 'admin', 'accepted'),
            ('owner@arco.test', 'member', 'accepted') $$,
  'Acme''s team has exactly the allowed changes');

select * from finish();
rollback;
