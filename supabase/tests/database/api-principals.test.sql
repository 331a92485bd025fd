-- The public API's principal and key authentication: a key's organization gets one principal that reads exactly
-- that organization (as a member, never an admin or a seat); api_access.authenticate_key answers only for live
-- keys and counts requests per organization and minute against the plan, refusing past the limit.
begin;
select plan(26);

select tests.create_personas();
-- Acme is on pro (1,200 a minute); Globex moves to free (60) for the limit checks.
update public.organizations set tier = 'free' where id = tests.org_id('Globex');

select tests.authenticate_as('owner');
insert into public.api_keys (org_id, name, prefix, key_hash, scopes)
values (tests.org_id('Acme'), 'Live', 'arco_live_aaaa', encode(sha256('acme-live'), 'hex'), '{read,write}'),
  (tests.org_id('Acme'), 'Second', 'arco_live_bbbb', encode(sha256('acme-second'), 'hex'), '{read}'),
  (tests.org_id('Acme'), 'Old', 'arco_live_cccc', encode(sha256('acme-expired'), 'hex'), '{read}');
select tests.authenticate_as('stranger');
insert into public.api_keys (org_id, name, prefix, key_hash, scopes)
values (tests.org_id('Globex'), 'Live', 'arco_live_gggg', encode(sha256('globex-live'), 'hex'), '{read}');
select tests.clear_authentication();
update public.api_keys set expires_at = now() - interval '1 second' where prefix = 'arco_live_cccc';

select results_eq($$ select count(*)::int from private.api_principals $$, array[0],
  'creating keys creates no principal (unused keys leave no user behind)');
select tests.authenticate_as_anon();
select lives_ok($$ select * from api_access.authenticate_key(encode(sha256('acme-live'), 'hex'))
    union all select * from api_access.authenticate_key(encode(sha256('acme-second'), 'hex'))
    union all select * from api_access.authenticate_key(encode(sha256('globex-live'), 'hex')) $$,
  'the first requests create the principals');
select tests.clear_authentication();
select results_eq($$ select count(*)::int from private.api_principals $$, array[2],
  'one principal per organization, however many keys it has');
select is((select email from auth.users u join private.api_principals p on p.user_id = u.id
    where p.org_id = tests.org_id('Acme')), null, 'the principal has no email to sign in with');
select is((select encrypted_password from auth.users u join private.api_principals p on p.user_id = u.id
    where p.org_id = tests.org_id('Acme')), null, 'nor a password');
select results_eq($$ select count(*)::int from public.memberships m join private.api_principals p on p.user_id = m.user_id $$,
  array[0], 'the principal holds no membership (no seat, not on the team)');

-- Authentication: anonymous callers (the server before it knows who asks) may call it.
select tests.authenticate_as_anon();
select results_eq($$ select count(*)::int from api_access.authenticate_key(encode(sha256('acme-live'), 'hex')) $$,
  array[1], 'a live key authenticates');
select results_eq($$ select org_id from api_access.authenticate_key(encode(sha256('acme-live'), 'hex')) $$,
  $$ select tests.org_id('Acme') $$, 'as its organization');
select is((select scopes from api_access.authenticate_key(encode(sha256('acme-live'), 'hex'))),
  '{read,write}'::text[], 'with its scopes');
select results_eq($$ select rate_limit from api_access.authenticate_key(encode(sha256('acme-live'), 'hex')) $$,
  array[1200], 'and its plan''s rate (pro: 1,200 a minute)');
select is_empty($$ select * from api_access.authenticate_key(encode(sha256('nope'), 'hex')) $$, 'an unknown key does not');
select is_empty($$ select * from api_access.authenticate_key('arco_live_not-a-hash') $$, 'a malformed hash does not');
select is_empty($$ select * from api_access.authenticate_key(encode(sha256('acme-expired'), 'hex')) $$,
  'an expired key does not');
select tests.clear_authentication();
update public.api_keys set revoked_at = now() where prefix = 'arco_live_bbbb';
select tests.authenticate_as_anon();
select is_empty($$ select * from api_access.authenticate_key(encode(sha256('acme-second'), 'hex')) $$,
  'a revoked key does not');
select throws_ok($$ select * from private.api_principals $$, '42501', null, 'anon cannot read the principals');
select throws_ok($$ select * from private.api_request_windows $$, '42501', null, 'nor the request windows');

-- The free plan's 60 a minute: the 61st request of the minute is refused and not counted.
select tests.clear_authentication();
delete from private.api_request_windows;
select tests.authenticate_as_anon();
select results_eq(
  $$ select count(*)::int from generate_series(1, 70) g,
       lateral api_access.authenticate_key(encode(sha256('globex-live'), 'hex') || left(g::text, 0)) a
     where a.allowed $$,
  array[60], 'of 70 requests in a minute on free, 60 are allowed');
select results_eq($$ select allowed, remaining from api_access.authenticate_key(encode(sha256('globex-live'), 'hex')) $$,
  $$ values (false, 0) $$, 'the next is refused with nothing remaining');
select tests.clear_authentication();
select results_eq($$ select requests from private.api_request_windows where org_id = tests.org_id('Globex') $$,
  array[60], 'refused requests are not counted');
select isnt((select last_used_at from public.api_keys where prefix = 'arco_live_gggg'), null, 'last used is stamped');

-- Running as the principal: a member's reads of its organization, nothing of another, no admin doors.
select set_config('t.principal', (select user_id::text from private.api_principals where org_id = tests.org_id('Acme')), false);
insert into public.projects (org_id, name) values (tests.org_id('Acme'), 'Acme site'), (tests.org_id('Globex'), 'Globex site');
select set_config('request.jwt.claims', json_build_object('sub', current_setting('t.principal'), 'role', 'authenticated')::text, true);
select set_config('role', 'authenticated', true);
select results_eq($$ select name from public.projects order by name $$, array['Acme site'],
  'the principal reads its organization''s projects only');
select results_eq($$ select count(*)::int from public.organizations $$, array[1], 'and sees one organization');
select results_eq($$ select count(*)::int from public.api_keys $$, array[0], 'but not its keys (an admin''s door)');
select throws_ok($$ insert into public.api_keys (org_id, name, prefix, key_hash)
    values (tests.org_id('Acme'), 'Mine', 'arco_live_dddd', encode(sha256('x'), 'hex')) $$,
  '42501', null, 'nor may it create keys');
select lives_ok($$ insert into public.support_tickets (org_id, subject) values (tests.org_id('Acme'), 'From the API') $$,
  'it opens a ticket for its organization, as a member would');
select throws_ok($$ insert into public.support_tickets (org_id, subject) values (tests.org_id('Globex'), 'Elsewhere') $$,
  '42501', null, 'but not for another organization');

select * from finish();
rollback;
