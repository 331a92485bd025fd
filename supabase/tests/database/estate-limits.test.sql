-- Tier limits on the client estate, enforced by triggers whoever writes: projects and domains (rows per
-- organization), support tickets per calendar month and storage bytes. Unlimited tiers never block, overrides
-- win over the plan, a downgrade blocks new rows and deletes nothing. Also: internal ticket notes stay hidden
-- from every member. (Races are covered against real PostgreSQL elsewhere: PGlite runs one transaction at a time.)
begin;
select plan(30);
select tests.create_personas();
select tests.create_user(name) from unnest(array['solo', 'big']) as name;
select tests.add_member(tests.create_org('Solo', 'free'), 'solo', 'owner');
select tests.add_member(tests.create_org('Big', 'enterprise'), 'big', 'owner');

-- projects
select tests.authenticate_as('staff');
select lives_ok($$ insert into public.projects (org_id, name) values (tests.org_id('Solo'), 'Solo site') $$,
  'free: a first project');
select throws_ok($$ insert into public.projects (org_id, name) values (tests.org_id('Solo'), 'Solo shop') $$,
  '23514', 'tier_limit_exceeded:projects', 'free: a second project is refused');
select lives_ok(
  $$ insert into public.projects (org_id, name) select tests.org_id('Big'), 'Project ' || i from generate_series(1, 12) as i $$,
  'enterprise: twelve projects, never blocked');
select tests.authenticate_as('stranger');
select throws_ok($$ insert into public.projects (org_id, name) values (tests.org_id('Solo'), 'Evil') $$,
  '42501', null, 'an outsider is refused by row-level security, learning nothing about the limit');
select tests.authenticate_as('staff_admin');
insert into public.org_limit_overrides (org_id, limit_key, value, reason) values (tests.org_id('Solo'), 'projects', 2, 'Launch deal');
select tests.authenticate_as('staff');
select lives_ok($$ insert into public.projects (org_id, name) values (tests.org_id('Solo'), 'Solo shop') $$,
  'an override wins over the plan');
select throws_ok($$ insert into public.projects (org_id, name) values (tests.org_id('Solo'), 'Solo blog') $$,
  '23514', 'tier_limit_exceeded:projects', 'up to exactly its value');
select lives_ok($$ delete from public.projects where name = 'Solo shop' $$, 'deleting a project frees its place');
select lives_ok($$ insert into public.projects (org_id, name) values (tests.org_id('Solo'), 'Solo blog') $$,
  'which a new project takes');
select tests.authenticate_as_service_role();
select throws_ok($$ insert into public.projects (org_id, name) values (tests.org_id('Solo'), 'Imported') $$,
  '23514', 'tier_limit_exceeded:projects', 'jobs are held to the limit too');

-- domains
select tests.authenticate_as('staff');
select lives_ok($$ insert into public.domains (org_id, name) values (tests.org_id('Solo'), 'solo.test') $$, 'free: a first domain');
select throws_ok($$ insert into public.domains (org_id, name) values (tests.org_id('Solo'), 'solo-shop.test') $$,
  '23514', 'tier_limit_exceeded:domains', 'free: a second domain is refused');
select lives_ok(
  $$ insert into public.domains (org_id, name) select tests.org_id('Big'), 'big' || i || '.test' from generate_series(1, 12) as i $$,
  'enterprise: twelve domains, never blocked');
select tests.authenticate_as('staff_admin');
insert into public.org_limit_overrides (org_id, limit_key, value, reason) values (tests.org_id('Solo'), 'domains', null, 'Reseller');
select tests.authenticate_as('staff');
select lives_ok(
  $$ insert into public.domains (org_id, name) select tests.org_id('Solo'), 'solo' || i || '.test' from generate_series(1, 5) as i $$,
  'a null override makes domains unlimited');

-- downgrade: nothing is deleted, nothing new fits
select tests.clear_authentication();
insert into public.projects (org_id, name) select tests.org_id('Acme'), 'Acme ' || i from generate_series(1, 3) as i;
update public.organizations set tier = 'free' where id = tests.org_id('Acme');
select results_eq($$ select count(*)::int from public.projects where org_id = tests.org_id('Acme') $$, array[3],
  'a downgrade below current usage keeps every project');
select tests.authenticate_as('staff');
select throws_ok($$ insert into public.projects (org_id, name) values (tests.org_id('Acme'), 'Acme 4') $$,
  '23514', 'tier_limit_exceeded:projects', 'but admits no new one');

