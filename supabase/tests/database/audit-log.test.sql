-- public.audit_log: written by the audit_row_change trigger on every change (actor, impersonator, organization,
-- action, table, row, diff), append-only for everyone; staff and the organization's owners/admins read it.
begin;
select plan(46);
select tests.create_personas();
-- Only entries written after the fixtures matter below.
create temporary table mark as select coalesce(max(id), 0) as id from public.audit_log;
grant select on mark to public;

-- what a write records
select tests.authenticate_as('member');
update public.profiles set full_name = 'Maria', locale = 'en', avatar_url = null where id = tests.get_user_id('member');
select tests.authenticate_as('owner');
insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Acme'), 'new@example.com', repeat('a', 64));
delete from public.invitations where email = 'new@example.com';
select tests.clear_authentication();
select results_eq(
  $$ select actor_id, action, row_id, array(select jsonb_object_keys(before) order by 1), after ->> 'full_name'
     from public.audit_log where id > (select id from mark) and table_name = 'profiles' $$,
  $$ values (tests.get_user_id('member'), 'update', tests.get_user_id('member')::text, array['full_name', 'locale'], 'Maria') $$,
  'an update records the actor and only the keys that changed');
select results_eq(
  $$ select actor_id, action, org_id, before ->> 'email', after ->> 'email' from public.audit_log
     where id > (select id from mark) and table_name = 'invitations' order by id $$,
  $$ values (tests.get_user_id('owner'), 'insert', tests.org_id('Acme'), null, 'new@example.com'),
            (tests.get_user_id('owner'), 'delete', tests.org_id('Acme'), 'new@example.com', null) $$,
  'an insert records the new row, a delete the old one, both with the organization');
select results_eq(
  $$ select after ->> 'token_hash' from public.audit_log where id > (select id from mark) and action = 'insert' and table_name = 'invitations' $$,
  array['[redacted]'], 'secrets (token hashes) never enter the trail');
select is_empty($$ select 1 from public.audit_log where id > (select id from mark) and impersonator_id is not null $$,
  'ordinary writes carry no impersonator');

