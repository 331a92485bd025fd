-- api_keys: owners and admins read, create, rename and revoke their organization's keys; staff read all; no
-- user can read a key's hash back or delete a key (revoked keys stay for the audit trail).
begin;
select plan(51);

select tests.create_personas();
insert into public.api_keys (org_id, name, prefix, key_hash, scopes, created_by)
values
  (tests.org_id('Acme'), 'Deploy', 'arco_dep1', encode(sha256('acme-secret'), 'hex'), '{projects:read}',
    tests.get_user_id('owner')),
  (tests.org_id('Globex'), 'Deploy', 'arco_glo1', encode(sha256('globex-secret'), 'hex'), '{}', null);
select set_config('t.key', (select id::text from public.api_keys where prefix = 'arco_dep1'), false);

-- Each statement counts the rows it read or changed, so one text serves every persona.
select set_config('t.select', $$
  select count(*)::int from public.api_keys where id = current_setting('t.key')::uuid$$, false);
select set_config('t.insert', $$
  with w as (insert into public.api_keys (org_id, name, prefix, key_hash)
  values (tests.org_id('Acme'), 'CI', 'arco_ci', encode(sha256(gen_random_uuid()::text::bytea), 'hex'))
    returning 1)
  select count(*)::int from w$$, false);
select set_config('t.update', $$
  with w as (update public.api_keys set name = name || ' (renamed)' where id = current_setting('t.key')::uuid
    returning 1)
  select count(*)::int from w$$, false);
select set_config('t.delete', $$
  with w as (delete from public.api_keys where id = current_setting('t.key')::uuid
    returning 1)
  select count(*)::int from w$$, false);

select tests.authenticate_as_anon();
select throws_ok(current_setting('t.select'), '42501', null, 'anon cannot select api_keys');
select throws_ok(current_setting('t.insert'), '42501', null, 'anon cannot insert api_keys');
select throws_ok(current_setting('t.update'), '42501', null, 'anon cannot update api_keys');
select throws_ok(current_setting('t.delete'), '42501', null, 'anon cannot delete api_keys');

select tests.authenticate_as('stranger');
select results_eq(current_setting('t.select'), array[0], 'a stranger sees no api_keys row');
select throws_ok(current_setting('t.insert'), '42501', null, 'a stranger cannot insert api_keys');
select results_eq(current_setting('t.update'), array[0], 'a stranger changes no api_keys row');
select throws_ok(current_setting('t.delete'), '42501', null, 'a stranger cannot delete api_keys');

select tests.authenticate_as('member');
select results_eq(current_setting('t.select'), array[0], 'a member sees no api_keys row');
select throws_ok(current_setting('t.insert'), '42501', null, 'a member cannot insert api_keys');
select results_eq(current_setting('t.update'), array[0], 'a member changes no api_keys row');
select throws_ok(current_setting('t.delete'), '42501', null, 'a member cannot delete api_keys');

select tests.authenticate_as('admin');
select results_eq(current_setting('t.select'), array[1], 'an admin can select api_keys (1 row)');
select results_eq(current_setting('t.insert'), array[1], 'an admin can insert api_keys (1 row)');
select results_eq(current_setting('t.update'), array[1], 'an admin can update api_keys (1 row)');
select throws_ok(current_setting('t.delete'), '42501', null, 'an admin cannot delete api_keys');

select tests.authenticate_as('owner');
select results_eq(current_setting('t.select'), array[1], 'an owner can select api_keys (1 row)');
select results_eq(current_setting('t.insert'), array[1], 'an owner can insert api_keys (1 row)');
select results_eq(current_setting('t.update'), array[1], 'an owner can update api_keys (1 row)');
select throws_ok(current_setting('t.delete'), '42501', null, 'an owner cannot delete api_keys');

select tests.authenticate_as('staff');
select results_eq(current_setting('t.select'), array[1], 'staff can select api_keys (1 row)');
select throws_ok(current_setting('t.insert'), '42501', null, 'staff cannot insert api_keys');
select results_eq(current_setting('t.update'), array[0], 'staff changes no api_keys row');
select throws_ok(current_setting('t.delete'), '42501', null, 'staff cannot delete api_keys');

-- Read-only impersonation shows the owner's keys and refuses every write.
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq(current_setting('t.select'), array[1], 'read-only impersonating staff can select api_keys (1 row)');
select throws_ok(current_setting('t.insert'), '42501', 'impersonation_read_only',
  'read-only impersonating staff cannot insert api_keys');
select throws_ok(current_setting('t.update'), '42501', 'impersonation_read_only',
  'read-only impersonating staff cannot update api_keys');
select throws_ok(current_setting('t.delete'), '42501', null, 'read-only impersonating staff cannot delete api_keys');

select tests.authenticate_as_service_role();
select results_eq(current_setting('t.select'), array[1], 'the service role can select api_keys (1 row)');
select results_eq(current_setting('t.update'), array[1], 'the service role can update api_keys (1 row)');
select results_eq(current_setting('t.delete'), array[1], 'the service role can delete api_keys (1 row)');
select results_eq(current_setting('t.insert'), array[1], 'the service role can insert api_keys (1 row)');

