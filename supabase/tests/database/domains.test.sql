-- public.domains: staff keep each client's domains (registration, DNS records, SSL), the client's members read
-- them. Names are case-insensitive and unique per organization; DNS records are checked for shape. The domains
-- tier limit is covered in estate-limits.
begin;
select plan(38);
select tests.create_personas();
insert into public.domains (org_id, name, status, nameservers, dns_records) values
  (tests.org_id('Acme'), 'acme.test', 'active', '{ns1.host.test,ns2.host.test}',
   '[{"type": "A", "name": "@", "value": "203.0.113.10", "ttl": 3600}]'),
  (tests.org_id('Globex'), 'globex.test', 'active', '{}', '[]');

-- anon: no table privileges at all
select tests.authenticate_as_anon();
select throws_ok($$ select * from public.domains $$, '42501', null, 'anon cannot read domains');
select throws_ok($$ insert into public.domains (org_id, name) values (tests.org_id('Acme'), 'evil.test') $$,
  '42501', null, 'anon cannot insert a domain');
select throws_ok($$ update public.domains set ssl_status = 'valid', ssl_provider = 'Let''s Encrypt' $$, '42501', null, 'anon cannot update domains');
select throws_ok($$ delete from public.domains $$, '42501', null, 'anon cannot delete domains');

-- stranger (owner of Globex)
select tests.authenticate_as('stranger');
select results_eq($$ select name::text from public.domains $$, array['globex.test'], 'stranger reads only Globex domains');
select throws_ok($$ insert into public.domains (org_id, name) values (tests.org_id('Acme'), 'evil.test') $$,
  '42501', null, 'stranger cannot add a domain to Acme');
select is_empty($$ update public.domains set ssl_status = 'valid', ssl_provider = 'Let''s Encrypt' where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot update Acme domains');
select is_empty($$ delete from public.domains where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot delete Acme domains');

-- member of Acme: read-only; admin and owner add domains, whose registration, DNS and SSL stay the agency's
select tests.authenticate_as('member');
select results_eq($$ select name::text from public.domains $$, array['acme.test'], 'member reads Acme domains');
select throws_ok($$ insert into public.domains (org_id, name) values (tests.org_id('Acme'), 'mine.test') $$,
  '42501', null, 'member cannot create a domain');
select is_empty($$ update public.domains set ssl_status = 'valid', ssl_provider = 'Let''s Encrypt' returning id $$, 'member cannot update a domain');
select is_empty($$ delete from public.domains returning id $$, 'member cannot delete a domain');
select tests.authenticate_as('admin');
select results_eq($$ select name::text from public.domains $$, array['acme.test'], 'admin reads Acme domains');
savepoint admin_adds;
select results_eq($$ insert into public.domains (org_id, name) values (tests.org_id('Acme'), 'mine.test') returning status $$,
  array['pending'], 'admin adds a domain, pending until the agency checks it');
rollback to savepoint admin_adds;
select throws_ok($$ insert into public.domains (org_id, name, ssl_status) values (tests.org_id('Acme'), 'fake.test', 'valid') $$,
  '42501', 'protected_column:domain_registration', 'but cannot claim its SSL or registration');
select is_empty($$ update public.domains set ssl_status = 'valid', ssl_provider = 'Let''s Encrypt' returning id $$, 'admin cannot update a domain');
select is_empty($$ delete from public.domains returning id $$, 'admin cannot delete a domain');
select tests.authenticate_as('owner');
select results_eq($$ select name::text from public.domains $$, array['acme.test'], 'owner reads Acme domains');
savepoint owner_adds;
select lives_ok($$ insert into public.domains (org_id, name) values (tests.org_id('Acme'), 'mine.test') $$,
  'owner adds a domain');
rollback to savepoint owner_adds;
select is_empty($$ update public.domains set ssl_status = 'valid', ssl_provider = 'Let''s Encrypt' returning id $$, 'owner cannot update a domain');
select is_empty($$ delete from public.domains returning id $$, 'owner cannot delete a domain');

-- staff manage every client's domains
select tests.authenticate_as('staff');
select results_eq($$ select name::text from public.domains order by 1 $$, array['acme.test', 'globex.test'],
  'staff read every organization''s domains');
select lives_ok($$ insert into public.domains (org_id, name) values (tests.org_id('Acme'), 'acme-shop.test') $$,
  'staff create a domain');
select results_eq($$ update public.domains set ssl_status = 'valid', ssl_provider = 'Let''s Encrypt' where name::text = 'acme.test' returning name::text $$,
  array['acme.test'], 'staff update a domain');
select results_eq($$ delete from public.domains where name::text = 'acme-shop.test' returning name::text $$,
  array['acme-shop.test'], 'staff delete a domain');
select throws_ok($$ insert into public.domains (org_id, name) values (tests.org_id('Acme'), 'ACME.test') $$,
  '23505', null, 'a domain is listed once per organization, whatever its case');
select throws_ok($$ update public.domains set dns_records = '[{"type": "A", "name": "@"}]' where name = 'acme.test' $$,
  '23514', null, 'a DNS record needs a type, name, value and ttl');
select throws_ok($$ update public.domains set dns_records = '[{"type": "BOGUS", "name": "@", "value": "x", "ttl": 60}]' where name = 'acme.test' $$,
  '23514', null, 'and a known record type');
select throws_ok($$ update public.domains set name = 'not a domain' where name = 'acme.test' $$,
  '23514', null, 'names are host names');

-- read-only impersonation of the owner: reads as the owner, every write refused
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq($$ select name::text from public.domains $$, array['acme.test'], 'impersonating staff read as the owner');
select throws_ok($$ insert into public.domains (org_id, name) values (tests.org_id('Acme'), 'shadow.test') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot insert');
select is_empty($$ update public.domains set ssl_status = 'valid', ssl_provider = 'Let''s Encrypt' returning id $$, 'a read-only impersonation updates nothing');
select is_empty($$ delete from public.domains returning id $$, 'a read-only impersonation deletes nothing');

-- service role (jobs, seed)
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.domains $$, array[2], 'service role reads every domain');
select lives_ok($$ insert into public.domains (org_id, name) values (tests.org_id('Globex'), 'imported.test') $$,
  'service role inserts a domain');
select lives_ok($$ update public.domains set ssl_status = 'valid', ssl_provider = 'Let''s Encrypt' where name::text = 'imported.test' $$, 'service role updates a domain');
select lives_ok($$ delete from public.domains where name::text = 'imported.test' $$, 'service role deletes a domain');

-- what really changed
select tests.clear_authentication();
select results_eq($$ select name::text, ssl_status, jsonb_array_length(dns_records) from public.domains order by name::text $$,
  $$ values ('acme.test', 'valid', 1), ('globex.test', 'none', 0) $$, 'only the allowed changes were made');

select * from finish();
rollback;
