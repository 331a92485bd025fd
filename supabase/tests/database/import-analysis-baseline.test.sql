-- public.import_analysis_baseline: the sign-up import of a free analysis as the first project and performance
-- record of the caller's new organization. Only the owner, only their own analysis (by lead email or the id
-- their sign-up carried), only finished analyses, only into an organization without projects, once.
begin;
select plan(25);
select tests.create_personas();
select tests.create_user(name) from unnest(array['ana', 'bia', 'cyd']) as name;
-- bia's sign-up carried the analysis she ran without giving an email.
update auth.users set raw_user_meta_data = raw_user_meta_data || '{"analysis_id": "00000000-0000-4000-8000-0000000000b2"}'
where email = 'bia@arco.test';
-- cyd has not confirmed her address yet.
update auth.users set email_confirmed_at = null where email = 'cyd@arco.test';

insert into public.leads (id, email, source)
values
  ('00000000-0000-4000-8000-00000000000a', 'Ana@Arco.test', 'analyzer'),
  ('00000000-0000-4000-8000-00000000000c', 'cyd@arco.test', 'analyzer'),
  ('00000000-0000-4000-8000-00000000000d', 'owner@arco.test', 'analyzer');
insert into public.url_analyses (id, url, normalized_url, final_url, lead_id, status, progress, stage, result, finished_at)
select id::uuid, url, url, final_url, lead_id::uuid, status, progress, stage, result, now()
from (values
  ('00000000-0000-4000-8000-0000000000a1', 'https://shop.test/', 'https://www.shop.test/home', '00000000-0000-4000-8000-00000000000a',
    'done', 100, 'done', jsonb_build_object(
      'finalUrl', 'https://www.shop.test/home', 'fetchedAt', '2026-11-20T12:00:00.000Z',
      'scores', jsonb_build_object('performance', 72, 'accessibility', 95, 'bestPractices', 100, 'seo', 91),
      'metrics', jsonb_build_object('lcpMs', 3120.4, 'cls', 0.042, 'tbtMs', 310, 'fcpMs', 1450.6, 'speedIndexMs', 2900,
        'ttfbMs', 212.2))),
  ('00000000-0000-4000-8000-0000000000b2', 'https://bia.test/', 'https://bia.test/', null,
    'done', 100, 'done', jsonb_build_object(
      'finalUrl', 'https://bia.test/', 'fetchedAt', '2026-11-21T08:30:00.000Z',
      'scores', jsonb_build_object('performance', 99, 'accessibility', 100, 'bestPractices', 96, 'seo', null),
      'metrics', jsonb_build_object('lcpMs', null, 'cls', null, 'tbtMs', null, 'fcpMs', null, 'speedIndexMs', null,
        'ttfbMs', null))),
  ('00000000-0000-4000-8000-0000000000c3', 'https://cyd.test/', 'https://cyd.test/', '00000000-0000-4000-8000-00000000000c',
    'done', 100, 'done', jsonb_build_object('finalUrl', 'https://cyd.test/', 'scores', jsonb_build_object('performance', 50))),
  ('00000000-0000-4000-8000-0000000000d4', 'https://acme.test/', 'https://acme.test/', '00000000-0000-4000-8000-00000000000d',
    'done', 100, 'done', jsonb_build_object('finalUrl', 'https://acme.test/', 'scores', jsonb_build_object('performance', 80))),
  ('00000000-0000-4000-8000-0000000000a5', 'https://running.test/', null, '00000000-0000-4000-8000-00000000000a',
    'running', 40, 'auditing', null)
) as fixture (id, url, final_url, lead_id, status, progress, stage, result);
-- Acme already has a project: it is no new organization to start from an analysis.
insert into public.projects (org_id, name) values (tests.org_id('Acme'), 'Existing site');

-- anon
select tests.authenticate_as_anon();
select throws_ok(
  $$ select public.import_analysis_baseline(tests.org_id('Acme'), '00000000-0000-4000-8000-0000000000a1') $$,
  '42501', null, 'anon cannot import');

-- ana creates her organization, then imports her analysis
select tests.authenticate_as('ana');
create temporary table ana_org on commit drop as select public.create_organization('Ana Shop', 'ana-shop') as id;
grant select on ana_org to authenticated, service_role;
select throws_ok(
  $$ select public.import_analysis_baseline(tests.org_id('Acme'), '00000000-0000-4000-8000-0000000000a1') $$,
  '42501', null, 'ana cannot import into an organization she does not own');
select throws_ok(
  $$ select public.import_analysis_baseline((select id from ana_org), '00000000-0000-4000-8000-0000000000b2') $$,
  '42501', null, 'ana cannot import an analysis that is not hers');
select throws_ok(
  $$ select public.import_analysis_baseline((select id from ana_org), '00000000-0000-4000-8000-00000000ffff') $$,
  '42501', null, 'an unknown analysis is refused like someone else''s');
select throws_ok(
  $$ select public.import_analysis_baseline((select id from ana_org), '00000000-0000-4000-8000-0000000000a5') $$,
  '55000', 'analysis_not_importable', 'an analysis still running cannot be imported');

create temporary table ana_import on commit drop as
  select public.import_analysis_baseline((select id from ana_org), '00000000-0000-4000-8000-0000000000a1') as id;
