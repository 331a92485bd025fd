-- public.performance_metrics: Core Web Vitals and Lighthouse scores of client URLs, written by jobs (service
-- role) or staff and read by the client's members.
begin;
select plan(36);
select tests.create_personas();
insert into public.performance_metrics (org_id, url, lcp_ms, cls, performance_score, grade, source) values
  (tests.org_id('Acme'), 'https://acme.test/', 2100, 0.05, 91, 'A', 'lighthouse'),
  (tests.org_id('Globex'), 'https://globex.test/', 4200, 0.31, 48, 'D', 'crux');

-- anon: no table privileges at all
select tests.authenticate_as_anon();
select throws_ok($$ select * from public.performance_metrics $$, '42501', null, 'anon cannot read measurements');
select throws_ok($$ insert into public.performance_metrics (org_id, url, source) values (tests.org_id('Acme'), 'https://evil.test/', 'analyzer') $$,
  '42501', null, 'anon cannot insert a measurement');
select throws_ok($$ update public.performance_metrics set seo_score = 77 $$, '42501', null, 'anon cannot update measurements');
select throws_ok($$ delete from public.performance_metrics $$, '42501', null, 'anon cannot delete measurements');

-- stranger (owner of Globex)
select tests.authenticate_as('stranger');
select results_eq($$ select url from public.performance_metrics $$, array['https://globex.test/'], 'stranger reads only Globex measurements');
select throws_ok($$ insert into public.performance_metrics (org_id, url, source) values (tests.org_id('Acme'), 'https://evil.test/', 'analyzer') $$,
  '42501', null, 'stranger cannot add a measurement to Acme');
select is_empty($$ update public.performance_metrics set seo_score = 77 where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot update Acme measurements');
select is_empty($$ delete from public.performance_metrics where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot delete Acme measurements');

-- member, admin and owner of Acme: read-only
select tests.authenticate_as('member');
select results_eq($$ select url from public.performance_metrics $$, array['https://acme.test/'], 'member reads Acme measurements');
select throws_ok($$ insert into public.performance_metrics (org_id, url, source) values (tests.org_id('Acme'), 'https://mine.test/', 'analyzer') $$,
  '42501', null, 'member cannot create a measurement');
select is_empty($$ update public.performance_metrics set seo_score = 77 returning id $$, 'member cannot update a measurement');
select is_empty($$ delete from public.performance_metrics returning id $$, 'member cannot delete a measurement');
select tests.authenticate_as('admin');
select results_eq($$ select url from public.performance_metrics $$, array['https://acme.test/'], 'admin reads Acme measurements');
select throws_ok($$ insert into public.performance_metrics (org_id, url, source) values (tests.org_id('Acme'), 'https://mine.test/', 'analyzer') $$,
  '42501', null, 'admin cannot create a measurement');
select is_empty($$ update public.performance_metrics set seo_score = 77 returning id $$, 'admin cannot update a measurement');
select is_empty($$ delete from public.performance_metrics returning id $$, 'admin cannot delete a measurement');
select tests.authenticate_as('owner');
select results_eq($$ select url from public.performance_metrics $$, array['https://acme.test/'], 'owner reads Acme measurements');
select throws_ok($$ insert into public.performance_metrics (org_id, url, source) values (tests.org_id('Acme'), 'https://mine.test/', 'analyzer') $$,
  '42501', null, 'owner cannot create a measurement');
select is_empty($$ update public.performance_metrics set seo_score = 77 returning id $$, 'owner cannot update a measurement');
select is_empty($$ delete from public.performance_metrics returning id $$, 'owner cannot delete a measurement');

-- staff manage every client's measurements
select tests.authenticate_as('staff');
select results_eq($$ select url from public.performance_metrics order by 1 $$, array['https://acme.test/', 'https://globex.test/'],
  'staff read every organization''s measurements');
select lives_ok($$ insert into public.performance_metrics (org_id, url, source) values (tests.org_id('Acme'), 'https://acme.test/blog', 'analyzer') $$,
  'staff create a measurement');
select results_eq($$ update public.performance_metrics set seo_score = 77 where url = 'https://acme.test/' returning url $$,
  array['https://acme.test/'], 'staff update a measurement');
select results_eq($$ delete from public.performance_metrics where url = 'https://acme.test/blog' returning url $$,
  array['https://acme.test/blog'], 'staff delete a measurement');
select throws_ok($$ update public.performance_metrics set performance_score = 101 where url = 'https://acme.test/' $$,
  '23514', null, 'scores are 0 to 100');
select throws_ok($$ update public.performance_metrics set grade = 'G' where url = 'https://acme.test/' $$,
  '23514', null, 'grades are A to F');
select throws_ok($$ update public.performance_metrics set source = 'guess' where url = 'https://acme.test/' $$,
  '23514', null, 'sources are lighthouse, crux or analyzer');

-- read-only impersonation of the owner: reads as the owner, every write refused
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq($$ select url from public.performance_metrics $$, array['https://acme.test/'], 'impersonating staff read as the owner');
select throws_ok($$ insert into public.performance_metrics (org_id, url, source) values (tests.org_id('Acme'), 'https://shadow.test/', 'analyzer') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot insert');
select is_empty($$ update public.performance_metrics set seo_score = 77 returning id $$, 'a read-only impersonation updates nothing');
select is_empty($$ delete from public.performance_metrics returning id $$, 'a read-only impersonation deletes nothing');

-- service role (jobs, seed)
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.performance_metrics $$, array[2], 'service role reads every measurement');
select lives_ok($$ insert into public.performance_metrics (org_id, url, source) values (tests.org_id('Globex'), 'https://imported.test/', 'analyzer') $$,
  'service role inserts a measurement');
select lives_ok($$ update public.performance_metrics set seo_score = 77 where url = 'https://imported.test/' $$, 'service role updates a measurement');
select lives_ok($$ delete from public.performance_metrics where url = 'https://imported.test/' $$, 'service role deletes a measurement');

-- what really changed
select tests.clear_authentication();
select results_eq($$ select url, seo_score from public.performance_metrics order by url $$,
  $$ values ('https://acme.test/', 77), ('https://globex.test/', null) $$, 'only the allowed changes were made');

select * from finish();
rollback;