-- Across organizations: staff see both, Globex's owner sees only Globex's.
select tests.authenticate_as('staff');
select results_eq('select count(distinct org_id)::int from public.api_keys', array[2],
  'staff read every organization''s api_keys');
select tests.authenticate_as('stranger');
select results_eq('select distinct org_id from public.api_keys', $$values (tests.org_id('Globex'))$$,
  'the stranger reads only their own organization''s api_keys');
select tests.authenticate_as_service_role();
select results_eq(
  $$select distinct action from public.audit_log where table_name = 'api_keys' order by 1$$,
  array['delete', 'insert', 'update'], 'every write to api_keys is in the audit trail'
);

-- The hash never goes back to a user: users hold INSERT on key_hash (to create keys) and nothing else.
select column_privs_are('public', 'api_keys', 'key_hash', 'authenticated', array['INSERT'],
  'authenticated can write a key hash but never read or change it');
select column_privs_are('public', 'api_keys', 'key_hash', 'anon', array[]::text[],
  'anon has no access to key hashes');
insert into public.api_keys (org_id, name, prefix, key_hash)
values (tests.org_id('Acme'), 'Rotate me', 'arco_rot', encode(sha256('rotate'), 'hex'));

select tests.authenticate_as('admin');
select throws_ok('select key_hash from public.api_keys', '42501', null, 'an admin cannot read a key hash');
select throws_ok('select * from public.api_keys', '42501', null, 'select * is refused too, as it includes the hash');
select lives_ok(
  'select id, org_id, name, prefix, scopes, created_by, last_used_at, revoked_at, expires_at, created_at
    from public.api_keys',
  'an admin reads every other column'
);
select throws_ok(
  $$update public.api_keys set key_hash = encode(sha256('mine'), 'hex') where org_id = tests.org_id('Acme')$$,
  '42501', null, 'an admin cannot replace a key hash'
);
select throws_ok(
  $$update public.api_keys set org_id = tests.org_id('Globex'), scopes = '{admin}'
    where org_id = tests.org_id('Acme')$$,
  '42501', null, 'an admin cannot move a key or widen its scopes'
);
select throws_ok(
  $$insert into public.api_keys (org_id, name, prefix, key_hash, created_by)
    values (tests.org_id('Acme'), 'Forged', 'arco_fg', encode(sha256('forged'), 'hex'), tests.get_user_id('owner'))$$,
  '42501', null, 'an admin cannot attribute a key to someone else'
);
select throws_ok(
  $$insert into public.api_keys (org_id, name, prefix, key_hash, revoked_at)
    values (tests.org_id('Acme'), 'Dead', 'arco_dd', encode(sha256('dead'), 'hex'), now())$$,
  '42501', null, 'a key is born unrevoked'
);
select throws_ok(
  $$insert into public.api_keys (org_id, name, prefix, key_hash)
    values (tests.org_id('Globex'), 'Foreign', 'arco_fo', encode(sha256('foreign'), 'hex'))$$,
  '42501', null, 'an admin cannot create a key in another organization'
);
select results_eq(
  $$with w as (update public.api_keys set revoked_at = now() where prefix = 'arco_rot' returning 1)
    select count(*)::int from w$$,
  array[1], 'an admin revokes a key'
);
select results_eq(
  $$with w as (update public.api_keys set revoked_at = null, name = 'Back' where prefix = 'arco_rot' returning 1)
    select count(*)::int from w$$,
  array[0], 'a revoked key stays revoked'
);

select tests.authenticate_as('member');
select results_eq(
  $$with w as (update public.api_keys set revoked_at = now() returning 1) select count(*)::int from w$$,
  array[0], 'a member cannot revoke keys'
);

select tests.authenticate_as_service_role();
select results_eq(
  $$select name from public.api_keys where key_hash = encode(sha256('globex-secret'), 'hex')$$,
  $$values ('Deploy')$$, 'the service role authenticates a request by the key''s hash'
);
select bag_eq(
  $$select actor_id from public.audit_log
    where table_name = 'api_keys' and action = 'insert' and after ->> 'name' = 'CI'$$,
  $$values (tests.get_user_id('admin')), (tests.get_user_id('owner')), (null::uuid)$$,
  'each key creation is attributed to its creator in the audit trail'
);
-- Known gap: private.audit_row_change copies whole rows, so the hash reaches audit_log, which admins read.
-- Kept as a TODO until the audit trigger can leave named columns out.
select tests.authenticate_as('admin');
select todo('audit_row_change copies key_hash into audit_log', 1);
select is_empty(
  $$select 1 from public.audit_log where table_name = 'api_keys' and (after ? 'key_hash' or before ? 'key_hash')$$,
  'the audit trail does not hand key hashes to admins'
);
select tests.clear_authentication();

select * from finish();
rollback;