grant select on ana_import to authenticated, service_role;
select isnt((select id from ana_import), null, 'ana imports her analysis (her lead, any casing of her address)');
select results_eq(
  $$ select name, status from public.projects where org_id = (select id from ana_org) $$,
  $$ values ('shop.test', 'launched') $$,
  'the first project is named after the analyzed host, without www.');
select results_eq(
  $$ select pm.id, pm.url, pm.measured_at, pm.lcp_ms, pm.cls, pm.fcp_ms, pm.ttfb_ms, pm.inp_ms, pm.performance_score,
       pm.accessibility_score, pm.best_practices_score, pm.seo_score, pm.source, pm.project_id = p.id
     from public.performance_metrics pm join public.projects p on p.org_id = pm.org_id
     where pm.org_id = (select id from ana_org) $$,
  $$ values ((select id from ana_import), 'https://www.shop.test/home', '2026-11-20T12:00:00Z'::timestamptz, 3120, 0.042,
       1451, 212, null::integer, 72, 95, 100, 91, 'analyzer', true) $$,
  'the analysis becomes the project''s first performance record, readable by its member');
select is(
  public.import_analysis_baseline((select id from ana_org), '00000000-0000-4000-8000-0000000000a1'),
  (select id from ana_import),
  'importing again returns the record already imported');
select is(
  (select count(*)::int from public.performance_metrics where org_id = (select id from ana_org)), 1,
  'and adds no second record');
select is(
  (select count(*)::int from public.projects where org_id = (select id from ana_org)), 1,
  'nor a second project');
select throws_ok(
  $$ insert into public.projects (org_id, name, status) values ((select id from ana_org), 'Another', 'launched') $$,
  '42501', 'protected_column:project_progress',
  'the import is no general door: ana cannot create a launched project herself');

-- bia: the analysis id carried by her sign-up
select tests.authenticate_as('bia');
create temporary table bia_org on commit drop as select public.create_organization('Bia', 'bia') as id;
grant select on bia_org to authenticated, service_role;
select throws_ok(
  $$ select public.import_analysis_baseline((select id from bia_org), '00000000-0000-4000-8000-0000000000a1') $$,
  '42501', null, 'bia cannot import ana''s analysis');
select isnt(
  public.import_analysis_baseline((select id from bia_org), '00000000-0000-4000-8000-0000000000b2'), null,
  'bia imports the analysis her sign-up carried');
select results_eq(
  $$ select p.name, pm.performance_score, pm.seo_score, pm.lcp_ms
     from public.performance_metrics pm join public.projects p on p.id = pm.project_id
     where pm.org_id = (select id from bia_org) $$,
  $$ values ('bia.test', 99, null::integer, null::integer) $$,
  'scores and metrics Lighthouse could not measure stay empty');
select is_empty(
  $$ select 1 from public.performance_metrics where org_id = (select id from ana_org) $$,
  'bia does not see ana''s baseline');

-- cyd: an address not yet confirmed proves nothing
select tests.authenticate_as('cyd');
create temporary table cyd_org on commit drop as select public.create_organization('Cyd', 'cyd') as id;
grant select on cyd_org to authenticated, service_role;
select throws_ok(
  $$ select public.import_analysis_baseline((select id from cyd_org), '00000000-0000-4000-8000-0000000000c3') $$,
  '42501', null, 'a lead''s address counts only once the caller has confirmed it');

-- Acme: only its owner, and only while it has no project
select tests.authenticate_as('admin');
select throws_ok(
  $$ select public.import_analysis_baseline(tests.org_id('Acme'), '00000000-0000-4000-8000-0000000000d4') $$,
  '42501', null, 'an admin who is not the owner cannot import');
select tests.authenticate_as('owner');
select throws_ok(
  $$ select public.import_analysis_baseline(tests.org_id('Acme'), '00000000-0000-4000-8000-0000000000d4') $$,
  '55000', 'organization_not_new', 'an organization that already has projects is not started from an analysis');

-- a read-only "view as" of ana writes nothing, even through this function
select tests.clear_authentication();
delete from public.performance_metrics where org_id = (select id from ana_org);
delete from public.projects where org_id = (select id from ana_org);
select tests.authenticate_as_impersonator('staff', 'ana', true);
select throws_ok(
  $$ select public.import_analysis_baseline((select id from ana_org), '00000000-0000-4000-8000-0000000000a1') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot import');

select tests.clear_authentication();
select results_eq(
  $$ select email::text, converted_org_id = (select id from ana_org) from public.leads order by email $$,
  $$ values ('Ana@Arco.test', true), ('cyd@arco.test', null), ('owner@arco.test', null) $$,
  'the importing lead records the organization it became; the others are untouched');
select results_eq(
  $$ select actor_id from public.audit_log where table_name = 'performance_metrics' and action = 'insert' order by id $$,
  $$ values (tests.get_user_id('ana')), (tests.get_user_id('bia')) $$,
  'each import is in the audit trail under the caller');

select ok(
  (select p.prosecdef and p.proconfig = array['search_path=""']
    from pg_proc p where p.oid = 'public.import_analysis_baseline(uuid, uuid)'::regprocedure),
  'security definer with a pinned, empty search_path');
select function_privs_are('public', 'import_analysis_baseline', array['uuid', 'uuid'], 'anon', array[]::text[],
  'anon may not call it');
select function_privs_are('public', 'import_analysis_baseline', array['uuid', 'uuid'], 'authenticated',
  array['EXECUTE'], 'signed-in users may call it');

select * from finish();
rollback;
