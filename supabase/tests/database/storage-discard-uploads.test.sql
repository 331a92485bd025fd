-- The uploader's door on client-files: a member removes an object they uploaded while no row references it (the
-- app's clean-up when recording an upload fails), and nothing else: not once it is recorded or attached, not
-- someone else's upload, not after leaving the organization. Owners and admins delete as before.
begin;
select plan(13);
select tests.create_personas();
select tests.add_member(tests.org_id('Acme'), 'stranger', 'member');

create function tests.object_name(org text, file text) returns text
language sql stable
as $$ select tests.org_id(org) || '/' || md5(file)::uuid || '/' || file $$;
create function tests.storage_used(org text) returns bigint
language sql stable security definer
as $$
  select coalesce((
    select c.value from public.usage_counters c
    where c.org_id = tests.org_id(org) and c.metric = 'storage_bytes' and c.period = 'total'), 0)
$$;

-- What Storage leaves after uploads: the uploader's id in owner_id.
insert into storage.objects (bucket_id, name, owner_id, metadata)
select 'client-files', tests.object_name('Acme', f.file), tests.get_user_id(f.uploader)::text, '{"size": 100}'
from (values ('unrecorded.pdf', 'member'), ('recorded.pdf', 'member'), ('attached.png', 'member'),
  ('admins.zip', 'admin'), ('strangers.txt', 'stranger')) as f (file, uploader);
insert into public.storage_files (org_id, object_name, name, size_bytes)
values (tests.org_id('Acme'), tests.object_name('Acme', 'recorded.pdf'), 'recorded.pdf', 100);
insert into public.support_tickets (id, org_id, subject)
values ('3a8f7c61-2d4e-4b9a-8e1f-5c6d7e8f9a0b', tests.org_id('Acme'), 'Screenshot');
insert into public.ticket_messages (ticket_id, org_id, body, attachments) values
  ('3a8f7c61-2d4e-4b9a-8e1f-5c6d7e8f9a0b', tests.org_id('Acme'), 'See attached',
   jsonb_build_array(jsonb_build_object('object_name', tests.object_name('Acme', 'attached.png'), 'name', 'attached.png')));

select tests.authenticate_as('member');
select results_eq($$ select private.is_unreferenced_own_upload('client-files', tests.object_name('Acme', 'unrecorded.pdf')) $$,
  array[true], 'the member''s unrecorded upload is theirs to discard');
select results_eq($$ select private.is_unreferenced_own_upload('client-files', tests.object_name('Acme', 'admins.zip')) $$,
  array[false], 'the helper says nothing about someone else''s object');
select is_empty($$ delete from storage.objects where name = tests.object_name('Acme', 'recorded.pdf') returning name $$,
  'a recorded upload stays');
select is_empty($$ delete from storage.objects where name = tests.object_name('Acme', 'attached.png') returning name $$,
  'an upload attached to a ticket message stays');
select is_empty($$ delete from storage.objects where name = tests.object_name('Acme', 'admins.zip') returning name $$,
  'another member''s unrecorded upload stays');
select results_eq($$ delete from storage.objects where name = tests.object_name('Acme', 'unrecorded.pdf') returning name $$,
  array[tests.object_name('Acme', 'unrecorded.pdf')], 'the member discards their own unrecorded upload');
select results_eq($$ select tests.storage_used('Acme') $$, array[400::bigint], 'which frees its bytes at once');

-- a former member keeps no door into the organization's folder
select tests.clear_authentication();
delete from public.memberships where org_id = tests.org_id('Acme') and user_id = tests.get_user_id('stranger');
select tests.authenticate_as('stranger');
select is_empty($$ delete from storage.objects where name = tests.object_name('Acme', 'strangers.txt') returning name $$,
  'someone who left cannot discard what they uploaded there');

-- staff read every client object and delete none
select tests.authenticate_as('staff');
select is_empty($$ delete from storage.objects where bucket_id = 'client-files' returning name $$, 'staff discard nothing');

-- owners and admins delete any object, recorded or not
select tests.authenticate_as('admin');
select results_eq($$ delete from storage.objects where name = tests.object_name('Acme', 'strangers.txt') returning name $$,
  array[tests.object_name('Acme', 'strangers.txt')], 'an admin deletes a former member''s object');
select results_eq($$ delete from storage.objects where name = tests.object_name('Acme', 'recorded.pdf') returning name $$,
  array[tests.object_name('Acme', 'recorded.pdf')], 'and a recorded one');

select tests.clear_authentication();
select results_eq($$ select name from storage.objects where bucket_id = 'client-files' order by name $$,
  $$ select unnest(array[tests.object_name('Acme', 'admins.zip'), tests.object_name('Acme', 'attached.png')]) order by 1 $$,
  'only the allowed deletions were made');
select results_eq($$ select tests.storage_used('Acme') $$, array[200::bigint], 'and the counter follows them');

select * from finish();
rollback;
