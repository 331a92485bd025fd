-- Tables that copy rows of other tables (the audit trail, the search index) never show a reader a row or a
-- column they could not read in the source: an internal note of a ticket stays staff-only in the audit log and
-- in search, and a column no API role may select is redacted from the trail.
begin;
select plan(14);
select tests.create_personas();
create temporary table mark as select coalesce(max(id), 0) as id from public.audit_log;
grant select on mark to public;

insert into public.support_tickets (id, org_id, subject, created_by)
values ('00000000-0000-4000-8000-00000000a001', tests.org_id('Acme'), 'Checkout is slow', tests.get_user_id('owner'));

-- the agency writes an internal note and a public reply; then edits the note
select tests.authenticate_as('staff');
insert into public.ticket_messages (id, ticket_id, org_id, body, is_internal) values
  ('00000000-0000-4000-8000-00000000b001', '00000000-0000-4000-8000-00000000a001', tests.org_id('Acme'),
    'Internal: client is on a legacy theme, blame the plugin', true),
  ('00000000-0000-4000-8000-00000000b002', '00000000-0000-4000-8000-00000000a001', tests.org_id('Acme'),
    'We are looking into it.', false);
update public.ticket_messages set body = 'Internal: blame the plugin' where id = '00000000-0000-4000-8000-00000000b001';
-- a note made public later stays out of the client's trail: it was internal when those entries were written
update public.ticket_messages set is_internal = false, body = 'Now public' where id = '00000000-0000-4000-8000-00000000b002';
update public.ticket_messages set is_internal = true where id = '00000000-0000-4000-8000-00000000b002';

select tests.authenticate_as('owner');
select is_empty(
  $$ select 1 from public.ticket_messages where is_internal $$,
  'the owner reads no internal note in the table itself');
select is_empty(
  $$ select 1 from public.audit_log where id > (select id from mark) and table_name = 'ticket_messages'
       and row_id = '00000000-0000-4000-8000-00000000b001' $$,
  'nor any entry of an internal note in the audit log (insert or edit)');
select is_empty(
  $$ select 1 from public.audit_log where id > (select id from mark) and table_name = 'ticket_messages'
       and row_id = '00000000-0000-4000-8000-00000000b002' and action = 'update'
       and (coalesce((before ->> 'is_internal')::boolean, false) or coalesce((after ->> 'is_internal')::boolean, false)) $$,
  'nor the change that made a reply internal');
select results_eq(
  $$ select action, after ->> 'body' from public.audit_log where id > (select id from mark)
       and table_name = 'ticket_messages' order by id $$,
  $$ values ('insert', 'We are looking into it.'), ('update', 'Now public') $$,
  'the owner still reads the trail of the public reply');
select ok(
  (select count(*) > 0 from public.audit_log where id > (select id from mark) and table_name = 'support_tickets'),
  'and of the ticket itself');

select tests.authenticate_as('staff');
select results_eq(
  $$ select count(*)::int from public.audit_log where id > (select id from mark) and table_name = 'ticket_messages' $$,
  array[5], 'staff read every entry, internal notes included');
select tests.clear_authentication();
select results_eq(
  $$ select count(*)::int from public.audit_log where id > (select id from mark) and table_name = 'ticket_messages' and staff_only $$,
  array[3], 'three entries are marked staff-only when written');

-- a table the trail has not been told about is staff-only (fails closed)
create table public.audience_probe (id uuid primary key default gen_random_uuid(), org_id uuid, secret_note text, label text);
create trigger audit_row_change after insert or update or delete on public.audience_probe
  for each row execute function private.audit_row_change();
grant select (id, org_id, label) on public.audience_probe to authenticated;
insert into public.audience_probe (org_id, secret_note, label) values (tests.org_id('Acme'), 'only the server reads this', 'probe');
select results_eq(
  $$ select staff_only, after ->> 'secret_note', after ->> 'label' from public.audit_log
     where id > (select id from mark) and table_name = 'audience_probe' $$,
  $$ values (true, '[redacted]', 'probe') $$,
  'an unclassified table is staff-only, and a column no API role may select is redacted');
select tests.authenticate_as('owner');
select is_empty($$ select 1 from public.audit_log where table_name = 'audience_probe' $$,
  'so the organization''s owner does not read it');

-- the search index: a document copied from an internal note is staff-only, and so are its chunks
select tests.clear_authentication();
insert into public.documents (id, org_id, source_kind, source_ref, title, content, content_hash, staff_only) values
  ('00000000-0000-4000-8000-00000000c001', tests.org_id('Acme'), 'ticket_message', 'b001', 'Note',
    'Internal: blame the plugin', encode(sha256('Internal: blame the plugin'), 'hex'), true),
  ('00000000-0000-4000-8000-00000000c002', tests.org_id('Acme'), 'ticket_message', 'b002', 'Reply',
    'We are looking into it.', encode(sha256('We are looking into it.'), 'hex'), false);
insert into public.embeddings (document_id, org_id, chunk_index, content, embedding, model)
select d.id, d.org_id, 0, d.content, array_fill(0.1, array[1536])::extensions.vector, 'test-embed'
from public.documents d where d.org_id = tests.org_id('Acme');

select tests.authenticate_as('member');
select results_eq($$ select source_ref from public.documents $$, array['b002'],
  'members find the public reply but not the internal note');
select results_eq(
  $$ select content from public.embeddings order by embedding operator(extensions.<=>) array_fill(0.1, array[1536])::extensions.vector $$,
  array['We are looking into it.'], 'and a similarity search never returns a chunk of it');
select tests.authenticate_as('stranger');
select is_empty($$ select 1 from public.embeddings $$, 'another organization finds no chunk at all');
select tests.authenticate_as('staff');
select results_eq($$ select count(*)::int from public.embeddings $$, array[2], 'staff find both');
select tests.authenticate_as_impersonator('staff', 'member', true);
select results_eq($$ select count(*)::int from public.embeddings $$, array[1],
  'staff viewing as a member find what the member finds');

select * from finish();
rollback;
