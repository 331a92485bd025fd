-- public.reports: one monthly report per organization, produced by the report job (service role) or staff and
-- read by the client's members. A ready report names its PDF in the organization's storage folder.
begin;
select plan(38);
select tests.create_personas();
insert into public.reports (org_id, period, status) values
  (tests.org_id('Acme'), '2026-09-01', 'pending'),
  (tests.org_id('Globex'), '2026-10-01', 'failed');

-- anon: no table privileges at all
select tests.authenticate_as_anon();
select throws_ok($$ select * from public.reports $$, '42501', null, 'anon cannot read reports');
select throws_ok($$ insert into public.reports (org_id, period) values (tests.org_id('Acme'), '2026-01-01') $$,
  '42501', null, 'anon cannot insert a report');
select throws_ok($$ update public.reports set summary = '{"visits": 1200}' $$, '42501', null, 'anon cannot update reports');
select throws_ok($$ delete from public.reports $$, '42501', null, 'anon cannot delete reports');

-- stranger (owner of Globex)
select tests.authenticate_as('stranger');
select results_eq($$ select period::text from public.reports $$, array['2026-10-01'], 'stranger reads only Globex reports');
select throws_ok($$ insert into public.reports (org_id, period) values (tests.org_id('Acme'), '2026-01-01') $$,
  '42501', null, 'stranger cannot add a report to Acme');
select is_empty($$ update public.reports set summary = '{"visits": 1200}' where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot update Acme reports');
select is_empty($$ delete from public.reports where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot delete Acme reports');

-- member, admin and owner of Acme: read-only
select tests.authenticate_as('member');
select results_eq($$ select period::text from public.reports $$, array['2026-09-01'], 'member reads Acme reports');
select throws_ok($$ insert into public.reports (org_id, period) values (tests.org_id('Acme'), '2026-02-01') $$,
  '42501', null, 'member cannot create a report');
select is_empty($$ update public.reports set summary = '{"visits": 1200}' returning id $$, 'member cannot update a report');
select is_empty($$ delete from public.reports returning id $$, 'member cannot delete a report');
select tests.authenticate_as('admin');
select results_eq($$ select period::text from public.reports $$, array['2026-09-01'], 'admin reads Acme reports');
select throws_ok($$ insert into public.reports (org_id, period) values (tests.org_id('Acme'), '2026-02-01') $$,
  '42501', null, 'admin cannot create a report');
select is_empty($$ update public.reports set summary = '{"visits": 1200}' returning id $$, 'admin cannot update a report');
select is_empty($$ delete from public.reports returning id $$, 'admin cannot delete a report');
select tests.authenticate_as('owner');
select results_eq($$ select period::text from public.reports $$, array['2026-09-01'], 'owner reads Acme reports');
select throws_ok($$ insert into public.reports (org_id, period) values (tests.org_id('Acme'), '2026-02-01') $$,
  '42501', null, 'owner cannot create a report');
select is_empty($$ update public.reports set summary = '{"visits": 1200}' returning id $$, 'owner cannot update a report');
select is_empty($$ delete from public.reports returning id $$, 'owner cannot delete a report');

-- staff manage every client's reports
select tests.authenticate_as('staff');
select results_eq($$ select period::text from public.reports order by 1 $$, array['2026-09-01', '2026-10-01'],
  'staff read every organization''s reports');
select lives_ok($$ insert into public.reports (org_id, period) values (tests.org_id('Acme'), '2026-08-01') $$,
  'staff create a report');
select results_eq($$ update public.reports set summary = '{"visits": 1200}' where period::text = '2026-09-01' returning period::text $$,
  array['2026-09-01'], 'staff update a report');
select results_eq($$ delete from public.reports where period::text = '2026-08-01' returning period::text $$,
  array['2026-08-01'], 'staff delete a report');
select throws_ok($$ insert into public.reports (org_id, period) values (tests.org_id('Acme'), '2026-09-01') $$,
  '23505', null, 'one report per organization and month');
select throws_ok($$ insert into public.reports (org_id, period) values (tests.org_id('Acme'), '2026-07-15') $$,
  '23514', null, 'a period is the first day of its month');
select throws_ok($$ update public.reports set status = 'ready' where period = '2026-09-01' $$,
  '23514', null, 'a ready report has its PDF');
select throws_ok($$ update public.reports set object_name = tests.org_id('Globex') || '/reports/2026-09.pdf' where period = '2026-09-01' $$,
  '23514', null, 'kept in its own organization''s folder');
select results_eq($$ update public.reports set status = 'ready', generated_at = now(), object_name = tests.org_id('Acme') || '/reports/2026-09.pdf'
  where period = '2026-09-01' returning status $$, array['ready'], 'staff publish a report');

-- read-only impersonation of the owner: reads as the owner, every write refused
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq($$ select period::text from public.reports $$, array['2026-09-01'], 'impersonating staff read as the owner');
select throws_ok($$ insert into public.reports (org_id, period) values (tests.org_id('Acme'), '2026-03-01') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot insert');
select is_empty($$ update public.reports set summary = '{"visits": 1200}' returning id $$, 'a read-only impersonation updates nothing');
select is_empty($$ delete from public.reports returning id $$, 'a read-only impersonation deletes nothing');

-- service role (jobs, seed)
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.reports $$, array[2], 'service role reads every report');
select lives_ok($$ insert into public.reports (org_id, period) values (tests.org_id('Globex'), '2026-04-01') $$,
  'service role inserts a report');
select lives_ok($$ update public.reports set summary = '{"visits": 1200}' where period::text = '2026-04-01' $$, 'service role updates a report');
select lives_ok($$ delete from public.reports where period::text = '2026-04-01' $$, 'service role deletes a report');

-- what really changed
select tests.clear_authentication();
select results_eq($$ select period::text, status, summary from public.reports order by period::text $$,
  $$ values ('2026-09-01', 'ready', '{"visits": 1200}'::jsonb), ('2026-10-01', 'failed', '{}'::jsonb) $$, 'only the allowed changes were made');

select * from finish();
rollback;
