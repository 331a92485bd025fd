-- public.infrastructure: staff record the hosting, CDN and database services they run for each client (status,
-- monthly cost), the client's members read them. A service tied to a project stays in that project's organization.
begin;
select plan(36);
select tests.create_personas();
insert into public.projects (org_id, name) values (tests.org_id('Acme'), 'Acme site'), (tests.org_id('Globex'), 'Globex shop');
-- An organization's (only) project, usable while authenticated.
create function tests.parent_id(org text) returns uuid
language sql stable security definer
as $$ select p.id from public.projects p where p.org_id = tests.org_id(org) $$;
insert into public.infrastructure (org_id, project_id, kind, provider, monthly_cost) values
  (tests.org_id('Acme'), tests.parent_id('Acme'), 'hosting', 'Acme Cloud', 120),
  (tests.org_id('Globex'), null, 'cdn', 'Globex CDN', 40);

-- anon: no table privileges at all
select tests.authenticate_as_anon();
select throws_ok($$ select * from public.infrastructure $$, '42501', null, 'anon cannot read services');
select throws_ok($$ insert into public.infrastructure (org_id, kind, provider) values (tests.org_id('Acme'), 'database', 'Evil') $$,
  '42501', null, 'anon cannot insert a service');
select throws_ok($$ update public.infrastructure set status = 'degraded' $$, '42501', null, 'anon cannot update services');
select throws_ok($$ delete from public.infrastructure $$, '42501', null, 'anon cannot delete services');

-- stranger (owner of Globex)
select tests.authenticate_as('stranger');
select results_eq($$ select provider from public.infrastructure $$, array['Globex CDN'], 'stranger reads only Globex services');
select throws_ok($$ insert into public.infrastructure (org_id, kind, provider) values (tests.org_id('Acme'), 'database', 'Evil') $$,
  '42501', null, 'stranger cannot add a service to Acme');
select is_empty($$ update public.infrastructure set status = 'degraded' where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot update Acme services');
select is_empty($$ delete from public.infrastructure where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot delete Acme services');

-- member, admin and owner of Acme: read-only
select tests.authenticate_as('member');
select results_eq($$ select provider from public.infrastructure $$, array['Acme Cloud'], 'member reads Acme services');
select throws_ok($$ insert into public.infrastructure (org_id, kind, provider) values (tests.org_id('Acme'), 'database', 'Mine') $$,
  '42501', null, 'member cannot create a service');
select is_empty($$ update public.infrastructure set status = 'degraded' returning id $$, 'member cannot update a service');
select is_empty($$ delete from public.infrastructure returning id $$, 'member cannot delete a service');
select tests.authenticate_as('admin');
select results_eq($$ select provider from public.infrastructure $$, array['Acme Cloud'], 'admin reads Acme services');
select throws_ok($$ insert into public.infrastructure (org_id, kind, provider) values (tests.org_id('Acme'), 'database', 'Mine') $$,
  '42501', null, 'admin cannot create a service');
select is_empty($$ update public.infrastructure set status = 'degraded' returning id $$, 'admin cannot update a service');
select is_empty($$ delete from public.infrastructure returning id $$, 'admin cannot delete a service');
select tests.authenticate_as('owner');
select results_eq($$ select provider from public.infrastructure $$, array['Acme Cloud'], 'owner reads Acme services');
select throws_ok($$ insert into public.infrastructure (org_id, kind, provider) values (tests.org_id('Acme'), 'database', 'Mine') $$,
  '42501', null, 'owner cannot create a service');
select is_empty($$ update public.infrastructure set status = 'degraded' returning id $$, 'owner cannot update a service');
select is_empty($$ delete from public.infrastructure returning id $$, 'owner cannot delete a service');

-- staff manage every client's services
select tests.authenticate_as('staff');
select results_eq($$ select provider from public.infrastructure order by 1 $$, array['Acme Cloud', 'Globex CDN'],
  'staff read every organization''s services');
select lives_ok($$ insert into public.infrastructure (org_id, kind, provider) values (tests.org_id('Acme'), 'database', 'Acme DB') $$,
  'staff create a service');
select results_eq($$ update public.infrastructure set status = 'degraded' where provider = 'Acme Cloud' returning provider $$,
  array['Acme Cloud'], 'staff update a service');
select results_eq($$ delete from public.infrastructure where provider = 'Acme DB' returning provider $$,
  array['Acme DB'], 'staff delete a service');
select throws_ok($$ insert into public.infrastructure (org_id, project_id, kind, provider) values (tests.org_id('Globex'), tests.parent_id('Acme'), 'hosting', 'Crossed') $$,
  '23503', null, 'a service cannot point at another organization''s project');
select throws_ok($$ update public.infrastructure set kind = 'email' where provider = 'Acme Cloud' $$,
  '23514', null, 'kind is hosting, cdn or database');
select throws_ok($$ update public.infrastructure set monthly_cost = -1 where provider = 'Acme Cloud' $$,
  '23514', null, 'costs are not negative');

-- read-only impersonation of the owner: reads as the owner, every write refused
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq($$ select provider from public.infrastructure $$, array['Acme Cloud'], 'impersonating staff read as the owner');
select throws_ok($$ insert into public.infrastructure (org_id, kind, provider) values (tests.org_id('Acme'), 'database', 'Shadow') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot insert');
select is_empty($$ update public.infrastructure set status = 'degraded' returning id $$, 'a read-only impersonation updates nothing');
select is_empty($$ delete from public.infrastructure returning id $$, 'a read-only impersonation deletes nothing');

-- service role (jobs, seed)
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.infrastructure $$, array[2], 'service role reads every service');
select lives_ok($$ insert into public.infrastructure (org_id, kind, provider) values (tests.org_id('Globex'), 'database', 'Imported') $$,
  'service role inserts a service');
select lives_ok($$ update public.infrastructure set status = 'degraded' where provider = 'Imported' $$, 'service role updates a service');
select lives_ok($$ delete from public.infrastructure where provider = 'Imported' $$, 'service role deletes a service');

-- what really changed
select tests.clear_authentication();
select results_eq($$ select provider, status, monthly_cost, currency from public.infrastructure order by provider $$,
  $$ values ('Acme Cloud', 'degraded', 120.00, 'BRL'), ('Globex CDN', 'operational', 40.00, 'BRL') $$, 'only the allowed changes were made');

select * from finish();
rollback;
