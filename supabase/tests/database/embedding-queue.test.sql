-- The embed queue and semantic search: triggers queue changed searchable text (coalescing repeats), jobs are
-- claimed with a lease, completed only if not queued again, and kept with their error on failure; users never
-- reach the queue; match_documents runs as its caller, so each persona finds exactly what RLS lets it read.
begin;
select plan(21);

select tests.create_personas();
select tests.clear_authentication();
delete from private.embedding_jobs;

insert into public.projects (org_id, name, description) values (tests.org_id('Acme'), 'Loja', 'Checkout novo');
select results_eq($$ select source_kind from private.embedding_jobs $$, array['project'], 'a new project is queued');
update public.projects set description = 'Checkout novo com Pix' where name = 'Loja';
update public.projects set completion = 10 where name = 'Loja';
select results_eq($$ select count(*)::int from private.embedding_jobs $$, array[1],
  'changes before the worker runs coalesce; a change to other columns queues nothing new');
insert into public.incidents (org_id, title, severity) values (tests.org_id('Acme'), 'Fora do ar', 'major');
select results_eq($$ select count(*)::int from private.embedding_jobs $$, array[2], 'incidents are queued');

-- Claimed jobs carry their source text and are leased.
select results_eq($$ select count(*)::int from private.claim_embedding_jobs(10) where content like '%Checkout novo com Pix%' $$,
  array[1], 'a claim returns the source''s current text');
select results_eq($$ select count(*)::int from private.claim_embedding_jobs(10) $$, array[0],
  'claimed jobs are invisible until their lease ends');
-- A job queued again while being worked on survives its completion.
select set_config('t.job', (select id::text from private.embedding_jobs where source_kind = 'project'), false);
select set_config('t.claimed_at', (select enqueued_at::text from private.embedding_jobs where source_kind = 'project'), false);
update public.projects set description = 'Checkout com Pix e boleto' where name = 'Loja';
select private.complete_embedding_job(current_setting('t.job')::bigint, current_setting('t.claimed_at')::timestamptz);
select results_eq($$ select count(*)::int from private.embedding_jobs where source_kind = 'project' $$, array[1],
  'a job queued again meanwhile is not completed');
select private.complete_embedding_job(current_setting('t.job')::bigint,
  (select enqueued_at from private.embedding_jobs where id = current_setting('t.job')::bigint));
select results_eq($$ select count(*)::int from private.embedding_jobs where source_kind = 'project' $$, array[0],
  'a job not queued again is completed');
-- Failure keeps the job and its error, visible later.
select set_config('t.job', (select id::text from private.embedding_jobs where source_kind = 'incident'), false);
select private.fail_embedding_job(current_setting('t.job')::bigint, 'provider down');
select results_eq($$ select last_error, visible_at > clock_timestamp() from private.embedding_jobs
    where id = current_setting('t.job')::bigint $$, $$ values ('provider down'::text, true) $$,
  'a failed job is kept with its error and retried later');
delete from public.incidents where title = 'Fora do ar';
select results_eq($$ select attempts from private.embedding_jobs where source_kind = 'incident' $$, array[0],
  'deleting the source queues it again (its document will be removed)');
select is_empty($$ select * from private.embedding_source('incident',
    (select source_ref from private.embedding_jobs where source_kind = 'incident')) $$,
  'a deleted source has no text');

-- Users never reach the queue or its functions.
select tests.authenticate_as('owner');
select throws_ok($$ select * from private.embedding_jobs $$, '42501', null, 'an owner cannot read the queue');
select throws_ok($$ select * from private.claim_embedding_jobs(1) $$, '42501', null, 'nor claim jobs');
select tests.authenticate_as_anon();
select throws_ok($$ select * from private.embedding_jobs $$, '42501', null, 'anon cannot read the queue');

-- Search: one public and one staff-only document in Acme, one in Globex, all with the same vector.
select tests.clear_authentication();
insert into public.documents (org_id, source_kind, source_ref, title, content, content_hash, staff_only)
values
  (tests.org_id('Acme'), 'incident', 'a1', 'Acme incident', 'Checkout fora do ar', repeat('a', 64), false),
  (tests.org_id('Acme'), 'ticket_message', 'a2', 'Acme note', 'Nota interna', repeat('b', 64), true),
  (tests.org_id('Globex'), 'incident', 'g1', 'Globex incident', 'Checkout fora do ar', repeat('c', 64), false);
insert into public.embeddings (document_id, org_id, chunk_index, content, embedding, model)
select d.id, d.org_id, 0, d.content, array_fill(0.5::real, array[1536])::extensions.vector, 'test'
from public.documents d where d.source_ref in ('a1', 'a2', 'g1');
select set_config('t.match', $$
  select title from public.match_documents(array_fill(0.5::real, array[1536])::extensions.vector, 10) order by title$$,
  false);

select tests.authenticate_as('member');
select results_eq(current_setting('t.match'), array['Acme incident'],
  'a member finds the organization''s public passages only');
select results_eq($$ select title from public.match_documents(array_fill(0.5::real, array[1536])::extensions.vector, 10,
    tests.org_id('Globex')) $$, array[]::text[], 'and nothing when asking for another organization');
select tests.authenticate_as('stranger');
select results_eq(current_setting('t.match'), array['Globex incident'], 'Globex''s owner finds Globex''s only');
select tests.authenticate_as('staff');
select results_eq(current_setting('t.match'), array['Acme incident', 'Acme note', 'Globex incident'],
  'staff find every client''s passages, internal notes included');
select results_eq($$ select title from public.match_documents(array_fill(0.5::real, array[1536])::extensions.vector, 10,
    tests.org_id('Acme')) order by title $$, array['Acme incident', 'Acme note'], 'filtered to one client');
select tests.authenticate_as_anon();
select throws_ok(current_setting('t.match'), '42501', null, 'anon cannot search');
select tests.authenticate_as('member');
select results_eq($$ select count(*)::int from public.match_documents(array_fill(0.5::real, array[1536])::extensions.vector, 100000) $$,
  array[1], 'an absurd match count is capped, not an error');
select results_eq($$ select round(similarity::numeric, 6) from public.match_documents(array_fill(0.5::real, array[1536])::extensions.vector, 1) $$,
  array[1.000000], 'the same vector has similarity 1');

select * from finish();
rollback;
