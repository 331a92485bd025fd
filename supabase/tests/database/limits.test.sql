-- Tier limits (private.enforce_limit and its trigger form): team members with pending invitations, tickets per
-- calendar month, storage bytes, projects and domains. Overrides win over plans, null is unlimited, a
-- downgrade blocks new rows and deletes nothing. (Races are covered against real PostgreSQL elsewhere: PGlite
-- runs one transaction at a time.)
begin;
select plan(46);
select tests.create_personas();
select tests.create_user(name) from unnest(array['solo', 'small_owner', 'small_member', 'joiner', 'big', 'founder', 'extra']) as name;
select tests.add_member(tests.create_org('Solo', 'free'), 'solo', 'owner');
select tests.add_member(tests.create_org('Small', 'basic'), 'small_owner', 'owner');
select tests.add_member(tests.org_id('Small'), 'small_member');
select tests.add_member(tests.create_org('Big', 'enterprise'), 'big', 'owner');

-- team members: memberships plus pending invitations
select tests.authenticate_as('solo');
select throws_ok($$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Solo'), 'a@example.com', repeat('1', 64)) $$,
  '23514', 'tier_limit_exceeded:team_members', 'free: the owner is the only seat');
select tests.authenticate_as('founder');
select lives_ok($$ select public.create_organization('Founded', 'founded') $$, 'a new organization starts with its owner');
select throws_ok($$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Founded'), 'a@example.com', repeat('2', 64)) $$,
  '23514', 'tier_limit_exceeded:team_members', 'and, on free, has no seat left');
select tests.authenticate_as('stranger');
select throws_ok($$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Solo'), 'a@example.com', repeat('1', 64)) $$,
  '42501', null, 'an outsider is refused by row-level security, learning nothing about the limit');

select tests.authenticate_as('small_owner');
select lives_ok($$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Small'), 'joiner@arco.test', encode(sha256('tok-small'), 'hex')) $$,
  'basic: a pending invitation takes the third seat');
select throws_ok($$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Small'), 'b@example.com', repeat('3', 64)) $$,
  '23514', 'tier_limit_exceeded:team_members', 'a fourth seat is refused');
select tests.authenticate_as_impersonator('staff', 'small_owner', true);
select throws_ok($$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Small'), 'b@example.com', repeat('3', 64)) $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation is refused before any limit is checked');
select tests.authenticate_as_service_role();
select throws_ok($$ insert into public.memberships (org_id, user_id, status) values (tests.org_id('Small'), tests.get_user_id('extra'), 'invited') $$,
  '23514', 'tier_limit_exceeded:team_members', 'the service role is held to the limit too');
select tests.authenticate_as('joiner');
select is(public.accept_invitation('tok-small'), tests.org_id('Small'), 'accepting uses the seat the invitation held');

select tests.authenticate_as('small_owner');
select lives_ok($$ delete from public.memberships where user_id = tests.get_user_id('small_member') $$, 'removing a member frees a seat');
select lives_ok($$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Small'), 'c@example.com', repeat('4', 64)) $$,
  'which a new invitation takes');
select tests.clear_authentication();
update public.invitations set expires_at = now() - interval '1 minute', created_at = now() - interval '8 days'
where email = 'c@example.com';
select tests.authenticate_as('small_owner');
select lives_ok($$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Small'), 'd@example.com', repeat('5', 64)) $$,
  'an expired invitation holds no seat');
select throws_ok($$ update public.invitations set expires_at = now() + interval '7 days' where email = 'c@example.com' $$,
  '42501', null, 'clients do not renew an invitation in place: resending sends a new one');
select tests.authenticate_as_service_role();
select throws_ok($$ update public.invitations set expires_at = now() + interval '7 days' where email = 'c@example.com' $$,
  '23514', 'tier_limit_exceeded:team_members', 'renewing it needs a free seat again');

-- overrides win over the plan; null is unlimited
select tests.authenticate_as('staff_admin');
insert into public.org_limit_overrides (org_id, limit_key, value, reason) values (tests.org_id('Solo'), 'team_members', 2, 'Pilot');
select tests.authenticate_as('solo');
select lives_ok($$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Solo'), 'a@example.com', repeat('6', 64)) $$,
  'an override raises the limit');
select throws_ok($$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Solo'), 'b@example.com', repeat('7', 64)) $$,
  '23514', 'tier_limit_exceeded:team_members', 'to exactly its value');
select tests.authenticate_as('staff_admin');
update public.org_limit_overrides set value = null where org_id = tests.org_id('Solo');
select tests.authenticate_as('solo');
select lives_ok($$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Solo'), 'b@example.com', repeat('7', 64)) $$,
  'a null override is unlimited');
select tests.authenticate_as('big');
select lives_ok(
  $$ insert into public.invitations (org_id, email, token_hash)
     select tests.org_id('Big'), 'user' || i || '@example.com', lpad(i::text, 64, '0') from generate_series(1, 25) as i $$,
  'enterprise never blocks');

-- downgrading blocks new rows and deletes nothing
select tests.clear_authentication();
select tests.add_member(tests.org_id('Acme'), 'extra');
update public.organizations set tier = 'basic' where id = tests.org_id('Acme');
select results_eq($$ select count(*)::int from public.memberships where org_id = tests.org_id('Acme') $$, array[4],
  'a downgrade below current usage keeps every member');
