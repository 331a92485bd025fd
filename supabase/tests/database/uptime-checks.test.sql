-- public.uptime_checks: probes of client URLs, written by the monitoring job (service role) or staff and read by
-- the client's members.
begin;
select plan(35);
select tests.create_personas();
insert into public.uptime_checks (org_id, url, status_code, response_ms, ok) values
  (tests.org_id('Acme'), 'https://acme.test/', 200, 180, true),
  (tests.org_id('Globex'), 'https://globex.test/', null, null, false);

-- anon: no table privileges at all
select tests.authenticate_as_anon();
select throws_ok($$ select * from public.uptime_checks $$, '42501', null, 'anon cannot read checks');
select throws_ok($$ insert into public.uptime_checks (org_id, url, ok) values (tests.org_id('Acme'), 'https://evil.test/', true) $$,
  '42501', null, 'anon cannot insert a check');
select throws_ok($$ update public.uptime_checks set response_ms = 250 $$, '42501', null, 'anon cannot update checks');
select throws_ok($$ delete from public.uptime_checks $$, '42501', null, 'anon cannot delete checks');

-- stranger (owner of Globex)
select tests.authenticate_as('stranger');
select results_eq($$ select url from public.uptime_checks $$, array['https://globex.test/'], 'stranger reads only Globex checks');
select throws_ok($$ insert into public.uptime_checks (org_id, url, ok) values (tests.org_id('Acme'), 'https://evil.test/', true) $$,
  '42501', null, 'stranger cannot add a check to Acme');
select is_empty($$ update public.uptime_checks set response_ms = 250 where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot update Acme checks');
select is_empty($$ delete from public.uptime_checks where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot delete Acme checks');

-- member, admin and owner of Acme: read-only
select tests.authenticate_as('member');
select results_eq($$ select url from public.uptime_checks $$, array['https://acme.test/'], 'member reads Acme checks');
select throws_ok($$ insert into public.uptime_checks (org_id, url, ok) values (tests.org_id('Acme'), 'https://mine.test/', true) $$,
  '42501', null, 'member cannot create a check');
select is_empty($$ update public.uptime_checks set response_ms = 250 returning id $$, 'member cannot update a check');
select is_empty($$ delete from public.uptime_checks returning id $$, 'member cannot delete a check');
select tests.authenticate_as('admin');
select results_eq($$ select url from public.uptime_checks $$, array['https://acme.test/'], 'admin reads Acme checks');
select throws_ok($$ insert into public.uptime_checks (org_id, url, ok) values (tests.org_id('Acme'), 'https://mine.test/', true) $$,
  '42501', null, 'admin cannot create a check');
select is_empty($$ update public.uptime_checks set response_ms = 250 returning id $$, 'admin cannot update a check');
select is_empty($$ delete from public.uptime_checks returning id $$, 'admin cannot delete a check');
select tests.authenticate_as('owner');
select results_eq($$ select url from public.uptime_checks $$, array['https://acme.test/'], 'owner reads Acme checks');
select throws_ok($$ insert into public.uptime_checks (org_id, url, ok) values (tests.org_id('Acme'), 'https://mine.test/', true) $$,
  '42501', null, 'owner cannot create a check');
select is_empty($$ update public.uptime_checks set response_ms = 250 returning id $$, 'owner cannot update a check');
select is_empty($$ delete from public.uptime_checks returning id $$, 'owner cannot delete a check');

-- staff manage every client's checks
select tests.authenticate_as('staff');
select results_eq($$ select url from public.uptime_checks order by 1 $$, array['https://acme.test/', 'https://globex.test/'],
  'staff read every organization''s checks');
select lives_ok($$ insert into public.uptime_checks (org_id, url, ok) values (tests.org_id('Acme'), 'https://acme.test/health', true) $$,
  'staff create a check');
select results_eq($$ update public.uptime_checks set response_ms = 250 where url = 'https://acme.test/' returning url $$,
  array['https://acme.test/'], 'staff update a check');
select results_eq($$ delete from public.uptime_checks where url = 'https://acme.test/health' returning url $$,
  array['https://acme.test/health'], 'staff delete a check');
select throws_ok($$ update public.uptime_checks set status_code = 700 where url = 'https://acme.test/' $$,
  '23514', null, 'status codes are HTTP codes');
select throws_ok($$ update public.uptime_checks set ok = null where url = 'https://acme.test/' $$,
  '23502', null, 'every check is up or down');

-- read-only impersonation of the owner: reads as the owner, every write refused
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq($$ select url from public.uptime_checks $$, array['https://acme.test/'], 'impersonating staff read as the owner');
select throws_ok($$ insert into public.uptime_checks (org_id, url, ok) values (tests.org_id('Acme'), 'https://shadow.test/', true) $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot insert');
select is_empty($$ update public.uptime_checks set response_ms = 250 returning id $$, 'a read-only impersonation updates nothing');
select is_empty($$ delete from public.uptime_checks returning id $$, 'a read-only impersonation deletes nothing');

-- service role (jobs, seed)
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.uptime_checks $$, array[2], 'service role reads every check');
select lives_ok($$ insert into public.uptime_checks (org_id, url, ok) values (tests.org_id('Globex'), 'https://imported.test/', true) $$,
  'service role inserts a check');
select lives_ok($$ update public.uptime_checks set response_ms = 250 where url = 'https://imported.test/' $$, 'service role updates a check');
select lives_ok($$ delete from public.uptime_checks where url = 'https://imported.test/' $$, 'service role deletes a check');

-- what really changed
select tests.clear_authentication();
select results_eq($$ select url, response_ms from public.uptime_checks order by url $$,
  $$ values ('https://acme.test/', 250), ('https://globex.test/', null) $$, 'only the allowed changes were made');

select * from finish();
rollback;
