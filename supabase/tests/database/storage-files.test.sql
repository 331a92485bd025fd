-- public.storage_files and the private client-files bucket. Objects are named <org_id>/<uuid>/<file name>:
-- members of that organization read and upload, its owners/admins delete, staff read. A metadata row follows an
-- upload and takes the object's real size; the object's bytes are what counts against the storage limit (see
-- storage-quota.test.sql), and a row goes after its object. The creator and owners/admins rename or move a file;
-- only owners/admins delete.
begin;
select plan(54);
select tests.create_personas();
-- A stable object name in an organization's folder.
create function tests.object_name(org text, file text) returns text
language sql stable
as $$ select tests.org_id(org) || '/' || md5(file)::uuid || '/' || file $$;
insert into storage.objects (bucket_id, name, metadata) values
  ('client-files', tests.object_name('Acme', 'contract.pdf'), '{"size": 1000, "mimetype": "application/pdf"}'),
  ('client-files', tests.object_name('Globex', 'logo.png'), '{"size": 500, "mimetype": "image/png"}');
-- Another bucket whose names do not start with an organization id must not trip the client-files policies.
insert into storage.buckets (id, name) values ('misc', 'misc');
insert into storage.objects (bucket_id, name) values ('misc', 'readme.txt');
insert into public.storage_folders (org_id, name) values (tests.org_id('Acme'), 'Contracts');
insert into public.storage_files (org_id, folder_id, object_name, name, size_bytes, uploaded_by) values
  (tests.org_id('Acme'), (select id from public.storage_folders), tests.object_name('Acme', 'contract.pdf'), 'contract.pdf', 0,
   tests.get_user_id('admin')),
  (tests.org_id('Globex'), null, tests.object_name('Globex', 'logo.png'), 'logo.png', 0, tests.get_user_id('stranger'));

-- anon
select tests.authenticate_as_anon();
select is_empty($$ select 1 from storage.objects where bucket_id = 'client-files' $$, 'anon reads no client object');
select throws_ok($$ insert into storage.objects (bucket_id, name) values ('client-files', tests.object_name('Acme', 'evil.exe')) $$,
  '42501', null, 'anon cannot upload');
select throws_ok($$ select * from public.storage_files $$, '42501', null, 'anon cannot read file metadata');
select throws_ok($$ insert into public.storage_files (org_id, object_name, name, size_bytes) values (tests.org_id('Acme'), tests.object_name('Acme', 'x'), 'x', 1) $$,
  '42501', null, 'anon cannot record a file');
select throws_ok($$ update public.storage_files set name = 'Hacked' $$, '42501', null, 'anon cannot rename files');
select throws_ok($$ delete from public.storage_files $$, '42501', null, 'anon cannot delete files');

-- stranger (owner of Globex)
select tests.authenticate_as('stranger');
select results_eq($$ select name from storage.objects where bucket_id = 'client-files' $$, array[tests.object_name('Globex', 'logo.png')],
  'stranger reads only Globex objects');
select throws_ok($$ insert into storage.objects (bucket_id, name) values ('client-files', tests.object_name('Acme', 'evil.exe')) $$,
  '42501', null, 'stranger cannot upload into Acme''s folder');
select is_empty($$ delete from storage.objects where name like tests.org_id('Acme') || '/%' returning id $$,
  'stranger cannot delete Acme objects');
select results_eq($$ select name from public.storage_files $$, array['logo.png'], 'stranger reads only Globex files');
select throws_ok($$ insert into public.storage_files (org_id, object_name, name, size_bytes) values (tests.org_id('Acme'), tests.object_name('Acme', 'contract.pdf'), 'mine.pdf', 1) $$,
  '42501', null, 'stranger cannot record a file in Acme');
