-- public.data_exports: a person's own exports and an organization's (its owners'), requested only through
-- public.request_data_export, moved along by the export job (service role).
begin;
select plan(24);
select tests.create_personas();

-- anon: nothing
select tests.authenticate_as_anon();
select throws_ok($$ select * from public.data_exports $$, '42501', null, 'anon cannot read exports');
select throws_ok($$ select public.request_data_export('account') $$, '42501', null, 'anon cannot request an export');

-- member: their own account export, not the organization's
select tests.authenticate_as('member');
select lives_ok($$ select public.request_data_export('account') $$, 'a member requests their own data');
select throws_ok($$ select public.request_data_export('account') $$, '23505', null,
  'one account export in flight per person');
select throws_ok($$ select public.request_data_export('organization', tests.org_id('Acme')) $$, '42501',
  'owner_only_exports', 'a member cannot export the organization');
select results_eq($$ select scope from public.data_exports $$, array['account'], 'the member sees their own export');
select throws_ok($$ insert into public.data_exports (scope, requested_by) values ('account', auth.uid()) $$,
  '42501', null, 'no direct inserts');
select throws_ok($$ update public.data_exports set status = 'ready' $$, '42501', null, 'no direct updates');

-- admin: not an owner either
select tests.authenticate_as('admin');
select throws_ok($$ select public.request_data_export('organization', tests.org_id('Acme')) $$, '42501',
  'owner_only_exports', 'an admin cannot export the organization');
select is_empty($$ select id from public.data_exports $$, 'the admin does not see the member''s export');

-- owner: the organization's export, one at a time
select tests.authenticate_as('owner');
select lives_ok($$ select public.request_data_export('organization', tests.org_id('Acme')) $$,
  'the owner requests the organization''s data');
select throws_ok($$ select public.request_data_export('organization', tests.org_id('Acme')) $$, '23505', null,
  'one organization export in flight');
select throws_ok($$ select public.request_data_export('organization', tests.org_id('Globex')) $$, '42501',
  'owner_only_exports', 'not another organization''s');
select results_eq($$ select scope from public.data_exports $$, array['organization'],
  'the owner sees the organization''s export, not the member''s account export');
select throws_ok($$ select public.request_data_export('everything') $$, '23514', null, 'an unknown scope is refused');

-- stranger (owner of Globex) sees nothing of Acme's
select tests.authenticate_as('stranger');
select is_empty($$ select id from public.data_exports $$, 'another organization''s owner sees no Acme export');

-- the rate limit: 5 requests a day per person
select tests.clear_authentication();
insert into public.data_exports (scope, requested_by, status, created_at)
select 'account', tests.get_user_id('stranger'), 'failed', now() - interval '1 hour' from generate_series(1, 5);
select tests.authenticate_as('stranger');
select throws_ok($$ select public.request_data_export('account') $$, 'P0001', 'rate_limited',
  'a sixth request within 24 hours is refused');

-- "view as" cannot ask in the person's name
select tests.authenticate_as_impersonator('staff', 'owner', false);
select throws_ok($$ select public.request_data_export('account') $$, '42501', 'impersonation_read_only',
  'staff viewing as the owner cannot request their export');

-- service role: the job moves exports along
select tests.authenticate_as_service_role();
select lives_ok($$ update public.data_exports set status = 'building', started_at = now()
  where scope = 'organization' $$, 'the job claims an export');
select throws_ok($$ update public.data_exports set status = 'ready' where scope = 'organization' $$, '23514', null,
  'a ready export names its object and expiry');
select lives_ok($$ update public.data_exports set status = 'ready', object_name = id || '/org.zip', finished_at = now(),
  expires_at = now() + interval '7 days' where scope = 'organization' $$, 'the job finishes an export');

-- the bucket: readable by whoever sees a ready export's row
select tests.clear_authentication();
insert into storage.objects (bucket_id, name)
select 'data-exports', object_name from public.data_exports where status = 'ready';
select tests.authenticate_as('owner');
select results_eq($$ select count(*)::int from storage.objects where bucket_id = 'data-exports' $$, array[1],
  'the owner reads the organization''s zip');
select tests.authenticate_as('admin');
select results_eq($$ select count(*)::int from storage.objects where bucket_id = 'data-exports' $$, array[0],
  'an admin does not');
select tests.authenticate_as('stranger');
select results_eq($$ select count(*)::int from storage.objects where bucket_id = 'data-exports' $$, array[0],
  'another organization''s owner does not');

select * from finish();
rollback;
