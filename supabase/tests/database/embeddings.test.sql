-- embeddings: members read (and search) their organization's chunks, staff read all, only the service role
-- (embed job) writes.
begin;
select plan(38);

select tests.create_personas();
insert into public.documents (org_id, source_kind, source_ref, title, content, content_hash)
values
  (tests.org_id('Acme'), 'report', '2026-10', 'October report', 'LCP improved.',
    encode(sha256('LCP improved.'), 'hex')),
  (tests.org_id('Globex'), 'report', '2026-10', 'October report', 'CLS regressed.',
    encode(sha256('CLS regressed.'), 'hex'));
insert into public.embeddings (document_id, org_id, chunk_index, content, embedding, model)
select d.id, d.org_id, 0, d.content, array_fill(0.5::real, array[1536])::extensions.vector, 'test-embed'
from public.documents d;

-- Each statement counts the rows it read or changed, so one text serves every persona.
select set_config('t.select', $$
  select count(*)::int from public.embeddings where org_id = tests.org_id('Acme')$$, false);
select set_config('t.insert', $$
  with w as (insert into public.embeddings (document_id, org_id, chunk_index, content, embedding, model)
  select d.id, d.org_id, 1, 'more', array_fill(0.25::real, array[1536])::extensions.vector, 'test-embed'
  from public.documents d where d.org_id = tests.org_id('Acme')
    returning 1)
  select count(*)::int from w$$, false);
select set_config('t.update', $$
  with w as (update public.embeddings set model = 'test-embed-2' where org_id = tests.org_id('Acme')
    returning 1)
  select count(*)::int from w$$, false);
select set_config('t.delete', $$
  with w as (delete from public.embeddings where org_id = tests.org_id('Acme')
    returning 1)
  select count(*)::int from w$$, false);

select tests.authenticate_as_anon();
select throws_ok(current_setting('t.select'), '42501', null, 'anon cannot select embeddings');
select throws_ok(current_setting('t.insert'), '42501', null, 'anon cannot insert embeddings');
select throws_ok(current_setting('t.update'), '42501', null, 'anon cannot update embeddings');
select throws_ok(current_setting('t.delete'), '42501', null, 'anon cannot delete embeddings');

select tests.authenticate_as('stranger');
select results_eq(current_setting('t.select'), array[0], 'a stranger sees no embeddings row');
select throws_ok(current_setting('t.insert'), '42501', null, 'a stranger cannot insert embeddings');
select throws_ok(current_setting('t.update'), '42501', null, 'a stranger cannot update embeddings');
select throws_ok(current_setting('t.delete'), '42501', null, 'a stranger cannot delete embeddings');

select tests.authenticate_as('member');
select results_eq(current_setting('t.select'), array[1], 'a member can select embeddings (1 row)');
select throws_ok(current_setting('t.insert'), '42501', null, 'a member cannot insert embeddings');
select throws_ok(current_setting('t.update'), '42501', null, 'a member cannot update embeddings');
select throws_ok(current_setting('t.delete'), '42501', null, 'a member cannot delete embeddings');

select tests.authenticate_as('admin');
select results_eq(current_setting('t.select'), array[1], 'an admin can select embeddings (1 row)');
select throws_ok(current_setting('t.insert'), '42501', null, 'an admin cannot insert embeddings');
select throws_ok(current_setting('t.update'), '42501', null, 'an admin cannot update embeddings');
select throws_ok(current_setting('t.delete'), '42501', null, 'an admin cannot delete embeddings');

select tests.authenticate_as('owner');
select results_eq(current_setting('t.select'), array[1], 'an owner can select embeddings (1 row)');
select throws_ok(current_setting('t.insert'), '42501', null, 'an owner cannot insert embeddings');
select throws_ok(current_setting('t.update'), '42501', null, 'an owner cannot update embeddings');
select throws_ok(current_setting('t.delete'), '42501', null, 'an owner cannot delete embeddings');

select tests.authenticate_as('staff');
select results_eq(current_setting('t.select'), array[1], 'staff can select embeddings (1 row)');
select throws_ok(current_setting('t.insert'), '42501', null, 'staff cannot insert embeddings');
select throws_ok(current_setting('t.update'), '42501', null, 'staff cannot update embeddings');
select throws_ok(current_setting('t.delete'), '42501', null, 'staff cannot delete embeddings');

-- Impersonating, staff get the owner's view, not their own.
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq(current_setting('t.select'), array[1], 'read-only impersonating staff can select embeddings (1 row)');
select throws_ok(current_setting('t.insert'), '42501', null, 'read-only impersonating staff cannot insert embeddings');
select throws_ok(current_setting('t.update'), '42501', null, 'read-only impersonating staff cannot update embeddings');
select throws_ok(current_setting('t.delete'), '42501', null, 'read-only impersonating staff cannot delete embeddings');

select tests.authenticate_as_service_role();
select results_eq(current_setting('t.select'), array[1], 'the service role can select embeddings (1 row)');
select results_eq(current_setting('t.update'), array[1], 'the service role can update embeddings (1 row)');
select results_eq(current_setting('t.delete'), array[1], 'the service role can delete embeddings (1 row)');
select results_eq(current_setting('t.insert'), array[1], 'the service role can insert embeddings (1 row)');

-- Across organizations: staff see both, Globex's owner sees only Globex's.
select tests.authenticate_as('staff');
select results_eq('select count(distinct org_id)::int from public.embeddings', array[2],
  'staff read every organization''s embeddings');
select tests.authenticate_as('stranger');
select results_eq('select distinct org_id from public.embeddings', $$values (tests.org_id('Globex'))$$,
  'the stranger reads only their own organization''s embeddings');
select tests.authenticate_as_service_role();
select is_empty(
  $$select distinct action from public.audit_log where table_name = 'embeddings' order by 1$$,
  'chunks are not audited: they derive from their (audited) document'
);

select throws_ok(
  $$insert into public.embeddings (document_id, org_id, chunk_index, content, embedding, model)
    select d.id, tests.org_id('Globex'), 2, 'x', array_fill(0.5::real, array[1536])::extensions.vector, 'test-embed'
    from public.documents d where d.org_id = tests.org_id('Acme')$$, '23503', null,
  'a chunk cannot carry another organization than its document''s'
);
select throws_ok(
  $$insert into public.embeddings (document_id, org_id, chunk_index, content, embedding, model)
    select d.id, d.org_id, 2, 'x', array_fill(0.5::real, array[3])::extensions.vector, 'test-embed'
    from public.documents d where d.org_id = tests.org_id('Acme')$$, '22000', null,
  'embeddings have 1536 dimensions'
);
insert into public.embeddings (document_id, org_id, chunk_index, content, embedding, model)
select d.id, d.org_id, 5, d.content, array_fill(0.5::real, array[1536])::extensions.vector, 'test-embed'
from public.documents d;
select tests.authenticate_as('member');
select results_eq(
  $$select distinct org_id from (select org_id from public.embeddings
    order by embedding operator(extensions.<=>) array_fill(0.5::real, array[1536])::extensions.vector
    limit 5) nearest$$,
  $$values (tests.org_id('Acme'))$$,
  'a similarity search as a member finds only their organization''s chunks'
);
select tests.clear_authentication();

select * from finish();
rollback;