-- support tickets per calendar month (free: 15)
select tests.authenticate_as('solo');
select lives_ok(
  $$ insert into public.support_tickets (org_id, subject) select tests.org_id('Solo'), 'Question ' || i from generate_series(1, 15) as i $$,
  'free: fifteen tickets this month');
select throws_ok($$ insert into public.support_tickets (org_id, subject) values (tests.org_id('Solo'), 'Question 16') $$,
  '23514', 'tier_limit_exceeded:tickets_per_month', 'the sixteenth is refused');
select tests.authenticate_as('staff');
select lives_ok($$ delete from public.support_tickets where subject = 'Question 15' $$, 'staff delete a ticket');
select tests.authenticate_as('solo');
select throws_ok($$ insert into public.support_tickets (org_id, subject) values (tests.org_id('Solo'), 'Question 16') $$,
  '23514', 'tier_limit_exceeded:tickets_per_month', 'a deleted ticket was still used');
select tests.authenticate_as('big');
select lives_ok(
  $$ insert into public.support_tickets (org_id, subject) select tests.org_id('Big'), 'Question ' || i from generate_series(1, 70) as i $$,
  'enterprise: seventy tickets, never blocked');
select results_eq($$ select max(number) from public.support_tickets where org_id = tests.org_id('Big') $$, array[70],
  'numbered 1 to 70');

-- storage bytes (free: 5 GiB), counted from the stored objects as they are stored
select tests.authenticate_as_service_role();
select lives_ok(
  $$ insert into storage.objects (bucket_id, name, metadata)
     values ('client-files', tests.org_id('Solo') || '/' || gen_random_uuid() || '/archive.zip', '{"size": 5368709000}') $$,
  'free: an archive of almost 5 GiB fits');
select tests.authenticate_as('solo');
select throws_ok(
  $$ insert into storage.objects (bucket_id, name, metadata)
     values ('client-files', tests.org_id('Solo') || '/0b7e4c1a-9d2f-4e3b-8a6c-5f1d2e3c4b5a/photo.jpg', '{"size": 200}') $$,
  '42501', 'tier_limit_exceeded:storage_bytes (120 of 5368709120 bytes left, 200 needed)',
  'a 200-byte photo would pass 5 GiB: refused as it is stored, before anything records it');
select tests.authenticate_as_service_role();
select lives_ok($$ delete from storage.objects where name like '%/archive.zip' $$, 'deleting the archive');
select tests.authenticate_as('solo');
select lives_ok(
  $$ insert into storage.objects (bucket_id, name, metadata)
     values ('client-files', tests.org_id('Solo') || '/0b7e4c1a-9d2f-4e3b-8a6c-5f1d2e3c4b5a/photo.jpg', '{"size": 200}') $$,
  'releases its bytes for the photo');
select lives_ok(
  $$ insert into public.storage_files (org_id, object_name, name, size_bytes)
     values (tests.org_id('Solo'), tests.org_id('Solo') || '/0b7e4c1a-9d2f-4e3b-8a6c-5f1d2e3c4b5a/photo.jpg', 'photo.jpg', 1) $$,
  'which the owner then records');
select results_eq($$ select value from public.usage_counters where org_id = tests.org_id('Solo') and metric = 'storage_bytes' $$,
  array[200::bigint], 'the counter holds the photo''s bytes, once');

-- internal ticket notes are for staff only
select tests.authenticate_as('staff');
insert into public.ticket_messages (ticket_id, org_id, body, is_internal)
select id, org_id, 'Client is on a legacy plugin', true from public.support_tickets where subject = 'Question 1' and org_id = tests.org_id('Solo');
insert into public.ticket_messages (ticket_id, org_id, body)
select id, org_id, 'We are on it' from public.support_tickets where subject = 'Question 1' and org_id = tests.org_id('Solo');
select results_eq($$ select count(*)::int from public.ticket_messages $$, array[2], 'staff see the note and the reply');
select tests.authenticate_as('solo');
select results_eq($$ select body from public.ticket_messages $$, array['We are on it'], 'the member sees only the reply');
select tests.authenticate_as_impersonator('staff', 'solo', true);
select results_eq($$ select body from public.ticket_messages $$, array['We are on it'], 'and so does staff viewing as the member');

select * from finish();
rollback;
