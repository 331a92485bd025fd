-- public.traffic_sources: the Cloudflare zones and Vercel projects staff connect for a client's traffic
-- figures, with a sealed token no API role reads; one source per scope.
begin;
select plan(19);
select tests.create_personas();
insert into public.projects (id, org_id, name) values ('00000000-0000-4000-8000-0000000000b1', tests.org_id('Acme'), 'Store');
insert into public.traffic_sources (org_id, provider, external_id, display_name, credential_sealed, credential_key_id, credential_hint) values
  (tests.org_id('Acme'), 'cloudflare', '0123456789abcdef0123456789abcdef', 'acme.com.br', 'c2VhbGVkLWNsb3VkZmxhcmUtdG9rZW4=', 'k1', 'cf01'),
  (tests.org_id('Globex'), 'vercel', 'prj_globex', 'Globex site', 'c2VhbGVkLXZlcmNlbC10b2tlbg==', 'k1', 'vc01');

select tests.authenticate_as_anon();
select throws_ok($$ select id from public.traffic_sources $$, '42501', null, 'anon cannot read traffic sources');

select tests.authenticate_as('stranger');
select results_eq($$ select display_name from public.traffic_sources $$, array['Globex site'], 'stranger sees only Globex sources');

select tests.authenticate_as('member');
select is_empty($$ select id from public.traffic_sources $$, 'a plain member does not see traffic sources');

select tests.authenticate_as('owner');
select results_eq($$ select display_name, credential_hint from public.traffic_sources $$, $$ values ('acme.com.br', 'cf01') $$,
  'the owner sees the source and the token''s last four characters');
select throws_ok($$ select credential_sealed from public.traffic_sources $$, '42501', null, 'the owner cannot read the sealed token');
select throws_ok($$ insert into public.traffic_sources (org_id, provider, external_id, display_name, credential_sealed, credential_key_id, credential_hint)
  values (tests.org_id('Acme'), 'vercel', 'prj_mine', 'Mine', 'c2VhbGVkLXZlcmNlbC10b2tlbg==', 'k1', 'mine') $$,
  '42501', null, 'the owner cannot add a source');
select is_empty($$ delete from public.traffic_sources returning id $$, 'the owner cannot remove a source');

select tests.authenticate_as('staff');
select results_eq($$ select display_name from public.traffic_sources order by lower(display_name) $$, array['acme.com.br', 'Globex site'],
  'staff see every client''s sources');
select throws_ok($$ select credential_sealed from public.traffic_sources $$, '42501', null, 'staff cannot read sealed tokens');
select throws_ok($$ insert into public.traffic_sources (org_id, provider, external_id, display_name, credential_sealed, credential_key_id, credential_hint)
  values (tests.org_id('Acme'), 'vercel', 'prj_acme', 'Acme on Vercel', 'c2VhbGVkLXZlcmNlbC10b2tlbg==', 'k1', 'vc02') $$,
  '23505', null, 'an organization-wide scope has one source');
select lives_ok($$ insert into public.traffic_sources (org_id, project_id, provider, external_id, team_id, display_name, credential_sealed, credential_key_id, credential_hint)
  values (tests.org_id('Acme'), '00000000-0000-4000-8000-0000000000b1', 'vercel', 'prj_store', 'team_acme', 'Store on Vercel', 'c2VhbGVkLXZlcmNlbC10b2tlbg==', 'k1', 'vc03') $$,
  'staff add a project''s own source');
select throws_ok($$ insert into public.traffic_sources (org_id, provider, external_id, display_name, credential_sealed, credential_key_id, credential_hint)
  values (tests.org_id('Globex'), 'cloudflare', 'not-a-zone', 'Bad zone', 'c2VhbGVkLWNsb3VkZmxhcmUtdG9rZW4=', 'k1', 'bad1') $$,
  '23514', null, 'a Cloudflare zone id is 32 hex digits');
select throws_ok($$ insert into public.traffic_sources (org_id, project_id, provider, external_id, display_name, credential_sealed, credential_key_id, credential_hint)
  values (tests.org_id('Globex'), '00000000-0000-4000-8000-0000000000b1', 'vercel', 'prj_theirs', 'Cross', 'c2VhbGVkLXZlcmNlbC10b2tlbg==', 'k1', 'x001') $$,
  '23503', null, 'a source''s project belongs to its organization');
select throws_ok($$ update public.traffic_sources set last_synced_at = now() $$, '42501', null, 'the last sync time is the job''s');
select results_eq($$ delete from public.traffic_sources where external_id = 'prj_store' returning display_name $$,
  array['Store on Vercel'], 'staff remove a source');

select tests.authenticate_as_impersonator('staff', 'owner', true);
select is_empty($$ delete from public.traffic_sources returning id $$, 'a read-only impersonation removes nothing');

select tests.authenticate_as_service_role();
select results_eq($$ select credential_sealed from public.traffic_sources where provider = 'cloudflare' $$,
  array['c2VhbGVkLWNsb3VkZmxhcmUtdG9rZW4='], 'the service role opens what it needs');
select lives_ok($$ update public.traffic_sources set status = 'active', last_synced_at = now() where provider = 'cloudflare' $$,
  'the service role records a sync');

select tests.clear_authentication();
select is_empty($$ select id from public.audit_log where table_name = 'traffic_sources'
  and (coalesce(after::text, '') || coalesce(before::text, '')) like '%c2VhbGVk%' $$, 'the audit trail redacts sealed tokens');

select * from finish();
rollback;
