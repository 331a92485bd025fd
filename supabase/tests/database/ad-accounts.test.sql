-- public.ad_accounts: the ad accounts staff connect for a client, with a sealed credential no API role reads;
-- only the platforms the client's plan includes.
begin;
select plan(31);
select tests.create_personas();
select tests.create_org('Corner', 'basic');
insert into public.ad_accounts (org_id, platform, external_account_id, display_name, credential_sealed,
  credential_key_id, credential_hint) values
  (tests.org_id('Acme'), 'google_ads', '1234567890', 'Acme search', 'c2VhbGVkLWdvb2dsZS1jcmVkZW50aWFs', 'k1', 'abcd'),
  (tests.org_id('Globex'), 'meta_ads', '998877', 'Globex ads', 'c2VhbGVkLW1ldGEtY3JlZGVudGlhbA==', 'k1', 'wxyz');

-- anon: nothing
select tests.authenticate_as_anon();
select throws_ok($$ select id from public.ad_accounts $$, '42501', null, 'anon cannot read ad accounts');
select throws_ok($$ delete from public.ad_accounts $$, '42501', null, 'anon cannot delete ad accounts');

-- stranger (owner of Globex): only Globex
select tests.authenticate_as('stranger');
select results_eq($$ select display_name from public.ad_accounts $$, array['Globex ads'], 'stranger sees only Globex accounts');
select is_empty($$ delete from public.ad_accounts where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot disconnect Acme accounts');

-- Acme's member sees nothing; admin and owner see the account but never its sealed credential
select tests.authenticate_as('member');
select is_empty($$ select id from public.ad_accounts $$, 'a plain member does not see ad accounts');
select tests.authenticate_as('admin');
select results_eq($$ select display_name, credential_hint from public.ad_accounts $$,
  $$ values ('Acme search', 'abcd') $$, 'an admin sees the account and the credential''s last four characters');
select throws_ok($$ select credential_sealed from public.ad_accounts $$, '42501', null,
  'an admin cannot read the sealed credential');
select tests.authenticate_as('owner');
select results_eq($$ select display_name from public.ad_accounts $$, array['Acme search'], 'the owner sees the account');
select throws_ok($$ select credential_sealed, credential_key_id from public.ad_accounts $$, '42501', null,
  'the owner cannot read the sealed credential');
select throws_ok($$ insert into public.ad_accounts (org_id, platform, external_account_id, display_name, credential_sealed, credential_key_id, credential_hint)
  values (tests.org_id('Acme'), 'google_ads', '1111111111', 'Mine', 'c2VhbGVkLWdvb2dsZS1jcmVkZW50aWFs', 'k1', 'mine') $$,
  '42501', null, 'the owner cannot connect an account');
select is_empty($$ update public.ad_accounts set display_name = 'Renamed' returning id $$, 'the owner cannot change an account');
select is_empty($$ delete from public.ad_accounts returning id $$, 'the owner cannot disconnect an account');

-- staff connect, rename, re-credential and disconnect, without reading credentials either
select tests.authenticate_as('staff');
select results_eq($$ select display_name from public.ad_accounts order by 1 $$, array['Acme search', 'Globex ads'],
  'staff see every client''s accounts');
select throws_ok($$ select credential_sealed from public.ad_accounts $$, '42501', null, 'staff cannot read sealed credentials');
select lives_ok($$ insert into public.ad_accounts (id, org_id, platform, external_account_id, login_customer_id, display_name, credential_sealed, credential_key_id, credential_hint)
  values ('00000000-0000-4000-8000-0000000000a1', tests.org_id('Acme'), 'meta_ads', '445566', null, 'Acme social', 'c2VhbGVkLW1ldGEtY3JlZGVudGlhbA==', 'k1', 'soci') $$,
  'staff connect a Meta account on a plan with Meta');
select throws_ok($$ insert into public.ad_accounts (org_id, platform, external_account_id, display_name, credential_sealed, credential_key_id, credential_hint)
  values (tests.org_id('Corner'), 'meta_ads', '445567', 'Corner social', 'c2VhbGVkLW1ldGEtY3JlZGVudGlhbA==', 'k1', 'corn') $$,
  '23514', 'tier_limit_exceeded:campaign_platform', 'a plan without Meta refuses a Meta account');
select lives_ok($$ insert into public.ad_accounts (org_id, platform, external_account_id, display_name, credential_sealed, credential_key_id, credential_hint)
  values (tests.org_id('Corner'), 'google_ads', '2222222222', 'Corner search', 'c2VhbGVkLWdvb2dsZS1jcmVkZW50aWFs', 'k1', 'corn') $$,
  'the same plan takes a Google Ads account');
select throws_ok($$ insert into public.ad_accounts (org_id, platform, external_account_id, display_name, credential_sealed, credential_key_id, credential_hint)
  values (tests.org_id('Acme'), 'google_ads', '1234567890', 'Twin', 'c2VhbGVkLWdvb2dsZS1jcmVkZW50aWFs', 'k1', 'twin') $$,
  '23505', null, 'an account is connected once per organization');
select throws_ok($$ insert into public.ad_accounts (org_id, platform, external_account_id, display_name, credential_sealed, credential_key_id, credential_hint)
  values (tests.org_id('Acme'), 'google_ads', '123-456-7890', 'Dashed', 'c2VhbGVkLWdvb2dsZS1jcmVkZW50aWFs', 'k1', 'dash') $$,
  '23514', null, 'a Google Ads customer id is ten digits');
select throws_ok($$ insert into public.ad_accounts (org_id, platform, external_account_id, display_name, credential_sealed, credential_key_id, credential_hint, status)
  values (tests.org_id('Acme'), 'google_ads', '3333333333', 'Forced', 'c2VhbGVkLWdvb2dsZS1jcmVkZW50aWFs', 'k1', 'forc', 'active') $$,
  '42501', null, 'the status is the job''s to set on insert');
select results_eq($$ update public.ad_accounts set display_name = 'Acme social (BR)' where external_account_id = '445566' returning display_name $$,
  array['Acme social (BR)'], 'staff rename an account');
select throws_ok($$ update public.ad_accounts set last_synced_at = now() $$, '42501', null,
  'the last sync time is the job''s');
select results_eq($$ delete from public.ad_accounts where external_account_id = '445566' returning display_name $$,
  array['Acme social (BR)'], 'staff disconnect an account');

-- read-only impersonation of the owner
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq($$ select display_name from public.ad_accounts $$, array['Acme search'], 'impersonating staff read as the owner');
select is_empty($$ delete from public.ad_accounts returning id $$, 'a read-only impersonation disconnects nothing');

-- the service role (the sync job) reads the sealed credential and records the sync
select tests.authenticate_as_service_role();
select results_eq($$ select credential_sealed from public.ad_accounts where external_account_id = '1234567890' $$,
  array['c2VhbGVkLWdvb2dsZS1jcmVkZW50aWFs'], 'the service role opens what it needs');
select lives_ok($$ update public.ad_accounts set status = 'active', last_synced_at = now(), last_error = null where external_account_id = '1234567890' $$,
  'the service role records a sync');
select throws_ok($$ update public.ad_accounts set platform = 'meta_ads', external_account_id = '777' where org_id = tests.org_id('Corner') $$,
  '23514', 'tier_limit_exceeded:campaign_platform', 'moving an account onto a platform the plan lacks is refused');

-- what really changed, and the trail never holds the credential
select tests.clear_authentication();
select results_eq($$ select display_name, status from public.ad_accounts order by 1 $$,
  $$ values ('Acme search', 'active'), ('Corner search', 'pending'), ('Globex ads', 'pending') $$, 'only the allowed changes were made');
select is_empty($$ select id from public.audit_log where table_name = 'ad_accounts'
  and (coalesce(after::text, '') || coalesce(before::text, '')) like '%c2VhbGVk%' $$,
  'the audit trail redacts sealed credentials');
select isnt_empty($$ select id from public.audit_log where table_name = 'ad_accounts' and after ->> 'credential_sealed' = '[redacted]' $$,
  'the trail records the connection with the credential redacted');

select * from finish();
rollback;
