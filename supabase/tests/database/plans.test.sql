-- public.plans and public.plan_limits: the price list, seeded from the tier table; public plans are readable by
-- anyone (the pricing page), a hidden plan only by the organizations on it and staff; staff admins edit them.
-- public.org_limit_overrides: per-organization exceptions, read by the organization, written by staff admins.
begin;
select plan(58);
select tests.create_personas();

-- the seeded price list
select results_eq(
  $$ select key, price, currency, sla_first_response_hours, performance_check_interval from public.plans order by sort_order $$,
  $$ values ('free', 0::numeric, 'BRL', null::int, 'weekly'), ('basic', 297, 'BRL', 24, 'daily'),
            ('pro', 897, 'BRL', 4, 'hourly'), ('enterprise', null, 'BRL', 1, 'hourly') $$,
  'plans match the price list');
select results_eq(
  $$ select limit_key, array_agg(value order by p.sort_order) from public.plan_limits l
     join public.plans p on p.key = l.plan_key group by limit_key order by limit_key $$,
  $$ values ('domains', array[1, 3, 10, null]::bigint[]),
            ('projects', array[1, 3, 10, null]::bigint[]),
            ('storage_bytes', array[5368709120, 26843545600, 107374182400, null]::bigint[]),
            ('team_members', array[1, 3, 10, null]::bigint[]),
            ('tickets_per_month', array[15, 30, 60, null]::bigint[]) $$,
  'limits match the tier table (null = unlimited)');
select results_eq(
  $$ select key from public.plans where features -> 'campaign_platforms' ? 'meta_ads' order by sort_order $$,
  array['pro', 'enterprise'], 'Meta campaigns from pro up');
select results_eq($$ select key from public.plans where (features ->> 'white_label')::boolean $$, array['enterprise'],
  'white label on enterprise only');

insert into public.plans (key, name, price, performance_check_interval, is_public, sort_order)
values ('legacy', 'Legacy', 99, 'weekly', false, 9);
insert into public.plan_limits (plan_key, limit_key, value) values ('legacy', 'projects', 2);
update public.organizations set tier = 'legacy' where id = tests.org_id('Globex');
insert into public.org_limit_overrides (org_id, limit_key, value, reason)
values (tests.org_id('Acme'), 'projects', 12, 'Agency deal'), (tests.org_id('Globex'), 'domains', null, 'Reseller');

-- anon
select tests.authenticate_as_anon();
select results_eq($$ select key from public.plans order by sort_order $$, array['free', 'basic', 'pro', 'enterprise'],
  'anon reads the public plans');
select results_eq($$ select count(*)::int from public.plan_limits $$, array[20], 'anon reads the public plans'' limits');
select throws_ok($$ insert into public.plans (key, name, performance_check_interval) values ('x', 'X', 'daily') $$,
  '42501', null, 'anon cannot insert plans');
select is_empty($$ update public.plans set price = 0 returning key $$, 'anon updates no plan');
select is_empty($$ delete from public.plan_limits returning plan_key $$, 'anon deletes no limit');
select is_empty($$ delete from public.plans returning key $$, 'anon deletes no plan');
select is_empty($$ select * from public.org_limit_overrides $$, 'anon reads no override');

-- stranger: Globex is on the hidden plan
select tests.authenticate_as('stranger');
select results_eq($$ select key from public.plans order by sort_order $$, array['free', 'basic', 'pro', 'enterprise', 'legacy'],
  'a member of an organization on a hidden plan reads that plan too');
select results_eq($$ select value from public.plan_limits where plan_key = 'legacy' $$, array[2::bigint],
  'and its limits');
select results_eq($$ select limit_key from public.org_limit_overrides $$, array['domains'],
  'stranger reads only Globex''s overrides');
select throws_ok($$ insert into public.org_limit_overrides (org_id, limit_key, value, reason) values (tests.org_id('Globex'), 'projects', null, 'please') $$,
  '42501', null, 'an owner cannot grant themself an override');
select throws_ok($$ insert into public.plans (key, name, performance_check_interval) values ('x', 'X', 'daily') $$, '42501', null, 'stranger cannot insert plans');
select is_empty($$ update public.plans set price = 0 where key = 'legacy' returning key $$, 'stranger cannot change their own plan');
select is_empty($$ delete from public.plans returning key $$, 'stranger deletes no plan');

-- member, admin, owner of Acme
select tests.authenticate_as('member');
select results_eq($$ select key from public.plans order by sort_order $$, array['free', 'basic', 'pro', 'enterprise'],
  'member reads the public plans, not hidden ones');
select results_eq($$ select limit_key, value from public.org_limit_overrides $$, $$ values ('projects', 12::bigint) $$,
  'member reads their organization''s overrides');
select is_empty($$ update public.plans set price = 1 returning key $$, 'member updates no plan');
select throws_ok($$ insert into public.plans (key, name, performance_check_interval) values ('x', 'X', 'daily') $$, '42501', null, 'member cannot insert plans');
select is_empty($$ delete from public.plans returning key $$, 'member deletes no plan');
select tests.authenticate_as('admin');
select results_eq($$ select count(*)::int from public.plans $$, array[4], 'admin reads the public plans');
select is_empty($$ update public.plans set price = 1 returning key $$, 'admin updates no plan');
select is_empty($$ delete from public.plans returning key $$, 'admin deletes no plan');
select throws_ok($$ insert into public.plan_limits (plan_key, limit_key, value) values ('pro', 'campaigns', 1) $$,
  '42501', null, 'admin cannot add limits');