select is_empty($$ update public.storage_files set name = 'Hacked' where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot rename Acme files');
select is_empty($$ delete from public.storage_files where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot delete Acme files');

-- member: uploads, then records the file; renames their own
select tests.authenticate_as('member');
select results_eq($$ select count(*)::int from storage.objects $$, array[1], 'member reads Acme objects, and nothing of other buckets');
select lives_ok(
  $$ insert into storage.objects (bucket_id, name, metadata)
     values ('client-files', tests.object_name('Acme', 'brief.docx'), '{"size": 2048, "mimetype": "application/msword"}') $$,
  'member uploads into Acme''s folder');
select throws_ok($$ insert into storage.objects (bucket_id, name) values ('client-files', tests.object_name('Globex', 'drop.txt')) $$,
  '42501', null, 'but not into another organization''s');
select is_empty($$ delete from storage.objects where name = tests.object_name('Acme', 'brief.docx') returning id $$,
  'member cannot delete objects');
select results_eq(
  $$ insert into public.storage_files (org_id, object_name, name, size_bytes) values (tests.org_id('Acme'), tests.object_name('Acme', 'brief.docx'), 'brief.docx', 1)
     returning size_bytes, mime_type, uploaded_by = tests.get_user_id('member') $$,
  $$ values (2048::bigint, 'application/msword', true) $$, 'member records the upload, with the object''s real size and type');
select throws_ok(
  $$ insert into public.storage_files (org_id, object_name, name, size_bytes) values (tests.org_id('Acme'), tests.object_name('Acme', 'ghost.zip'), 'ghost.zip', 1) $$,
  '23503', 'storage_object_missing: ' || tests.object_name('Acme', 'ghost.zip') || ' in client-files', 'a file cannot be recorded before its upload');
select throws_ok(
  $$ insert into public.storage_files (org_id, object_name, name, size_bytes) values (tests.org_id('Acme'), 'loose/brief.docx', 'brief.docx', 1) $$,
  '23514', null, 'object names start with the organization''s folder');
select results_eq($$ update public.storage_files set name = 'Brief v2.docx', folder_id = (select id from public.storage_folders) where name = 'brief.docx' returning name $$,
  array['Brief v2.docx'], 'member renames and files their own upload');
select throws_ok($$ update public.storage_files set size_bytes = 0 where name = 'Brief v2.docx' $$,
  '42501', null, 'the recorded size cannot be changed');
select is_empty($$ update public.storage_files set name = 'Mine.pdf' where name = 'contract.pdf' returning id $$,
  'member cannot rename someone else''s file');
select is_empty($$ delete from public.storage_files returning id $$, 'member cannot delete files');

-- admin and owner: rename any file; delete the object first, then its row
select tests.authenticate_as('admin');
select results_eq($$ select count(*)::int from public.storage_files $$, array[2], 'admin reads Acme files');
select results_eq($$ update public.storage_files set name = 'Brief final.docx' where name = 'Brief v2.docx' returning name $$,
  array['Brief final.docx'], 'admin renames a member''s file');
select throws_ok($$ delete from public.storage_files where name = 'contract.pdf' $$,
  '55006', 'storage_object_present: delete ' || tests.object_name('Acme', 'contract.pdf') || ' from client-files first',
  'a row whose object is still stored cannot go');
select results_eq($$ delete from storage.objects where name = tests.object_name('Acme', 'contract.pdf') returning bucket_id $$,
  array['client-files'], 'admin deletes the object');
select results_eq($$ delete from public.storage_files where name = 'contract.pdf' returning name $$, array['contract.pdf'],
  'and then its row');
select tests.authenticate_as('owner');
select results_eq($$ select name from public.storage_files $$, array['Brief final.docx'], 'owner reads Acme files');
select lives_ok(
  $$ insert into storage.objects (bucket_id, name, metadata) values ('client-files', tests.object_name('Acme', 'logo.svg'), '{"size": 300}') $$,
  'owner uploads');
select lives_ok($$ insert into public.storage_files (org_id, object_name, name, size_bytes) values (tests.org_id('Acme'), tests.object_name('Acme', 'logo.svg'), 'logo.svg', 300) $$,
  'owner records a file');
select results_eq($$ update public.storage_files set folder_id = null where name = 'Brief final.docx' returning folder_id $$,
  array[null::uuid], 'owner moves a file to the root');
select lives_ok($$ delete from storage.objects where name = tests.object_name('Acme', 'logo.svg') $$, 'owner deletes an object');
select results_eq($$ delete from public.storage_files where name = 'logo.svg' returning name $$, array['logo.svg'],
  'owner deletes a file');

-- staff: read everything, change nothing
select tests.authenticate_as('staff');
select results_eq($$ select count(*)::int from storage.objects where bucket_id = 'client-files' $$, array[2],
  'staff read every client object');
select throws_ok($$ insert into storage.objects (bucket_id, name) values ('client-files', tests.object_name('Acme', 'agency.txt')) $$,
  '42501', null, 'staff do not upload into client folders');
select is_empty($$ delete from storage.objects where bucket_id = 'client-files' returning id $$, 'staff delete no object');
select results_eq($$ select name from public.storage_files order by name $$, array['Brief final.docx', 'logo.png'],
  'staff read every file');
select throws_ok($$ insert into public.storage_files (org_id, object_name, name, size_bytes) values (tests.org_id('Acme'), tests.object_name('Acme', 'brief.docx'), 'copy.docx', 1) $$,
  '42501', null, 'staff do not record client files');
select is_empty($$ update public.storage_files set name = 'Renamed' returning id $$, 'staff rename nothing');
select is_empty($$ delete from public.storage_files returning id $$, 'staff delete nothing');

-- read-only impersonation of the owner: reads as the owner, every write refused
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq($$ select name from public.storage_files $$, array['Brief final.docx'], 'impersonating staff read as the owner');
select throws_ok($$ insert into public.storage_files (org_id, object_name, name, size_bytes) values (tests.org_id('Acme'), tests.object_name('Acme', 'brief.docx'), 'copy.docx', 1) $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot record a file');
select throws_ok($$ update public.storage_files set name = 'Oops' $$, '42501', 'impersonation_read_only', 'nor rename one');
select throws_ok($$ delete from public.storage_files $$, '42501', 'impersonation_read_only', 'nor delete one');

-- service role (imports, the seed): may record a size without an upload
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.storage_files $$, array[2], 'service role reads every file');
select results_eq($$ insert into public.storage_files (org_id, object_name, name, size_bytes) values (tests.org_id('Globex'), tests.object_name('Globex', 'import.csv'), 'import.csv', 700) returning size_bytes $$,
  array[700::bigint], 'service role records an imported file');
select lives_ok($$ update public.storage_files set name = 'import-2026.csv' where name = 'import.csv' $$, 'service role renames a file');
select lives_ok($$ delete from public.storage_files where name = 'import-2026.csv' $$, 'service role deletes a file');

-- quota and folders
select tests.clear_authentication();
select results_eq($$ select org_id, value from public.usage_counters where metric = 'storage_bytes' order by value $$,
  $$ values (tests.org_id('Globex'), 500::bigint), (tests.org_id('Acme'), 2048::bigint) $$,
  'the storage counter holds the bytes of the objects still stored, not of rows without one');
update public.storage_files set folder_id = (select id from public.storage_folders) where name = 'Brief final.docx';
delete from public.storage_folders;
select results_eq($$ select folder_id, org_id from public.storage_files where name = 'Brief final.docx' $$,
  $$ values (null::uuid, tests.org_id('Acme')) $$, 'deleting a folder moves its files to the root');
select throws_ok($$ insert into public.storage_files (org_id, object_name, name, size_bytes) values (tests.org_id('Acme'), tests.object_name('Acme', 'brief.docx'), 'twin', 1) $$,
  '23505', null, 'an object is recorded once');

-- what really changed
select results_eq($$ select name from storage.objects where bucket_id = 'client-files' order by name $$,
  $$ select unnest(array[tests.object_name('Acme', 'brief.docx'), tests.object_name('Globex', 'logo.png')]) order by 1 $$,
  'only the allowed uploads and deletions were made');

select * from finish();
rollback;