select tests.authenticate_as('owner');
select throws_ok($$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Acme'), 'n@example.com', repeat('8', 64)) $$,
  '23514', 'tier_limit_exceeded:team_members', 'but admits nobody new');
select lives_ok($$ delete from public.memberships where user_id in (tests.get_user_id('extra'), tests.get_user_id('member')) $$,
  'members can still be removed');
select lives_ok($$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Acme'), 'n@example.com', repeat('8', 64)) $$,
  'and once under the limit, invitations work again');

-- tickets per calendar month (counter-backed)
select tests.clear_authentication();
select lives_ok($$ select private.enforce_limit(tests.org_id('Solo'), 'tickets_per_month') from generate_series(1, 15) $$,
  'free: fifteen tickets this month');
select throws_ok($$ select private.enforce_limit(tests.org_id('Solo'), 'tickets_per_month') $$,
  '23514', 'tier_limit_exceeded:tickets_per_month', 'the sixteenth is refused');
select results_eq($$ select period, value from public.usage_counters where org_id = tests.org_id('Solo') and metric = 'tickets' $$,
  $$ values (private.usage_period(tests.org_id('Solo')), 15::bigint) $$,
  'counted in this month of the organization''s time zone; the refused one was not counted');
insert into public.usage_counters (org_id, metric, period, value)
values (tests.org_id('Small'), 'tickets', to_char(now() at time zone 'America/Sao_Paulo' - interval '1 month', 'YYYY-MM'), 30);
select lives_ok($$ select private.enforce_limit(tests.org_id('Small'), 'tickets_per_month') $$,
  'last month''s usage does not count against this month');

-- storage bytes (counter-backed, released on delete)
select lives_ok($$ select private.enforce_limit(tests.org_id('Solo'), 'storage_bytes', 5368709120) $$, 'free: 5 GiB fit');
select throws_ok($$ select private.enforce_limit(tests.org_id('Solo'), 'storage_bytes', 1) $$,
  '23514', 'tier_limit_exceeded:storage_bytes', 'one byte more does not');
select lives_ok($$ select private.release_storage(tests.org_id('Solo'), 1073741824) $$, 'deleting a file releases its bytes');
select lives_ok($$ select private.enforce_limit(tests.org_id('Solo'), 'storage_bytes', 1073741824) $$, 'which can be used again');
select results_eq($$ select value from public.usage_counters where org_id = tests.org_id('Solo') and metric = 'storage_bytes' $$,
  array[5368709120], 'the counter holds the bytes in use');

-- projects and domains (row counts of their tables)
select lives_ok($$ select private.enforce_limit(tests.org_id('Solo'), 'projects') $$, 'free: a first project fits');
select throws_ok($$ select private.enforce_limit(tests.org_id('Solo'), 'projects', 2) $$,
  '23514', 'tier_limit_exceeded:projects', 'two do not');
select throws_ok($$ select private.enforce_limit(tests.org_id('Solo'), 'domains', 2) $$,
  '23514', 'tier_limit_exceeded:domains', 'nor two domains');
select lives_ok($$ select private.enforce_limit(tests.org_id('Big'), 'domains', 1000) $$, 'enterprise domains are unlimited');

-- the trigger form, on stand-in tables
create table tests.files (org_id uuid not null, size_bytes bigint not null);
create trigger limit_storage after insert on tests.files
  for each row execute function private.enforce_limit_trigger('storage_bytes', 'size_bytes');
create table tests.tickets (org_id uuid not null);
create trigger limit_tickets after insert on tests.tickets
  for each row execute function private.enforce_limit_trigger('tickets_per_month');
select lives_ok($$ insert into tests.files values (tests.org_id('Small'), 26843545600) $$, 'basic: a 25 GiB file fits');
select throws_ok($$ insert into tests.files values (tests.org_id('Small'), 1) $$,
  '23514', 'tier_limit_exceeded:storage_bytes', 'the trigger adds the size column and refuses the excess');
select lives_ok($$ insert into tests.tickets select tests.org_id('Globex') from generate_series(1, 60) $$, 'pro: sixty tickets');
select throws_ok($$ insert into tests.tickets values (tests.org_id('Globex')) $$,
  '23514', 'tier_limit_exceeded:tickets_per_month', 'the sixty-first is refused');
select throws_ok($$ insert into tests.tickets select tests.org_id('Acme') from generate_series(1, 31) $$,
  '23514', 'tier_limit_exceeded:tickets_per_month', 'a multi-row insert over the limit fails as a whole');
select results_eq($$ select count(*)::int from tests.tickets where org_id = tests.org_id('Acme') $$, array[0], 'leaving nothing behind');

-- misuse
select throws_ok($$ select private.enforce_limit(tests.org_id('Solo'), 'campaigns') $$, '22023', null, 'an unknown limit is an error');
select throws_ok($$ select private.enforce_limit(tests.org_id('Solo'), 'storage_bytes', -1) $$, '22023', null,
  'a negative amount is an error');
select throws_ok($$ select private.enforce_limit(gen_random_uuid(), 'projects') $$, '23503', null, 'an unknown organization is an error');
select tests.authenticate_as('owner');
select throws_ok($$ select private.enforce_limit(tests.org_id('Globex'), 'tickets_per_month', 60) $$, '42501', null,
  'users cannot spend allowances directly');
select throws_ok($$ select private.release_storage(tests.org_id('Acme'), 1000) $$, '42501', null, 'or release storage');

select * from finish();
rollback;
