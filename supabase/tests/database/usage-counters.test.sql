-- public.usage_counters: period-keyed usage per organization, written only by the database's limit functions;
-- members read their organization's, staff read all. private.usage_period names the month in the
-- organization's time zone.
begin;
select plan(40);
select tests.create_personas();
insert into public.usage_counters (org_id, metric, period, value)
values (tests.org_id('Acme'), 'tickets', '2026-10', 12), (tests.org_id('Acme'), 'storage_bytes', 'total', 1024),
       (tests.org_id('Globex'), 'tickets', '2026-10', 3);

-- periods
select is(private.usage_period(tests.org_id('Acme'), '2026-12-01 02:59:59+00'), '2026-11',
  'São Paulo is still in November at 02:59 UTC on December 1st');
select is(private.usage_period(tests.org_id('Acme'), '2026-12-01 03:00:00+00'), '2026-12',
  'and in December from 03:00 UTC');
update public.organizations set time_zone = 'Asia/Tokyo' where id = tests.org_id('Globex');
select is(private.usage_period(tests.org_id('Globex'), '2026-11-30 15:00:00+00'), '2026-12',
  'each organization''s own time zone decides');
select throws_ok($$ insert into public.usage_counters (org_id, metric, period) values (tests.org_id('Acme'), 'tickets', '2026-13') $$,
  '23514', null, 'periods are real months or ''total''');
select throws_ok($$ update public.usage_counters set value = -1 where org_id = tests.org_id('Acme') $$,
  '23514', null, 'usage is never negative');

-- anon
select tests.authenticate_as_anon();
select is_empty($$ select * from public.usage_counters $$, 'anon reads no counter');
select throws_ok($$ insert into public.usage_counters (org_id, metric, period) values (tests.org_id('Acme'), 'tickets', '2026-11') $$,
  '42501', null, 'anon cannot insert counters');
select throws_ok($$ update public.usage_counters set value = 0 $$, '42501', null, 'anon cannot update counters');
select throws_ok($$ delete from public.usage_counters $$, '42501', null, 'anon cannot delete counters');
select throws_ok($$ select private.usage_period(tests.org_id('Acme')) $$, '42501', null, 'anon cannot call usage_period');

-- stranger
select tests.authenticate_as('stranger');
select results_eq($$ select value from public.usage_counters $$, array[3::bigint], 'stranger reads only Globex''s counters');
select throws_ok($$ update public.usage_counters set value = 0 $$, '42501', null, 'stranger cannot reset counters');
select throws_ok($$ delete from public.usage_counters $$, '42501', null, 'stranger cannot delete counters');
select throws_ok($$ insert into public.usage_counters (org_id, metric, period) values (tests.org_id('Acme'), 'tickets', '2026-11') $$,
  '42501', null, 'stranger cannot insert counters');

-- member, admin, owner
select tests.authenticate_as('member');
select results_eq($$ select metric, value from public.usage_counters order by metric $$,
  $$ values ('storage_bytes', 1024::bigint), ('tickets', 12::bigint) $$, 'member reads their organization''s usage');
select is(private.usage_period(tests.org_id('Acme'), '2026-11-15 12:00+00'), '2026-11', 'members may compute periods');
select throws_ok($$ update public.usage_counters set value = 0 $$, '42501', null, 'member cannot reset usage');
select throws_ok($$ insert into public.usage_counters (org_id, metric, period) values (tests.org_id('Acme'), 'tickets', '2026-11') $$, '42501', null, 'member cannot insert usage');
select throws_ok($$ delete from public.usage_counters $$, '42501', null, 'member cannot delete usage');
select tests.authenticate_as('admin');
select results_eq($$ select count(*)::int from public.usage_counters $$, array[2], 'admin reads their organization''s usage');
select throws_ok($$ insert into public.usage_counters (org_id, metric, period) values (tests.org_id('Acme'), 'tickets', '2026-11') $$, '42501', null, 'admin cannot insert usage');
select throws_ok($$ update public.usage_counters set value = 0 $$, '42501', null, 'admin cannot reset usage');
select throws_ok($$ delete from public.usage_counters $$, '42501', null, 'admin cannot delete usage');
select tests.authenticate_as('owner');
select results_eq($$ select count(*)::int from public.usage_counters $$, array[2], 'owner reads their organization''s usage');
select throws_ok($$ delete from public.usage_counters $$, '42501', null, 'owner cannot delete usage');
select throws_ok($$ insert into public.usage_counters (org_id, metric, period, value) values (tests.org_id('Acme'), 'tickets', '2026-11', 0) $$,
  '42501', null, 'owner cannot insert usage');
select throws_ok($$ update public.usage_counters set value = 0 $$, '42501', null, 'owner cannot reset usage');

-- staff
select tests.authenticate_as('staff');
select results_eq($$ select count(*)::int from public.usage_counters $$, array[3], 'staff read all usage');
select throws_ok($$ update public.usage_counters set value = 0 $$, '42501', null, 'staff cannot reset usage');
select throws_ok($$ delete from public.usage_counters $$, '42501', null, 'staff cannot delete usage');
select throws_ok($$ insert into public.usage_counters (org_id, metric, period) values (tests.org_id('Acme'), 'x', 'total') $$,
  '42501', null, 'staff cannot insert usage');

-- read-only impersonation of the owner
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq($$ select count(*)::int from public.usage_counters $$, array[2], 'impersonating staff reads as the owner');
select throws_ok($$ update public.usage_counters set value = 0 $$, '42501', null, 'a read-only impersonation cannot reset usage');
select throws_ok($$ insert into public.usage_counters (org_id, metric, period) values (tests.org_id('Acme'), 'tickets', '2026-11') $$, '42501', null, 'a read-only impersonation cannot insert usage');
select throws_ok($$ delete from public.usage_counters $$, '42501', null, 'a read-only impersonation cannot delete usage');

-- service role
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.usage_counters $$, array[3], 'service role reads all usage');
select lives_ok($$ insert into public.usage_counters (org_id, metric, period, value) values (tests.org_id('Acme'), 'tickets', '2026-11', 2) $$,
  'service role inserts usage');
select lives_ok($$ update public.usage_counters set value = value + 1 where period = '2026-11' $$, 'service role updates usage');
select lives_ok($$ delete from public.usage_counters where org_id = tests.org_id('Globex') $$, 'service role deletes usage');

-- what really changed
select tests.clear_authentication();
select results_eq($$ select metric, period, value from public.usage_counters order by metric, period $$,
  $$ values ('storage_bytes', 'total', 1024::bigint), ('tickets', '2026-10', 12::bigint), ('tickets', '2026-11', 3::bigint) $$,
  'only the service role''s changes were stored');

select * from finish();
rollback;
