-- documents: members read their organization's documents, staff read all, only the service role (embed job)
-- writes.
begin;
select plan(36);

select tests.create_personas();
insert into public.documents (org_id, source_kind, source_ref, title, content, content_hash)
values
  (tests.org_id('Acme'), 'report', '2026-10', 'October report', 'LCP improved.',
    encode(sha256('LCP improved.'), 'hex')),
  (tests.org_id('Globex'), 'report', '2026-10', 'October report', 'CLS regressed.',
    encode(sha256('CLS regressed.'), 'hex'));

-- Each statement counts the rows it read or changed, so one text serves every persona.
select set_config('t.select', $$
  select count(*)::int from public.documents where org_id = tests.org_id('Acme')$$, false);
select set_config('t.insert', $$
  with w as (insert into public.documents (org_id, source_kind, source_ref, title, content, content_hash)
  values (tests.org_id('Acme'), 'ticket', 't-1', 'Ticket', 'Slow checkout.', encode(sha256('Slow checkout.'), 'hex'))
    returning 1)
  select count(*)::int from w$$, false);
select set_config('t.update', $$
  with w as (update public.documents set title = title || ' (edited)' where org_id = tests.org_id('Acme')
    returning 1)
  select count(*)::int from w$$, false);
select set_config('t.delete', $$
  with w as (delete from public.documents where org_id = tests.org_id('Acme')
    returning 1)
  select count(*)::int from w$$, false);

select tests.authenticate_as_anon();
select throws_ok(current_setting('t.select'), '42501', null, 'anon cannot select documents');
select throws_ok(current_setting('t.insert'), '42501', null, 'anon cannot insert documents');
select throws_ok(current_setting('t.update'), '42501', null, 'anon cannot update documents');
select throws_ok(current_setting('t.delete'), '42501', null, 'anon cannot delete documents');

select tests.authenticate_as('stranger');
select results_eq(current_setting('t.select'), array[0], 'a stranger sees no documents row');
select throws_ok(current_setting('t.insert'), '42501', null, 'a stranger cannot insert documents');
select throws_ok(current_setting('t.update'), '42501', null, 'a stranger cannot update documents');
select throws_ok(current_setting('t.delete'), '42501', null, 'a stranger cannot delete documents');

select tests.authenticate_as('member');
select results_eq(current_setting('t.select'), array[1], 'a member can select documents (1 row)');
select throws_ok(current_setting('t.insert'), '42501', null, 'a member cannot insert documents');
select throws_ok(current_setting('t.update'), '42501', null, 'a member cannot update documents');
select throws_ok(current_setting('t.delete'), '42501', null, 'a member cannot delete documents');

select tests.authenticate_as('admin');
select results_eq(current_setting('t.select'), array[1], 'an admin can select documents (1 row)');
select throws_ok(current_setting('t.insert'), '42501', null, 'an admin cannot insert documents');
select throws_ok(current_setting('t.update'), '42501', null, 'an admin cannot update documents');
select throws_ok(current_setting('t.delete'), '42501', null, 'an admin cannot delete documents');

select tests.authenticate_as('owner');
select results_eq(current_setting('t.select'), array[1], 'an owner can select documents (1 row)');
select throws_ok(current_setting('t.insert'), '42501', null, 'an owner cannot insert documents');
select throws_ok(current_setting('t.update'), '42501', null, 'an owner cannot update documents');
select throws_ok(current_setting('t.delete'), '42501', null, 'an owner cannot delete documents');

select tests.authenticate_as('staff');
select results_eq(current_setting('t.select'), array[1], 'staff can select documents (1 row)');
select throws_ok(current_setting('t.insert'), '42501', null, 'staff cannot insert documents');
select throws_ok(current_setting('t.update'), '42501', null, 'staff cannot update documents');
select throws_ok(current_setting('t.delete'), '42501', null, 'staff cannot delete documents');

-- Impersonating, staff get the owner's view, not their own.
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq(current_setting('t.select'), array[1], 'read-only impersonating staff can select documents (1 row)');
select throws_ok(current_setting('t.insert'), '42501', null, 'read-only impersonating staff cannot insert documents');
select throws_ok(current_setting('t.update'), '42501', null, 'read-only impersonating staff cannot update documents');
select throws_ok(current_setting('t.delete'), '42501', null, 'read-only impersonating staff cannot delete documents');

select tests.authenticate_as_service_role();
select results_eq(current_setting('t.select'), array[1], 'the service role can select documents (1 row)');
select results_eq(current_setting('t.update'), array[1], 'the service role can update documents (1 row)');
select results_eq(current_setting('t.delete'), array[1], 'the service role can delete documents (1 row)');
select results_eq(current_setting('t.insert'), array[1], 'the service role can insert documents (1 row)');

-- Across organizations: staff see both, Globex's owner sees only Globex's.
select tests.authenticate_as('staff');
select results_eq('select count(distinct org_id)::int from public.documents', array[2],
  'staff read every organization''s documents');
select tests.authenticate_as('stranger');
select results_eq('select distinct org_id from public.documents', $$values (tests.org_id('Globex'))$$,
  'the stranger reads only their own organization''s documents');
select tests.authenticate_as_service_role();
select results_eq(
  $$select distinct action from public.audit_log where table_name = 'documents' order by 1$$,
  array['delete', 'insert', 'update'], 'every write to documents is in the audit trail'
);

select throws_ok(
  $$insert into public.documents (org_id, source_kind, source_ref, title, content, content_hash)
    values (tests.org_id('Acme'), 'ticket', 't-1', 'Again', 'x', encode(sha256('x'), 'hex'))$$, '23505', null,
  'one document per source item, so the embed job upserts'
);
select tests.clear_authentication();

select * from finish();
rollback;
