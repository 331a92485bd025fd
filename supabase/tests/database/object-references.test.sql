-- private.object_is_referenced: what the orphan sweep must never remove. It knows every column that names
-- Storage objects; the first test holds that list to the columns that exist, so a new one has to be taught to
-- it (or declared unrelated here) before the sweep can delete what the new column names.
begin;
select plan(14);
select tests.create_personas();

select results_eq(
  $$ select format('%s.%s', c.relname, a.attname) collate "default" from pg_attribute a
     join pg_class c on c.oid = a.attrelid and c.relkind in ('r', 'p')
     join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
     where a.attnum > 0 and not a.attisdropped
       and a.attname operator(pg_catalog.~) '(^|_)(objects?|attachments?|screenshots?|buckets?|storage|path|files?|pdf)(_|$)'
     order by c.relname, a.attname $$,
  $$ values
       ('data_exports.object_name'),
       ('rate_limit_hits.bucket'), -- not Storage: the name of a rate limit
       ('reports.object_name'),
       ('storage_files.bucket_id'),
       ('storage_files.object_name'),
       ('ticket_messages.attachments'),
       ('url_analyses.screenshot_object') $$,
  'the columns that name objects are the ones the sweep knows');

create function tests.object_name(org text, file text) returns text
language sql stable
as $$ select tests.org_id(org) || '/' || md5(file)::uuid || '/' || file $$;

insert into storage.objects (bucket_id, name, metadata)
select 'client-files', tests.object_name('Acme', f), '{"size": 10}'
from unnest(array['recorded.pdf', 'attached.png', 'internal.png', 'loose.zip']) as f;
insert into public.storage_files (org_id, object_name, name, size_bytes)
values (tests.org_id('Acme'), tests.object_name('Acme', 'recorded.pdf'), 'recorded.pdf', 10);
insert into public.support_tickets (id, org_id, subject)
values ('6f1c2b9e-58a4-4d3e-9d7a-2c1e0f3b4a5d', tests.org_id('Acme'), 'Checkout broken');
insert into public.ticket_messages (ticket_id, org_id, body, is_internal, attachments) values
  ('6f1c2b9e-58a4-4d3e-9d7a-2c1e0f3b4a5d', tests.org_id('Acme'), 'Screenshot attached', false,
   jsonb_build_array(jsonb_build_object('object_name', tests.object_name('Acme', 'attached.png'), 'name', 'attached.png'))),
  ('6f1c2b9e-58a4-4d3e-9d7a-2c1e0f3b4a5d', tests.org_id('Acme'), 'Another angle', false,
   jsonb_build_array(jsonb_build_object('object_name', tests.object_name('Acme', 'internal.png'), 'name', 'internal.png')));
insert into public.reports (org_id, period, status, object_name, generated_at)
values (tests.org_id('Acme'), '2026-10-01', 'ready', tests.org_id('Acme') || '/reports/2026-10.pdf', now());
insert into public.url_analyses (id, url, normalized_url, screenshot_object)
values ('0b7e4c1a-9d2f-4e3b-8a6c-5f1d2e3c4b5a', 'https://example.com', 'https://example.com/',
  '0b7e4c1a-9d2f-4e3b-8a6c-5f1d2e3c4b5a.jpg');

select ok(private.object_is_referenced('client-files', tests.object_name('Acme', 'recorded.pdf')),
  'a file the file store records');
select ok(private.object_is_referenced('client-files', tests.object_name('Acme', 'attached.png')),
  'a file a ticket message attaches, without a file row');
select ok(private.object_is_referenced('client-files', tests.object_name('Acme', 'internal.png')),
  'a file a later message attaches');
select ok(private.object_is_referenced('report-pdfs', tests.org_id('Acme') || '/reports/2026-10.pdf'),
  'a report''s PDF');
select ok(private.object_is_referenced('analysis-screenshots', '0b7e4c1a-9d2f-4e3b-8a6c-5f1d2e3c4b5a.jpg'),
  'an analysis''s screenshot');
insert into public.data_exports (scope, requested_by, org_id, status, object_name, expires_at, finished_at)
values ('organization', tests.get_user_id('owner'), tests.org_id('Acme'), 'ready',
  tests.org_id('Acme') || '/export.zip', now() + interval '7 days', now());
select ok(private.object_is_referenced('data-exports', tests.org_id('Acme') || '/export.zip'), 'a data export''s zip');
select ok(not private.object_is_referenced('client-files', tests.object_name('Acme', 'loose.zip')),
  'not an upload nothing names');
select ok(not private.object_is_referenced('client-files', tests.org_id('Acme') || '/reports/2026-10.pdf'),
  'a name counts in the bucket it was written for only: a report''s name in client-files');
select ok(not private.object_is_referenced('report-pdfs', tests.object_name('Acme', 'attached.png')),
  'an attachment''s name in report-pdfs');
select ok(not private.object_is_referenced('client-files', tests.object_name('Globex', 'attached.png')),
  'another organization''s object of the same file name');
select ok(not private.object_is_referenced('client-files', 'no-organization/attached.png'),
  'a name outside any organization''s folder');

-- the sweep's own query, with no grace period: of Acme's four client files only the loose upload goes
select results_eq(
  $$ select name from storage.objects o
     where o.bucket_id = 'client-files' and not private.object_is_referenced(o.bucket_id, o.name) $$,
  array[tests.object_name('Acme', 'loose.zip')], 'nothing referenced is ever an orphan');

select tests.authenticate_as('member');
select throws_ok($$ select private.object_is_referenced('client-files', 'x') $$, '42501', null,
  'users cannot call it');

select * from finish();
rollback;
