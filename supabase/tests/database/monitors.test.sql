-- public.monitors: the URLs the uptime job checks. Owners and admins manage their organization's, staff every
-- client's, members read; the count is held to the plan's domain allowance.
begin;
select plan(24);
select tests.create_personas();
select tests.create_user('solo');
select tests.add_member(tests.create_org('Solo', 'free'), 'solo', 'owner');
insert into public.monitors (org_id, url) values
  (tests.org_id('Acme'), 'https://acme.test/'),
  (tests.org_id('Globex'), 'https://globex.test/');

-- anon: no table privileges
select tests.authenticate_as_anon();
select throws_ok($$ select * from public.monitors $$, '42501', null, 'anon cannot read monitors');
select throws_ok($$ insert into public.monitors (org_id, url) values (tests.org_id('Acme'), 'https://evil.test/') $$,
  '42501', null, 'anon cannot add a monitor');

-- stranger (owner of Globex)
select tests.authenticate_as('stranger');
select results_eq($$ select url from public.monitors $$, array['https://globex.test/'], 'stranger reads only Globex monitors');
select throws_ok($$ insert into public.monitors (org_id, url) values (tests.org_id('Acme'), 'https://evil.test/') $$,
  '42501', null, 'stranger cannot add a monitor to Acme');
select is_empty($$ update public.monitors set enabled = false where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot pause Acme monitors');
select is_empty($$ delete from public.monitors where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot delete Acme monitors');

-- member: reads only
select tests.authenticate_as('member');
select results_eq($$ select url from public.monitors $$, array['https://acme.test/'], 'member reads Acme monitors');
select throws_ok($$ insert into public.monitors (org_id, url) values (tests.org_id('Acme'), 'https://acme.test/shop') $$,
  '42501', null, 'member cannot add a monitor');
select is_empty($$ update public.monitors set enabled = false returning id $$, 'member cannot pause a monitor');
select is_empty($$ delete from public.monitors returning id $$, 'member cannot delete a monitor');

-- admin and owner manage their organization's monitors
select tests.authenticate_as('admin');
select lives_ok($$ insert into public.monitors (org_id, url, keyword) values (tests.org_id('Acme'), 'https://acme.test/shop', 'Add to cart') $$,
  'admin adds a monitor with a keyword');
select results_eq($$ update public.monitors set enabled = false where url = 'https://acme.test/shop' returning url $$,
  array['https://acme.test/shop'], 'admin pauses a monitor');
select tests.authenticate_as('owner');
select results_eq($$ delete from public.monitors where url = 'https://acme.test/shop' returning url $$,
  array['https://acme.test/shop'], 'owner deletes a monitor');
select throws_ok($$ insert into public.monitors (org_id, url) values (tests.org_id('Acme'), 'ftp://acme.test/') $$,
  '23514', null, 'only http and https URLs');
select throws_ok($$ insert into public.monitors (org_id, url) values (tests.org_id('Acme'), 'https://acme.test/') $$,
  '23505', null, 'one monitor per URL in an organization');

-- the domain allowance: free has one
select tests.authenticate_as('solo');
select lives_ok($$ insert into public.monitors (org_id, url) values (tests.org_id('Solo'), 'https://solo.test/') $$,
  'free: a first monitor');
select throws_ok($$ insert into public.monitors (org_id, url) values (tests.org_id('Solo'), 'https://solo.test/blog') $$,
  '23514', 'tier_limit_exceeded:domains', 'free: a second monitor is refused');
select tests.authenticate_as_service_role();
select throws_ok($$ insert into public.monitors (org_id, url) values (tests.org_id('Solo'), 'https://solo.test/shop') $$,
  '23514', 'tier_limit_exceeded:domains', 'the service role is held to the allowance too');
insert into public.org_limit_overrides (org_id, limit_key, value, reason) values (tests.org_id('Solo'), 'domains', null, 'Reseller');
select lives_ok($$ insert into public.monitors (org_id, url) values (tests.org_id('Solo'), 'https://solo.test/shop') $$,
  'a null domains override makes monitors unlimited');

-- staff manage every client's monitors
select tests.authenticate_as('staff');
select results_eq($$ select count(*)::int from public.monitors $$, array[4], 'staff read every organization''s monitors');
select lives_ok($$ insert into public.monitors (org_id, url) values (tests.org_id('Globex'), 'https://globex.test/status') $$,
  'staff add a monitor for a client');

-- read-only impersonation of the owner: reads as the owner, writes refused
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq($$ select url from public.monitors $$, array['https://acme.test/'], 'impersonating staff read as the owner');
select throws_ok($$ insert into public.monitors (org_id, url) values (tests.org_id('Acme'), 'https://acme.test/x') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot add a monitor');

select tests.clear_authentication();
select results_eq($$ select count(*)::int from public.monitors where org_id = tests.org_id('Acme') $$, array[1],
  'Acme kept only its first monitor');

select * from finish();
rollback;
