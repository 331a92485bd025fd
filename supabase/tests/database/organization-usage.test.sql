-- public.organization_usage: the meters' figures, counted like private.enforce_limit, for members and staff
-- only; members see the seat count with pending invitations although they cannot read the invitations.
begin;
select plan(6);
select tests.create_personas();

select tests.authenticate_as('owner');
insert into public.projects (org_id, name) values (tests.org_id('Acme'), 'Site'), (tests.org_id('Acme'), 'App');
insert into public.invitations (org_id, email, token_hash, invited_by)
  values (tests.org_id('Acme'), 'new@acme.test', repeat('a', 64), tests.get_user_id('owner'));

select tests.authenticate_as('member');
select results_eq(
  $$ select usage from public.organization_usage(tests.org_id('Acme')) where limit_key = 'projects' $$,
  array[2::bigint], 'a member sees the projects count');
select results_eq(
  $$ select usage from public.organization_usage(tests.org_id('Acme')) where limit_key = 'team_members' $$,
  array[4::bigint], 'and three members plus one pending invitation as seats');
select is_empty($$ select * from public.invitations $$, 'though the invitation itself stays hidden from members');
select results_eq(
  $$ select count(*) from public.organization_usage(tests.org_id('Acme')) $$,
  array[5::bigint], 'every limit has a figure');

select tests.authenticate_as('stranger');
select is_empty($$ select * from public.organization_usage(tests.org_id('Acme')) $$,
  'another organization reads nothing');

select tests.authenticate_as('staff');
select results_eq(
  $$ select usage from public.organization_usage(tests.org_id('Acme')) where limit_key = 'projects' $$,
  array[2::bigint], 'staff read every client''s usage');

select * from finish();
rollback;
