-- public.usage_periods: closed months, written only by close-usage-period (service role); members read their
-- organization's, staff read all.
begin;
select plan(7);
select tests.create_personas();
insert into public.usage_periods (org_id, period, tier, tickets, bytes_stored, uptime_checks, performance_checks, limits) values
  (tests.org_id('Acme'), '2026-11', 'pro', 12, 1024, 43200, 720, '{"tickets_per_month": 60}'),
  (tests.org_id('Globex'), '2026-11', 'pro', 3, 0, 0, 0, '{"tickets_per_month": 60}');

select tests.authenticate_as_anon();
select throws_ok($$ select * from public.usage_periods $$, '42501', null, 'anon cannot read usage history');
select tests.authenticate_as('member');
select results_eq($$ select tickets::int from public.usage_periods $$, array[12], 'a member reads their organization''s months');
select throws_ok($$ update public.usage_periods set tickets = 0 $$, '42501', null, 'a member cannot rewrite a month');
select tests.authenticate_as('owner');
select throws_ok($$ insert into public.usage_periods (org_id, period, tier, tickets, bytes_stored, uptime_checks, performance_checks)
  values (tests.org_id('Acme'), '2026-10', 'pro', 0, 0, 0, 0) $$, '42501', null, 'an owner cannot add a month');
select tests.authenticate_as('staff');
select results_eq($$ select count(*)::int from public.usage_periods $$, array[2], 'staff read every organization''s months');
select tests.authenticate_as_service_role();
select throws_ok($$ insert into public.usage_periods (org_id, period, tier, tickets, bytes_stored, uptime_checks, performance_checks)
  values (tests.org_id('Acme'), '2026-11', 'pro', 1, 0, 0, 0) $$, '23505', null, 'a month closes once');
select throws_ok($$ insert into public.usage_periods (org_id, period, tier, tickets, bytes_stored, uptime_checks, performance_checks)
  values (tests.org_id('Acme'), '2026-13', 'pro', 1, 0, 0, 0) $$, '23514', null, 'the period is a real month');

select * from finish();
rollback;
