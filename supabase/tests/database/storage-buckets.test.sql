-- Every Storage bucket and the policies on storage.objects that open it. A new bucket or policy changes the
-- inventory below on purpose: it has to be looked at. Rules for all of them: each policy names one bucket and
-- is for signed-in users; a private bucket is read through at least one policy; a public bucket takes no writes
-- from users; the buckets that count against the storage quota are private. Then report-pdfs, persona by persona.
begin;
select plan(19);
select tests.create_personas();

select results_eq(
  $$ select b.id, b.public, coalesce((
       select array_agg(p.cmd::text order by p.cmd) from pg_policies p
       where p.schemaname = 'storage' and p.tablename = 'objects'
         and coalesce(p.qual, p.with_check) like '%bucket_id = ''' || b.id || '''::text%'), '{}')
     from storage.buckets b order by b.id $$,
  $$ values ('analysis-screenshots', true, '{}'::text[]),
            ('brand-logos', false, '{DELETE,INSERT,SELECT}'::text[]),
            ('client-files', false, '{DELETE,DELETE,INSERT,SELECT}'::text[]),
            ('data-exports', false, '{SELECT}'::text[]),
            ('report-pdfs', false, '{SELECT}'::text[]) $$,
  'the buckets and what their policies let users do');
select is_empty(
  $$ select p.policyname from pg_policies p
     cross join lateral (
       select array_agg(distinct m[1]) as buckets
       from regexp_matches(coalesce(p.qual, '') || ' ' || coalesce(p.with_check, ''), 'bucket_id = ''([^'']+)''::text', 'g') m
     ) named
     where p.schemaname = 'storage' and p.tablename = 'objects'
       and (cardinality(coalesce(named.buckets, '{}')) <> 1
         or not exists (select 1 from storage.buckets b where b.id = named.buckets[1])) $$,
  'every policy on storage.objects names exactly one existing bucket');
select is_empty(
  $$ select policyname from pg_policies where schemaname = 'storage' and roles <> '{authenticated}' $$,
  'every storage policy is for signed-in users only');
select is_empty(
  $$ select b.id from storage.buckets b
     where not b.public and not exists (
       select 1 from pg_policies p
       where p.schemaname = 'storage' and p.tablename = 'objects' and p.cmd in ('SELECT', 'ALL')
         and p.qual like '%bucket_id = ''' || b.id || '''::text%') $$,
  'every private bucket can be read through a policy');
select is_empty(
  $$ select b.id from storage.buckets b
     join pg_policies p on p.schemaname = 'storage' and p.tablename = 'objects' and p.cmd <> 'SELECT'
       and coalesce(p.qual, p.with_check) like '%bucket_id = ''' || b.id || '''::text%'
     where b.public $$,
  'no public bucket takes writes from users');
select is_empty(
  $$ select id from storage.buckets where public and private.counts_against_storage_quota(id) $$,
  'the buckets the storage quota counts are private');

-- report-pdfs: written by the report job (service role), read by the organization's members and staff
insert into storage.objects (bucket_id, name, metadata) values
  ('report-pdfs', tests.org_id('Acme') || '/reports/2026-10.pdf', '{"size": 1000, "mimetype": "application/pdf"}'),
  ('report-pdfs', tests.org_id('Globex') || '/reports/2026-10.pdf', '{"size": 1000, "mimetype": "application/pdf"}');

select tests.authenticate_as_anon();
select is_empty($$ select 1 from storage.objects where bucket_id = 'report-pdfs' $$, 'anon reads no report PDF');

select tests.authenticate_as('member');
select results_eq($$ select name from storage.objects where bucket_id = 'report-pdfs' $$,
  array[tests.org_id('Acme') || '/reports/2026-10.pdf'], 'a member reads their organization''s report PDFs only');
select throws_ok(
  $$ insert into storage.objects (bucket_id, name) values ('report-pdfs', tests.org_id('Acme') || '/reports/2026-11.pdf') $$,
  '42501', null, 'a member cannot upload a report PDF');

select tests.authenticate_as('owner');
select is_empty($$ delete from storage.objects where bucket_id = 'report-pdfs' returning name $$,
  'an owner cannot delete a report PDF');
select is_empty($$ update storage.objects set name = name || '.old' where bucket_id = 'report-pdfs' returning name $$,
  'nor rename one');
select throws_ok(
  $$ insert into storage.objects (bucket_id, name) values ('report-pdfs', tests.org_id('Acme') || '/reports/2026-11.pdf') $$,
  '42501', null, 'nor upload one');

select tests.authenticate_as('stranger');
select results_eq($$ select name from storage.objects where bucket_id = 'report-pdfs' $$,
  array[tests.org_id('Globex') || '/reports/2026-10.pdf'], 'another organization reads only its own');

select tests.authenticate_as('staff');
select results_eq($$ select count(*)::int from storage.objects where bucket_id = 'report-pdfs' $$, array[2],
  'staff read every report PDF');
select throws_ok(
  $$ insert into storage.objects (bucket_id, name) values ('report-pdfs', tests.org_id('Acme') || '/reports/2026-11.pdf') $$,
  '42501', null, 'staff do not upload report PDFs as themselves: the job does');

select tests.authenticate_as_service_role();
select lives_ok(
  $$ insert into storage.objects (bucket_id, name, metadata)
     values ('report-pdfs', tests.org_id('Acme') || '/reports/2026-11.pdf', '{"size": 2000, "mimetype": "application/pdf"}') $$,
  'the report job writes a PDF');
select lives_ok(
  $$ update storage.objects set version = 'v2', metadata = '{"size": 2100, "mimetype": "application/pdf"}'
     where name = tests.org_id('Acme') || '/reports/2026-11.pdf' $$,
  'and may replace it when the report is generated again');
select lives_ok($$ delete from storage.objects where name = tests.org_id('Acme') || '/reports/2026-11.pdf' $$,
  'or remove it');

select tests.clear_authentication();
select is_empty($$ select 1 from public.usage_counters where metric = 'storage_bytes' and value > 0 $$,
  'none of it counts against a storage quota');

select * from finish();
rollback;
