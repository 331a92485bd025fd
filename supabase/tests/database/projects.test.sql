-- public.projects: the agency (staff) creates and runs projects, the client's members (any role) read their
-- organization's projects, nobody else sees them. The projects tier limit is covered in estate-limits.
begin;
select plan(37);
select tests.create_personas();
insert into public.projects (org_id, name, status, created_at, updated_at) values
  (tests.org_id('Acme'), 'Acme site', 'development', '2026-01-05', '2026-01-05'),
  (tests.org_id('Globex'), 'Globex shop', 'launched', '2026-01-05', '2026-01-05');

-- anon: no table privileges at all
select tests.authenticate_as_anon();
select throws_ok($$ select * from public.projects $$, '42501', null, 'anon cannot read projects');
select throws_ok($$ insert into public.projects (org_id, name) values (tests.org_id('Acme'), 'Evil') $$,
  '42501', null, 'anon cannot insert a project');
select throws_ok($$ update public.projects set name = 'Hacked' $$, '42501', null, 'anon cannot update projects');
select throws_ok($$ delete from public.projects $$, '42501', null, 'anon cannot delete projects');

-- stranger (owner of Globex)
select tests.authenticate_as('stranger');
select results_eq($$ select name from public.projects $$, array['Globex shop'], 'stranger reads only Globex projects');
select throws_ok($$ insert into public.projects (org_id, name) values (tests.org_id('Acme'), 'Evil') $$,
  '42501', null, 'stranger cannot add a project to Acme');
select is_empty($$ update public.projects set name = 'Hacked' where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot update Acme projects');
select is_empty($$ delete from public.projects where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot delete Acme projects');

-- member of Acme: read-only; admin and owner start and rename projects, the agency's columns stay the agency's
select tests.authenticate_as('member');
select results_eq($$ select name from public.projects $$, array['Acme site'], 'member reads Acme projects');
select throws_ok($$ insert into public.projects (org_id, name) values (tests.org_id('Acme'), 'Mine') $$,
  '42501', null, 'member cannot create a project');
select is_empty($$ update public.projects set completion = 100 returning id $$, 'member cannot update a project');
select is_empty($$ delete from public.projects returning id $$, 'member cannot delete a project');
select tests.authenticate_as('admin');
select results_eq($$ select name from public.projects $$, array['Acme site'], 'admin reads Acme projects');
savepoint client_writes;
select results_eq($$ insert into public.projects (org_id, name) values (tests.org_id('Acme'), 'Mine') returning name $$,
  array['Mine'], 'admin starts a project');
select throws_ok($$ insert into public.projects (org_id, name, status) values (tests.org_id('Acme'), 'Ahead', 'launched') $$,
  '42501', 'protected_column:project_progress', 'but not one the agency has already moved on');
select results_eq($$ update public.projects set name = 'Acme website' where name = 'Acme site' returning name $$,
  array['Acme website'], 'admin renames a project');
select throws_ok($$ update public.projects set budget = 1 $$,
  '42501', 'protected_column:project_progress', 'admin cannot change what the agency reports on');
select is_empty($$ delete from public.projects returning id $$, 'admin cannot delete a project');
rollback to savepoint client_writes;
select tests.authenticate_as('owner');
select results_eq($$ select name from public.projects $$, array['Acme site'], 'owner reads Acme projects');
savepoint owner_writes;
select lives_ok($$ insert into public.projects (org_id, name) values (tests.org_id('Acme'), 'Mine') $$,
  'owner starts a project');
rollback to savepoint owner_writes;
select throws_ok($$ update public.projects set status = 'launched' $$,
  '42501', 'protected_column:project_progress', 'owner cannot move a project''s status');
select is_empty($$ delete from public.projects returning id $$, 'owner cannot delete a project');

-- staff run every client's projects
select tests.authenticate_as('staff');
select results_eq($$ select name from public.projects order by name $$, array['Acme site', 'Globex shop'],
  'staff read every project');
select results_eq(
  $$ insert into public.projects (org_id, name, budget, manager_id) values (tests.org_id('Acme'), 'Acme app', 15000, tests.get_user_id('staff'))
     returning status, completion, currency $$,
  $$ values ('discovery', 0, 'BRL') $$, 'staff create a project, starting in discovery, in BRL');
select results_eq($$ update public.projects set status = 'review', completion = 80 where name = 'Acme site' returning completion $$,
  array[80], 'staff update a project');
select results_eq($$ delete from public.projects where name = 'Acme app' returning name $$, array['Acme app'],
  'staff delete a project');
select throws_ok($$ update public.projects set completion = 101 where name = 'Acme site' $$,
  '23514', null, 'completion is a percentage');
select throws_ok($$ update public.projects set status = 'abandoned' where name = 'Acme site' $$,
  '23514', null, 'status is one of the known stages');
select throws_ok($$ update public.projects set manager_id = tests.get_user_id('member') where name = 'Acme site' $$,
  '23503', null, 'the manager must be staff');

-- read-only impersonation of the owner: reads as the owner, every write refused
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq($$ select name from public.projects $$, array['Acme site'], 'impersonating staff read as the owner');
select throws_ok($$ insert into public.projects (org_id, name) values (tests.org_id('Acme'), 'Shadow') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot insert');
select throws_ok($$ update public.projects set name = 'Oops' $$, '42501', 'impersonation_read_only',
  'a read-only impersonation updates nothing');

-- service role (jobs, seed)
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.projects $$, array[2], 'service role reads every project');
select lives_ok($$ insert into public.projects (org_id, name) values (tests.org_id('Globex'), 'Globex app') $$,
  'service role inserts a project');
select lives_ok($$ delete from public.projects where name = 'Globex app' $$, 'service role deletes a project');

-- what really changed
select tests.clear_authentication();
select results_eq($$ select name, status, completion from public.projects order by name $$,
  $$ values ('Acme site', 'review', 80), ('Globex shop', 'launched', 0) $$, 'only the allowed changes were made');
select results_eq($$ select name, updated_at = now() from public.projects order by name $$,
  $$ values ('Acme site', true), ('Globex shop', false) $$, 'an update stamps updated_at');

select * from finish();
rollback;