select is_empty($$ update public.org_limit_overrides set value = 1000 returning id $$, 'admin cannot raise an override');
select tests.authenticate_as('owner');
select results_eq($$ select count(*)::int from public.plan_limits $$, array[20], 'owner reads the public plans'' limits');
select throws_ok($$ insert into public.plans (key, name, performance_check_interval) values ('x', 'X', 'daily') $$, '42501', null, 'owner cannot insert plans');
select is_empty($$ update public.plan_limits set value = null where plan_key = 'pro' returning plan_key $$,
  'owner cannot lift their plan''s limits');
select is_empty($$ delete from public.org_limit_overrides returning id $$, 'owner cannot remove overrides');
select is_empty($$ delete from public.plans where key = 'free' returning key $$, 'owner cannot delete plans');

-- staff: developers read, admins write
select tests.authenticate_as('staff');
select results_eq($$ select count(*)::int from public.plans $$, array[5], 'staff read every plan, hidden included');
select results_eq($$ select count(*)::int from public.org_limit_overrides $$, array[2], 'staff read every override');
select is_empty($$ update public.plans set price = 1 returning key $$, 'staff developers do not change prices');
select throws_ok($$ insert into public.plans (key, name, performance_check_interval) values ('x', 'X', 'daily') $$, '42501', null, 'staff developers do not add plans');
select is_empty($$ delete from public.plans returning key $$, 'staff developers do not delete plans');
select throws_ok($$ insert into public.org_limit_overrides (org_id, limit_key, value, reason) values (tests.org_id('Acme'), 'domains', 5, 'x') $$,
  '42501', null, 'staff developers do not set overrides');
select tests.authenticate_as('staff_admin');
select results_eq($$ update public.plans set price = 347 where key = 'basic' returning price $$, array[347::numeric],
  'staff admins change prices');
select lives_ok($$ insert into public.plan_limits (plan_key, limit_key, value) values ('legacy', 'domains', 2) $$,
  'staff admins add limits');
select lives_ok($$ delete from public.plan_limits where plan_key = 'legacy' and limit_key = 'domains' $$,
  'staff admins remove limits');
select results_eq(
  $$ insert into public.org_limit_overrides (org_id, limit_key, value, reason) values (tests.org_id('Acme'), 'domains', 5, 'Launch')
     returning created_by $$,
  array[tests.get_user_id('staff_admin')], 'staff admins set overrides, recorded as their author');
select results_eq($$ update public.org_limit_overrides set value = 15 where limit_key = 'projects' returning value $$,
  array[15::bigint], 'staff admins change overrides');
select lives_ok($$ delete from public.org_limit_overrides where limit_key = 'domains' and org_id = tests.org_id('Globex') $$,
  'staff admins remove overrides');
select throws_ok($$ insert into public.org_limit_overrides (org_id, limit_key, value, reason) values (tests.org_id('Acme'), 'team_members', 5, ' ') $$,
  '23514', null, 'an override needs a reason');

-- read-only impersonation of the owner
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq($$ select count(*)::int from public.plans $$, array[4], 'impersonating staff reads as the owner');
select results_eq($$ select count(*)::int from public.org_limit_overrides $$, array[2], 'including the overrides');
select throws_ok($$ insert into public.org_limit_overrides (org_id, limit_key, value, reason) values (tests.org_id('Acme'), 'team_members', 5, 'x') $$,
  '42501', null, 'a read-only impersonation cannot set overrides');
select is_empty($$ update public.plans set price = 1 returning key $$, 'a read-only impersonation updates no plan');
select throws_ok($$ insert into public.plans (key, name, performance_check_interval) values ('x', 'X', 'daily') $$, '42501', null, 'a read-only impersonation inserts no plan');
select is_empty($$ delete from public.plans returning key $$, 'a read-only impersonation deletes no plan');

-- service role
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.plans $$, array[5], 'service role reads every plan');
select lives_ok($$ update public.plans set is_public = false where key = 'legacy' $$, 'service role edits plans');
select lives_ok($$ insert into public.org_limit_overrides (org_id, limit_key, value, reason) values (tests.org_id('Globex'), 'projects', 3, 'Trial') $$,
  'service role sets overrides');
select lives_ok($$ delete from public.org_limit_overrides where org_id = tests.org_id('Globex') $$, 'service role removes overrides');

-- what really changed
select tests.clear_authentication();
select results_eq($$ select key, price from public.plans order by sort_order $$,
  $$ values ('free', 0::numeric), ('basic', 347), ('pro', 897), ('enterprise', null), ('legacy', 99) $$,
  'only the staff admin''s price change was stored');
select results_eq($$ select o.name, v.limit_key, v.value from public.org_limit_overrides v join public.organizations o on o.id = v.org_id order by 2 $$,
  $$ values ('Acme', 'domains', 5::bigint), ('Acme', 'projects', 15::bigint) $$,
  'overrides are exactly the staff admin''s');

select * from finish();
rollback;
