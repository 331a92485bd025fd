-- public.performance_runs: the performance check's runs. Members and staff read their organization's; owners
-- and admins ask for a run now ("Measure now"), held to the plan's runs per 24 hours under a lock and to one
-- pending run per domain; everything else about a run is the job's (service role).
begin;
select plan(20);
select tests.create_personas();
select tests.create_user('solo');
select tests.add_member(tests.create_org('Solo', 'free'), 'solo', 'owner');
-- Fixed ids, so every persona can name a domain it cannot see.
insert into public.domains (id, org_id, name, status) values
  ('00000000-0000-4000-8000-0000000000a1', tests.org_id('Acme'), 'acme.test', 'active'),
  ('00000000-0000-4000-8000-0000000000a2', tests.org_id('Acme'), 'shop.acme.test', 'active'),
  ('00000000-0000-4000-8000-0000000000b1', tests.org_id('Globex'), 'globex.test', 'active'),
  ('00000000-0000-4000-8000-0000000000c1', tests.org_id('Solo'), 'solo.test', 'active');
insert into public.performance_runs (org_id, domain_id, slot, trigger, status, failure_reason, finished_at) values
  (tests.org_id('Acme'), '00000000-0000-4000-8000-0000000000a1', '2026-12-01T10:00:00Z', 'schedule', 'failed', 'timeout', now()),
  (tests.org_id('Globex'), '00000000-0000-4000-8000-0000000000b1', '2026-12-01T10:00:00Z', 'schedule', 'succeeded', null, now());

-- anon: no privileges
select tests.authenticate_as_anon();
select throws_ok($$ select * from public.performance_runs $$, '42501', null, 'anon cannot read runs');

-- stranger (owner of Globex): only Globex, and no run for Acme's domain
select tests.authenticate_as('stranger');
select results_eq($$ select status from public.performance_runs $$, array['succeeded'], 'stranger reads only Globex runs');
select throws_ok($$ insert into public.performance_runs (org_id, domain_id, trigger)
  values (tests.org_id('Acme'), '00000000-0000-4000-8000-0000000000a1', 'manual') $$,
  '42501', null, 'stranger cannot ask for a run of Acme''s domain');
select throws_ok($$ insert into public.performance_runs (org_id, domain_id, trigger)
  values (tests.org_id('Globex'), '00000000-0000-4000-8000-0000000000a1', 'manual') $$,
  '23503', null, 'a run stays in its domain''s organization');

-- member: reads, cannot ask
select tests.authenticate_as('member');
select results_eq($$ select failure_reason from public.performance_runs $$, array['timeout'], 'member reads Acme runs');
select throws_ok($$ insert into public.performance_runs (org_id, domain_id, trigger)
  values (tests.org_id('Acme'), '00000000-0000-4000-8000-0000000000a1', 'manual') $$,
  '42501', null, 'member cannot ask for a run');

-- admin: asks for a run; the database stamps who, when and the state, whatever the client sends
select tests.authenticate_as('admin');
select throws_ok($$ insert into public.performance_runs (org_id, domain_id, trigger)
  values (tests.org_id('Acme'), '00000000-0000-4000-8000-0000000000a1', 'schedule') $$,
  '42501', null, 'admin cannot open a scheduled run');
select throws_ok($$ insert into public.performance_runs (org_id, domain_id, trigger, status)
  values (tests.org_id('Acme'), '00000000-0000-4000-8000-0000000000a1', 'manual', 'succeeded') $$,
  '42501', null, 'admin cannot write a run''s status');
select lives_ok($$ insert into public.performance_runs (org_id, domain_id, trigger)
  values (tests.org_id('Acme'), '00000000-0000-4000-8000-0000000000a1', 'manual') $$, 'admin asks for a run now');
select results_eq($$ select status, requested_by = tests.get_user_id('admin') from public.performance_runs where trigger = 'manual' $$,
  $$ values ('queued', true) $$, 'the run is queued in the admin''s name');
select throws_ok($$ insert into public.performance_runs (org_id, domain_id, trigger)
  values (tests.org_id('Acme'), '00000000-0000-4000-8000-0000000000a1', 'manual') $$,
  '23505', 'performance_run_pending', 'one pending run per domain');
select throws_ok($$ update public.performance_runs set status = 'failed', failure_reason = 'x' $$,
  '42501', null, 'admin cannot change a run');
select throws_ok($$ delete from public.performance_runs $$, '42501', null, 'admin cannot delete a run');

-- free: one run per 24 hours, worded like a tier limit
select tests.authenticate_as('solo');
select lives_ok($$ insert into public.performance_runs (org_id, domain_id, trigger)
  values (tests.org_id('Solo'), '00000000-0000-4000-8000-0000000000c1', 'manual') $$, 'free: a first run');
select tests.authenticate_as_service_role();
update public.performance_runs set status = 'succeeded', finished_at = now() where org_id = tests.org_id('Solo');
select tests.authenticate_as('solo');
select throws_ok($$ insert into public.performance_runs (org_id, domain_id, trigger)
  values (tests.org_id('Solo'), '00000000-0000-4000-8000-0000000000c1', 'manual') $$,
  '23514', 'tier_limit_exceeded:performance_runs_per_day', 'free: a second run within 24 hours is refused');

-- the service role opens scheduled runs, one per domain and slot
select tests.authenticate_as_service_role();
select throws_ok($$ insert into public.performance_runs (org_id, domain_id, slot, trigger)
  values (tests.org_id('Acme'), '00000000-0000-4000-8000-0000000000a1', '2026-12-01T10:00:00Z', 'schedule') $$,
  '23505', null, 'one run per domain and slot');

-- staff read every run; a read-only impersonation cannot ask
select tests.authenticate_as('staff');
select results_eq($$ select count(*)::int from public.performance_runs $$, array[4], 'staff read every run');
select tests.authenticate_as_impersonator('staff', 'owner', true);
select throws_ok($$ insert into public.performance_runs (org_id, domain_id, trigger)
  values (tests.org_id('Acme'), '00000000-0000-4000-8000-0000000000a2', 'manual') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot ask for a run');

select tests.clear_authentication();
select results_eq($$ select count(*)::int from public.performance_runs where trigger = 'manual' $$, array[2],
  'two runs were asked for');
select results_eq($$ select count(*)::int from public.audit_log where table_name = 'performance_runs' and actor_id = tests.get_user_id('admin') $$,
  array[1], 'the request is audited in the admin''s name');

select * from finish();
rollback;
