-- The storage quota counts the bytes of the objects stored in client-files, from the moment they are stored and
-- whoever stores them, whether or not a storage_files row records them; a stored object is never overwritten.
-- Refusals are 42501 (Storage passes only those messages on) and say how many bytes are left. Acme gets a
-- 1000-byte quota so the numbers stay readable. (Races: see the concurrent limits test on PostgreSQL 15.)
begin;
select plan(27);
select tests.create_personas();
insert into public.org_limit_overrides (org_id, limit_key, value, reason)
values (tests.org_id('Acme'), 'storage_bytes', 1000, 'pgTAP');

create function tests.object_name(org text, file text) returns text
language sql stable
as $$ select tests.org_id(org) || '/' || md5(file)::uuid || '/' || file $$;
-- The organization's storage_bytes counter, readable whoever is authenticated.
create function tests.storage_used(org text) returns bigint
language sql stable security definer
as $$
  select coalesce((
    select c.value from public.usage_counters c
    where c.org_id = tests.org_id(org) and c.metric = 'storage_bytes' and c.period = 'total'), 0)
$$;

-- an upload counts as soon as it is stored, and recording it counts nothing more
select tests.authenticate_as('member');
select lives_ok(
  $$ insert into storage.objects (bucket_id, name, metadata) values ('client-files', tests.object_name('Acme', 'a.txt'), '{"size": 600}') $$,
  'a member uploads 600 bytes');
select results_eq($$ select usage from public.organization_usage(tests.org_id('Acme')) where limit_key = 'storage_bytes' $$,
  array[600::bigint], 'which count before any row records them');
select lives_ok(
  $$ insert into public.storage_files (org_id, object_name, name, size_bytes) values (tests.org_id('Acme'), tests.object_name('Acme', 'a.txt'), 'a.txt', 1) $$,
  'the member records the upload');
select results_eq($$ select tests.storage_used('Acme') $$, array[600::bigint], 'and its bytes still count once');

-- past the quota: refused as the object is stored, saying what is left
select throws_ok(
  $$ insert into storage.objects (bucket_id, name, metadata) values ('client-files', tests.object_name('Acme', 'b.txt'), '{"size": 500}') $$,
  '42501', 'tier_limit_exceeded:storage_bytes (400 of 1000 bytes left, 500 needed)', 'an upload past the quota is refused');
select is_empty($$ select 1 from storage.objects where name = tests.object_name('Acme', 'b.txt') $$, 'and nothing of it is kept');
select lives_ok(
  $$ insert into storage.objects (bucket_id, name, metadata) values ('client-files', tests.object_name('Acme', 'c.txt'), '{"size": 400}') $$,
  'the last 400 bytes fit');

-- a stored object is never overwritten, not even by Storage's superuser finishing a signed upload made with
-- `upsert: true` while the key was free
select tests.authenticate_as_service_role();
select throws_ok(
  $$ insert into storage.objects (bucket_id, name, version, metadata)
     values ('client-files', tests.object_name('Acme', 'a.txt'), 'v2', '{"size": 300}')
     on conflict (bucket_id, name) do update set version = excluded.version, metadata = excluded.metadata $$,
  '42501', 'storage_object_immutable: ' || tests.object_name('Acme', 'a.txt') || ' in client-files is never overwritten',
  'an upsert over a stored object is refused, even within the quota');
select results_eq(
  $$ select (o.metadata ->> 'size')::bigint, f.size_bytes from storage.objects o
     join public.storage_files f on f.bucket_id = o.bucket_id and f.object_name = o.name
     where o.name = tests.object_name('Acme', 'a.txt') $$,
  $$ values (600::bigint, 600::bigint) $$, 'the object and its record keep their size');

-- deleting the object gives its bytes back; deleting its row then gives nothing back twice
select tests.authenticate_as('admin');
select lives_ok($$ delete from storage.objects where name = tests.object_name('Acme', 'a.txt') $$, 'an admin deletes an object');
select results_eq($$ select tests.storage_used('Acme') $$, array[400::bigint], 'its 600 bytes are free again at once');
select lives_ok($$ delete from public.storage_files where name = 'a.txt' $$, 'and then its row');
select results_eq($$ select tests.storage_used('Acme') $$, array[400::bigint], 'which frees nothing more');