-- impersonation: writable sessions stamp both ids, read-only ones write nothing
select tests.authenticate_as_impersonator('staff', 'owner', false);
update public.organizations set name = 'Acme Co' where id = tests.org_id('Acme');
select tests.authenticate_as_impersonator('staff', 'owner', true);
select throws_ok($$ update public.organizations set name = 'Acme Ltd' where id = tests.org_id('Acme Co') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation is refused');
select tests.clear_authentication();
select results_eq(
  $$ select actor_id, impersonator_id, impersonation_session_id, org_id, before ->> 'name', after ->> 'name'
     from public.audit_log where id > (select id from mark) and table_name = 'organizations' $$,
  $$ select tests.get_user_id('owner'), tests.get_user_id('staff'), s.id, tests.org_id('Acme Co'), 'Acme', 'Acme Co'
     from public.impersonation_sessions s where not s.read_only $$,
  'a write under impersonation records the user, the staff member and the session');
select results_eq(
  $$ select action, count(*)::int from public.audit_log
     where id > (select id from mark) and table_name = 'impersonation_sessions' group by action order by action $$,
  $$ values ('insert', 2), ('update', 1) $$,
  'starting and ending impersonation sessions is audited');

-- anon
select tests.authenticate_as_anon();
select is_empty($$ select * from public.audit_log $$, 'anon reads no entry');
select throws_ok($$ insert into public.audit_log (action, table_name) values ('insert', 'x') $$,
  '42501', null, 'anon cannot write entries');
select throws_ok($$ update public.audit_log set action = 'delete' $$, '42501', null, 'anon cannot rewrite entries');
select throws_ok($$ delete from public.audit_log $$, '42501', null, 'anon cannot delete entries');

-- stranger, member, admin, owner
select tests.authenticate_as('stranger');
select isnt_empty($$ select * from public.audit_log $$, 'stranger (owner of Globex) reads Globex''s entries');
select is_empty($$ select * from public.audit_log where org_id is distinct from tests.org_id('Globex') $$,
  'and nothing else');
select throws_ok($$ update public.audit_log set action = 'delete' $$, '42501', null, 'stranger cannot rewrite entries');
select throws_ok($$ insert into public.audit_log (action, table_name) values ('insert', 'x') $$, '42501', null, 'stranger cannot forge entries');
select throws_ok($$ delete from public.audit_log $$, '42501', null, 'stranger cannot delete entries');
select tests.authenticate_as('member');
select is_empty($$ select * from public.audit_log $$, 'a plain member reads no entry, not even their own');
select throws_ok($$ insert into public.audit_log (action, table_name, org_id) values ('insert', 'x', tests.org_id('Acme Co')) $$,
  '42501', null, 'member cannot forge entries');
select throws_ok($$ update public.audit_log set after = null $$, '42501', null, 'member cannot rewrite entries');
select throws_ok($$ delete from public.audit_log $$, '42501', null, 'member cannot delete entries');
select tests.authenticate_as('admin');
select isnt_empty($$ select * from public.audit_log where org_id = tests.org_id('Acme Co') $$, 'admin reads Acme''s entries');
select is_empty($$ select * from public.audit_log where org_id is distinct from tests.org_id('Acme Co') $$, 'and nothing else');
select throws_ok($$ delete from public.audit_log $$, '42501', null, 'admin cannot delete entries');
select throws_ok($$ insert into public.audit_log (action, table_name) values ('insert', 'x') $$, '42501', null, 'admin cannot forge entries');
select throws_ok($$ update public.audit_log set actor_id = null $$, '42501', null, 'admin cannot rewrite entries');
select tests.authenticate_as('owner');
select isnt_empty($$ select * from public.audit_log where impersonator_id = tests.get_user_id('staff') $$,
  'owner sees what staff did while viewing as them');
select throws_ok($$ update public.audit_log set before = null $$, '42501', null, 'owner cannot rewrite entries');
select throws_ok($$ insert into public.audit_log (action, table_name) values ('insert', 'x') $$, '42501', null, 'owner cannot forge entries');
select throws_ok($$ delete from public.audit_log $$, '42501', null, 'owner cannot delete entries');

-- staff
select tests.authenticate_as('staff');
select isnt_empty($$ select * from public.audit_log where org_id is null $$, 'staff read entries without an organization');
select isnt_empty($$ select * from public.audit_log where org_id = tests.org_id('Globex') $$, 'and every organization''s');
select throws_ok($$ insert into public.audit_log (action, table_name) values ('insert', 'x') $$, '42501', null,
  'staff cannot forge entries');
select throws_ok($$ delete from public.audit_log $$, '42501', null, 'staff cannot delete entries');
select throws_ok($$ update public.audit_log set action = 'delete' $$, '42501', null, 'staff cannot rewrite entries');

-- read-only impersonation of the member
select tests.authenticate_as_impersonator('staff', 'member', true);
select is_empty($$ select * from public.audit_log $$, 'impersonating staff reads as the member: nothing');
select throws_ok($$ insert into public.audit_log (action, table_name) values ('insert', 'x') $$, '42501', null,
  'a read-only impersonation cannot write entries');
select throws_ok($$ update public.audit_log set action = 'delete' $$, '42501', null, 'a read-only impersonation cannot rewrite entries');
select throws_ok($$ delete from public.audit_log $$, '42501', null, 'a read-only impersonation cannot delete entries');

-- service role and superuser: append-only, no exceptions
select tests.authenticate_as_service_role();
select isnt_empty($$ select * from public.audit_log where org_id is null $$, 'service role reads every entry');
select lives_ok($$ insert into public.audit_log (action, table_name, row_id) values ('update', 'jobs', 'nightly') $$,
  'service role may append an entry');
select throws_ok($$ update public.audit_log set action = 'insert' $$, '42501', 'audit_log_append_only',
  'service role cannot update entries');
select throws_ok($$ delete from public.audit_log $$, '42501', 'audit_log_append_only', 'service role cannot delete entries');
select lives_ok($$ delete from public.organizations where id = tests.org_id('Globex') $$,
  'deleting an organization is possible');
select tests.clear_authentication();
select throws_ok($$ delete from public.audit_log $$, '42501', 'audit_log_append_only', 'not even the superuser deletes entries');
select throws_ok($$ truncate public.audit_log $$, '42501', 'audit_log_append_only', 'or truncates the log');
select results_eq(
  $$ select action, count(*)::int from public.audit_log where table_name = 'organizations' and row_id = (
       select row_id from public.audit_log where table_name = 'organizations' and after ->> 'name' = 'Globex') group by action order by action $$,
  $$ values ('delete', 1), ('insert', 1) $$,
  'a deleted organization''s history stays');

select * from finish();
rollback;
