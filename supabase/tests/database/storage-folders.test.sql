-- public.storage_folders: folders of the client file store. Members create folders in their organization;
-- the creator and owners/admins rename or move them; owners/admins delete them (subfolders go too). Staff read.
begin;
select plan(43);
select tests.create_personas();
insert into public.storage_folders (org_id, name, created_by) values
  (tests.org_id('Acme'), 'Contracts', tests.get_user_id('admin')),
  (tests.org_id('Globex'), 'Globex docs', tests.get_user_id('stranger'));
-- A folder's id by name, usable while authenticated.
create function tests.folder_id(folder text) returns uuid
language sql stable security definer
as $$ select f.id from public.storage_folders f where f.name = folder $$;

-- anon: no table privileges at all
select tests.authenticate_as_anon();
select throws_ok($$ select * from public.storage_folders $$, '42501', null, 'anon cannot read folders');
select throws_ok($$ insert into public.storage_folders (org_id, name) values (tests.org_id('Acme'), 'Evil') $$,
  '42501', null, 'anon cannot create a folder');
select throws_ok($$ update public.storage_folders set name = 'Hacked' $$, '42501', null, 'anon cannot rename folders');
select throws_ok($$ delete from public.storage_folders $$, '42501', null, 'anon cannot delete folders');

-- stranger (owner of Globex)
select tests.authenticate_as('stranger');
select results_eq($$ select name from public.storage_folders $$, array['Globex docs'], 'stranger reads only Globex folders');
select throws_ok($$ insert into public.storage_folders (org_id, name) values (tests.org_id('Acme'), 'Evil') $$,
  '42501', null, 'stranger cannot create a folder in Acme');