-- what Storage's superuser writes counts the same: an upsert to a free key, content put in a placeholder row
select tests.authenticate_as_service_role();
select lives_ok(
  $$ insert into storage.objects (bucket_id, name, version, metadata) values ('client-files', tests.object_name('Acme', 'e.txt'), 'v1', '{"size": 100}')
     on conflict (bucket_id, name) do update set version = excluded.version, metadata = excluded.metadata $$,
  'an upsert to a free key stores a new object');
insert into storage.objects (bucket_id, name, version) values ('client-files', tests.object_name('Acme', 'g.txt'), 'v1');
select lives_ok(
  $$ update storage.objects set metadata = '{"size": 200}' where name = tests.object_name('Acme', 'g.txt') $$,
  'content written into a placeholder row');
select results_eq($$ select tests.storage_used('Acme') $$, array[700::bigint], 'both count');
select throws_ok(
  $$ update storage.objects set metadata = '{"size": 600}' where name = tests.object_name('Acme', 'g.txt') $$,
  '42501', 'tier_limit_exceeded:storage_bytes (300 of 1000 bytes left, 400 needed)', 'an object grown past the quota is refused');

-- a move between organizations (Storage writes it as a new version of the renamed row) takes the bytes along
select lives_ok(
  $$ update storage.objects set name = tests.object_name('Globex', 'e.txt'), version = 'v2'
     where name = tests.object_name('Acme', 'e.txt') $$,
  'the service role moves an object to Globex''s folder');
select results_eq($$ select tests.storage_used('Acme'), tests.storage_used('Globex') $$, $$ values (600::bigint, 100::bigint) $$,
  'its bytes leave Acme''s usage for Globex''s');

-- every byte of client-files belongs to an organization; other buckets do not count
select throws_ok(
  $$ insert into storage.objects (bucket_id, name, metadata) values ('client-files', 'loose/readme.txt', '{"size": 1}') $$,
  '42501', 'storage_object_outside_organization: loose/readme.txt in client-files is not in an organization''s folder',
  'a client file outside any organization''s folder is refused');
select throws_ok(
  $$ insert into storage.objects (bucket_id, name, metadata) values ('client-files', '00000000-0000-4000-8000-000000000000/x/y.txt', '{"size": 1}') $$,
  '42501', null, 'so is one in the folder of an organization that does not exist');
select lives_ok(
  $$ insert into storage.objects (bucket_id, name, metadata) values ('report-pdfs', tests.org_id('Acme') || '/reports/2026-10.pdf', '{"size": 1000000}') $$,
  'the report job stores a 1 MB report PDF');
select results_eq($$ select tests.storage_used('Acme') $$, array[600::bigint], 'which is the agency''s and does not count');

-- over the quota (a lower override, a downgrade) not even Storage's first test write, without a size, passes
select tests.clear_authentication();
update public.org_limit_overrides set value = 500 where org_id = tests.org_id('Acme') and limit_key = 'storage_bytes';
select tests.authenticate_as('member');
select throws_ok(
  $$ insert into storage.objects (bucket_id, name) values ('client-files', tests.object_name('Acme', 'h.txt')) $$,
  '42501', 'tier_limit_exceeded:storage_bytes (0 of 500 bytes left, 0 needed)', 'an organization over its quota cannot start an upload');
select tests.authenticate_as('owner');
select lives_ok($$ delete from storage.objects where name = tests.object_name('Acme', 'g.txt') $$, 'but can always delete');
select results_eq($$ select tests.storage_used('Acme') $$, array[400::bigint], 'which frees room');

-- in the end, each counter holds exactly the bytes its organization has stored
select tests.clear_authentication();
select results_eq(
  $$ select o.name, coalesce(c.value, 0) from public.organizations o
     left join public.usage_counters c on c.org_id = o.id and c.metric = 'storage_bytes' and c.period = 'total'
     order by o.name $$,
  $$ select o.name, coalesce(sum((s.metadata ->> 'size')::bigint), 0)::bigint from public.organizations o
     left join storage.objects s on s.bucket_id = 'client-files' and split_part(s.name, '/', 1) = o.id::text
     group by o.name order by o.name $$,
  'every counter equals the bytes stored in its organization''s folder');

select * from finish();
rollback;
