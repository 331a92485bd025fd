-- public.domain_checks: written only by check-domains (service role); members read their organization's,
-- staff read all.
begin;
select plan(7);
select tests.create_personas();
insert into public.domains (org_id, name) values (tests.org_id('Acme'), 'acme.test'), (tests.org_id('Globex'), 'globex.test');
insert into public.domain_checks (domain_id, org_id, checked_on, nameservers)
select id, org_id, '2026-12-07', array['ns1.' || name] from public.domains;

select tests.authenticate_as_anon();
select throws_ok($$ select * from public.domain_checks $$, '42501', null, 'anon cannot read domain checks');
select tests.authenticate_as('member');
select results_eq($$ select nameservers[1] from public.domain_checks $$, array['ns1.acme.test'],
  'a member reads their organization''s checks');
select throws_ok($$ update public.domain_checks set dns_drift = '[]' $$, '42501', null, 'a member cannot rewrite a check');
select tests.authenticate_as('owner');
select throws_ok($$ delete from public.domain_checks $$, '42501', null, 'an owner cannot erase a check');
select tests.authenticate_as('staff');
select results_eq($$ select count(*)::int from public.domain_checks $$, array[2], 'staff read every check');
select tests.authenticate_as_service_role();
select throws_ok($$ insert into public.domain_checks (domain_id, org_id, checked_on)
  select id, org_id, '2026-12-07' from public.domains where name = 'acme.test' $$, '23505', null, 'one check per domain and day');
select tests.clear_authentication();
delete from public.domains where name = 'acme.test';
select results_eq($$ select count(*)::int from public.domain_checks $$, array[1], 'a deleted domain takes its checks along');

select * from finish();
rollback;
