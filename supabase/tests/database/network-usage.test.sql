-- public.network_usage: daily traffic per organization (project_id null) or per project, imported by jobs
-- (service role) or staff and read by the client's members. One row per organization, project and day.
begin;
select plan(37);
select tests.create_personas();
insert into public.projects (org_id, name) values (tests.org_id('Acme'), 'Acme site'), (tests.org_id('Globex'), 'Globex shop');
-- An organization's (only) project, usable while authenticated.
create function tests.parent_id(org text) returns uuid
language sql stable security definer
as $$ select p.id from public.projects p where p.org_id = tests.org_id(org) $$;
insert into public.network_usage (org_id, day, requests_total, requests_2xx, bandwidth_bytes, geo) values
  (tests.org_id('Acme'), '2026-11-01', 1000, 950, 5000000, '{"BR": 900, "US": 100}'),
  (tests.org_id('Globex'), '2026-11-02', 50, 50, 10000, '{}');

-- anon: no table privileges at all
select tests.authenticate_as_anon();
select throws_ok($$ select * from public.network_usage $$, '42501', null, 'anon cannot read traffic rows');
select throws_ok($$ insert into public.network_usage (org_id, day) values (tests.org_id('Acme'), '2026-10-01') $$,
  '42501', null, 'anon cannot insert a traffic row');
select throws_ok($$ update public.network_usage set requests_5xx = 7 $$, '42501', null, 'anon cannot update traffic rows');
select throws_ok($$ delete from public.network_usage $$, '42501', null, 'anon cannot delete traffic rows');

-- stranger (owner of Globex)
select tests.authenticate_as('stranger');
select results_eq($$ select day::text from public.network_usage $$, array['2026-11-02'], 'stranger reads only Globex traffic rows');
select throws_ok($$ insert into public.network_usage (org_id, day) values (tests.org_id('Acme'), '2026-10-01') $$,
  '42501', null, 'stranger cannot add a traffic row to Acme');
select is_empty($$ update public.network_usage set requests_5xx = 7 where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot update Acme traffic rows');
select is_empty($$ delete from public.network_usage where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot delete Acme traffic rows');

-- member, admin and owner of Acme: read-only
select tests.authenticate_as('member');
select results_eq($$ select day::text from public.network_usage $$, array['2026-11-01'], 'member reads Acme traffic rows');
select throws_ok($$ insert into public.network_usage (org_id, day) values (tests.org_id('Acme'), '2026-10-02') $$,
  '42501', null, 'member cannot create a traffic row');
select is_empty($$ update public.network_usage set requests_5xx = 7 returning id $$, 'member cannot update a traffic row');
select is_empty($$ delete from public.network_usage returning id $$, 'member cannot delete a traffic row');
select tests.authenticate_as('admin');
select results_eq($$ select day::text from public.network_usage $$, array['2026-11-01'], 'admin reads Acme traffic rows');
select throws_ok($$ insert into public.network_usage (org_id, day) values (tests.org_id('Acme'), '2026-10-02') $$,
  '42501', null, 'admin cannot create a traffic row');
select is_empty($$ update public.network_usage set requests_5xx = 7 returning id $$, 'admin cannot update a traffic row');
select is_empty($$ delete from public.network_usage returning id $$, 'admin cannot delete a traffic row');
select tests.authenticate_as('owner');
select results_eq($$ select day::text from public.network_usage $$, array['2026-11-01'], 'owner reads Acme traffic rows');
select throws_ok($$ insert into public.network_usage (org_id, day) values (tests.org_id('Acme'), '2026-10-02') $$,
  '42501', null, 'owner cannot create a traffic row');
select is_empty($$ update public.network_usage set requests_5xx = 7 returning id $$, 'owner cannot update a traffic row');
select is_empty($$ delete from public.network_usage returning id $$, 'owner cannot delete a traffic row');

-- staff manage every client's traffic
select tests.authenticate_as('staff');
select results_eq($$ select day::text from public.network_usage order by 1 $$, array['2026-11-01', '2026-11-02'],
  'staff read every organization''s traffic rows');
select lives_ok($$ insert into public.network_usage (org_id, day) values (tests.org_id('Acme'), '2026-11-03') $$,
  'staff create a traffic row');
select results_eq($$ update public.network_usage set requests_5xx = 7 where day::text = '2026-11-01' returning day::text $$,
  array['2026-11-01'], 'staff update a traffic row');
select results_eq($$ delete from public.network_usage where day::text = '2026-11-03' returning day::text $$,
  array['2026-11-03'], 'staff delete a traffic row');
select throws_ok($$ insert into public.network_usage (org_id, day) values (tests.org_id('Acme'), '2026-11-01') $$,
  '23505', null, 'one organization-wide row per day');

-- read-only impersonation of the owner: reads as the owner, every write refused
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq($$ select day::text from public.network_usage $$, array['2026-11-01'], 'impersonating staff read as the owner');
select throws_ok($$ insert into public.network_usage (org_id, day) values (tests.org_id('Acme'), '2026-10-03') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot insert');
select is_empty($$ update public.network_usage set requests_5xx = 7 returning id $$, 'a read-only impersonation updates nothing');
select is_empty($$ delete from public.network_usage returning id $$, 'a read-only impersonation deletes nothing');

-- service role (jobs, seed)
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.network_usage $$, array[2], 'service role reads every traffic row');
select lives_ok($$ insert into public.network_usage (org_id, day) values (tests.org_id('Globex'), '2026-10-04') $$,
  'service role inserts a traffic row');
select lives_ok($$ update public.network_usage set requests_5xx = 7 where day::text = '2026-10-04' $$, 'service role updates a traffic row');
select lives_ok($$ delete from public.network_usage where day::text = '2026-10-04' $$, 'service role deletes a traffic row');

-- per-project rows beside the organization-wide one
select tests.authenticate_as('staff');
select lives_ok($$ insert into public.network_usage (org_id, project_id, day) values (tests.org_id('Acme'), tests.parent_id('Acme'), '2026-11-01') $$,
  'a project''s row fits beside the organization-wide row of the same day');
select throws_ok($$ insert into public.network_usage (org_id, project_id, day) values (tests.org_id('Acme'), tests.parent_id('Acme'), '2026-11-01') $$,
  '23505', null, 'once per project and day');
select throws_ok($$ insert into public.network_usage (org_id, project_id, day) values (tests.org_id('Acme'), tests.parent_id('Globex'), '2026-11-05') $$,
  '23503', null, 'a project''s traffic stays in its organization');

-- what really changed
select tests.clear_authentication();
select results_eq($$ select day::text, project_id is null, requests_5xx::int from public.network_usage order by day, project_id nulls first $$,
  $$ values ('2026-11-01', true, 7), ('2026-11-01', false, 0), ('2026-11-02', true, 0) $$, 'only the allowed changes were made');

select * from finish();
rollback;