select is_empty($$ update public.storage_folders set name = 'Hacked' where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot rename Acme folders');
select is_empty($$ delete from public.storage_folders where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot delete Acme folders');

-- member: creates folders, renames their own
select tests.authenticate_as('member');
select results_eq($$ select name from public.storage_folders $$, array['Contracts'], 'member reads Acme folders');
select results_eq($$ insert into public.storage_folders (org_id, name) values (tests.org_id('Acme'), 'Invoices') returning created_by $$,
  array[tests.get_user_id('member')], 'member creates a folder, recorded as its creator');
select lives_ok($$ insert into public.storage_folders (org_id, parent_id, name) values (tests.org_id('Acme'), tests.folder_id('Contracts'), '2026') $$,
  'member creates a subfolder');
select throws_ok($$ insert into public.storage_folders (org_id, parent_id, name) values (tests.org_id('Acme'), tests.folder_id('Globex docs'), 'Crossed') $$,
  '23503', null, 'a subfolder stays in its parent''s organization');
select throws_ok($$ insert into public.storage_folders (org_id, name, created_by) values (tests.org_id('Acme'), 'Forged', tests.get_user_id('owner')) $$,
  '42501', null, 'member cannot create a folder in someone else''s name');
select results_eq($$ update public.storage_folders set name = 'Bills' where name = 'Invoices' returning name $$,
  array['Bills'], 'member renames their own folder');
select is_empty($$ update public.storage_folders set name = 'Mine' where name = 'Contracts' returning id $$,
  'member cannot rename someone else''s folder');
select throws_ok($$ update public.storage_folders set org_id = tests.org_id('Globex') where name = 'Bills' $$,
  '42501', null, 'a folder never changes organization');
select throws_ok($$ update public.storage_folders set name = 'a/b' where name = 'Bills' $$,
  '23514', null, 'folder names hold no slash');
select is_empty($$ delete from public.storage_folders returning id $$, 'member cannot delete folders');

-- admin and owner: rename any folder, delete folders
select tests.authenticate_as('admin');
select results_eq($$ select count(*)::int from public.storage_folders $$, array[3], 'admin reads Acme folders');
select lives_ok($$ insert into public.storage_folders (org_id, name) values (tests.org_id('Acme'), 'Brand') $$, 'admin creates a folder');
select results_eq($$ update public.storage_folders set parent_id = tests.folder_id('Contracts') where name = 'Bills' returning name $$,
  array['Bills'], 'admin moves a member''s folder');
select results_eq($$ delete from public.storage_folders where name = 'Brand' returning name $$, array['Brand'], 'admin deletes a folder');
select tests.authenticate_as('owner');
select results_eq($$ select count(*)::int from public.storage_folders $$, array[3], 'owner reads Acme folders');
select lives_ok($$ insert into public.storage_folders (org_id, name) values (tests.org_id('Acme'), 'Photos') $$, 'owner creates a folder');
select results_eq($$ update public.storage_folders set name = 'Pictures' where name = 'Photos' returning name $$,
  array['Pictures'], 'owner renames a folder');
select results_eq($$ delete from public.storage_folders where name = 'Contracts' returning name $$, array['Contracts'],
  'owner deletes a folder');
select is_empty($$ select 1 from public.storage_folders where name in ('2026', 'Bills') $$, 'its subfolders go with it');

-- staff: read every organization's folders, change nothing
select tests.authenticate_as('staff');
select results_eq($$ select name from public.storage_folders order by name $$, array['Globex docs', 'Pictures'],
  'staff read every folder');
select throws_ok($$ insert into public.storage_folders (org_id, name) values (tests.org_id('Acme'), 'Agency') $$,
  '42501', null, 'staff do not create client folders');
select is_empty($$ update public.storage_folders set name = 'Renamed' returning id $$, 'staff rename nothing');
select is_empty($$ delete from public.storage_folders returning id $$, 'staff delete nothing');

-- read-only impersonation of the owner: reads as the owner, every write refused
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq($$ select name from public.storage_folders $$, array['Pictures'], 'impersonating staff read as the owner');
select throws_ok($$ insert into public.storage_folders (org_id, name) values (tests.org_id('Acme'), 'Shadow') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot create a folder');
select throws_ok($$ update public.storage_folders set name = 'Oops' where name = 'Pictures' $$,
  '42501', 'impersonation_read_only', 'nor rename one');
select throws_ok($$ delete from public.storage_folders where name = 'Pictures' $$,
  '42501', 'impersonation_read_only', 'nor delete one');

-- service role
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.storage_folders $$, array[2], 'service role reads every folder');
select lives_ok($$ insert into public.storage_folders (org_id, name) values (tests.org_id('Globex'), 'Imported') $$,
  'service role creates a folder');
select lives_ok($$ update public.storage_folders set name = 'Imported 2' where name = 'Imported' $$, 'service role renames a folder');
select lives_ok($$ delete from public.storage_folders where name = 'Imported 2' $$, 'service role deletes a folder');

-- what really changed
select tests.clear_authentication();
select results_eq($$ select name, created_by = tests.get_user_id('owner') from public.storage_folders order by name $$,
  $$ values ('Globex docs', false), ('Pictures', true) $$, 'only the allowed changes were made');

-- moves never make a loop: not into itself, not below its own subfolder (A -> B -> A)
select tests.authenticate_as('admin');
insert into public.storage_folders (org_id, name, parent_id) values (tests.org_id('Acme'), 'Loop A', null);
insert into public.storage_folders (org_id, name, parent_id) values (tests.org_id('Acme'), 'Loop B', tests.folder_id('Loop A'));
insert into public.storage_folders (org_id, name, parent_id) values (tests.org_id('Acme'), 'Loop C', tests.folder_id('Loop B'));
select throws_ok($$ update public.storage_folders set parent_id = tests.folder_id('Loop B') where name = 'Loop A' $$,
  '23514', 'folder_cycle: a folder cannot be moved inside itself', 'a folder cannot move into its own subfolder');
select throws_ok($$ update public.storage_folders set parent_id = tests.folder_id('Loop C') where name = 'Loop A' $$,
  '23514', 'folder_cycle: a folder cannot be moved inside itself', 'nor deeper below itself');
select lives_ok($$ update public.storage_folders set parent_id = null where name = 'Loop C' $$,
  'moving a subfolder to the root is fine');

select * from finish();
rollback;
