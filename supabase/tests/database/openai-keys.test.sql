-- openai_keys: an organization's own OpenAI key, sealed by the app. Members see that a key exists and its
-- last four characters; owners and admins save, replace and remove it; nobody but the service reads the
-- sealed bytes or the key id; staff see every organization's last four.
begin;
select plan(16);

select tests.create_personas();
insert into public.openai_keys (org_id, key_id, sealed, last4, created_by) values
  (tests.org_id('Globex'), 'k1', repeat('G', 60), 'gx42', tests.get_user_id('stranger'));

select tests.authenticate_as_anon();
select throws_ok($$ select last4 from public.openai_keys $$, '42501', null, 'anon reads nothing');

select tests.authenticate_as('owner');
select lives_ok($$ insert into public.openai_keys (org_id, key_id, sealed, last4)
  values (tests.org_id('Acme'), 'k1', repeat('A', 60), 'ab12') $$, 'an owner saves the organization''s key');
select results_eq($$ select last4 from public.openai_keys $$, array['ab12'], 'an owner sees only their last four');
select throws_ok($$ select sealed from public.openai_keys $$, '42501', null, 'an owner cannot read the sealed bytes');
select throws_ok($$ select key_id from public.openai_keys $$, '42501', null, 'nor the key id');

select tests.authenticate_as('member');
select results_eq($$ select last4 from public.openai_keys $$, array['ab12'], 'a member knows a key exists');
select throws_ok($$ select sealed from public.openai_keys $$, '42501', null, 'a member cannot read the sealed bytes');
select results_eq($$ with w as (update public.openai_keys set last4 = 'zzzz' returning 1) select count(*)::int from w $$,
  array[0], 'a member cannot replace the key');
select results_eq($$ with w as (delete from public.openai_keys returning 1) select count(*)::int from w $$,
  array[0], 'a member cannot remove the key');
select throws_ok($$ insert into public.openai_keys (org_id, key_id, sealed, last4)
  values (tests.org_id('Acme'), 'k1', repeat('M', 60), 'mm12') $$, '42501', null, 'a member cannot save a key');

select tests.authenticate_as('stranger');
select results_eq($$ select last4 from public.openai_keys $$, array['gx42'],
  'another organization''s owner sees only their own');
select results_eq($$ with w as (delete from public.openai_keys where org_id = tests.org_id('Acme') returning 1)
  select count(*)::int from w $$, array[0], 'and cannot remove Acme''s');

select tests.authenticate_as('staff');
select results_eq($$ select count(*)::int from public.openai_keys $$, array[2], 'staff see that keys exist');

select tests.authenticate_as('admin');
select results_eq($$ with w as (delete from public.openai_keys returning 1) select count(*)::int from w $$,
  array[1], 'an admin removes the key');

select tests.clear_authentication();
select is((select count(*)::int from public.audit_log
  where table_name = 'openai_keys' and (after ->> 'sealed' = repeat('A', 60) or before ->> 'sealed' = repeat('A', 60))),
  0, 'the audit trail never copies the sealed bytes');

select tests.authenticate_as_service_role();
select results_eq($$ select sealed from public.openai_keys $$, array[repeat('G', 60)], 'the service reads what it opens');

select * from finish();
rollback;
