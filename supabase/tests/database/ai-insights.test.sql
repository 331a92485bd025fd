-- ai_insights: members of a plan with insights ask for one on demand, in their own name, within the plan's
-- daily allowance; the service writes the answer; Free and Basic are refused with a tier limit.
begin;
select plan(14);
select tests.create_personas();
update public.plans set features = features || '{"ai_insights_per_day": 2}'::jsonb where key = 'pro';
select set_config('t.ask', $$ insert into public.ai_insights (org_id, locale, requested_by)
  values (tests.org_id('Acme'), 'en', (select auth.uid())) $$, false);

select tests.authenticate_as_anon();
select throws_ok($$ select * from public.ai_insights $$, '42501', null, 'anon reads nothing');

select tests.authenticate_as('member');
select lives_ok(current_setting('t.ask'), 'a member of a Pro organization asks for an insight');
select results_eq($$ select status || '/' || lane || '/' || kind from public.ai_insights $$,
  array['queued/standard/on_demand'], 'it is queued in the standard lane');
select ok((select period from public.ai_insights) ~ '^\d{4}-\d{2}$', 'the trigger sets the month');
select throws_ok($$ insert into public.ai_insights (org_id, kind, requested_by)
  values (tests.org_id('Acme'), 'monthly', (select auth.uid())) $$, '42501', null, 'a member cannot insert a monthly one');
select throws_ok($$ update public.ai_insights set status = 'ready' $$, '42501', null, 'a member cannot write the answer');
select lives_ok(current_setting('t.ask'), 'a second request within the allowance');
select throws_ok(current_setting('t.ask'), 'P0001', 'rate_limited:ai_insights', 'the third in 24 hours is refused');
select tests.clear_authentication();
update public.ai_insights set status = 'failed', failure_reason = 'openai_error'
where id = (select id from public.ai_insights order by created_at limit 1);
select tests.authenticate_as('member');
select lives_ok(current_setting('t.ask'), 'a request that failed before any model answered gives its place back');
select tests.clear_authentication();
update public.ai_insights set status = 'failed', failure_reason = 'uncited_answer', model = 'gpt-4o-mini'
where id = (select id from public.ai_insights where status = 'queued' order by created_at limit 1);
select tests.authenticate_as('member');
select throws_ok(current_setting('t.ask'), 'P0001', 'rate_limited:ai_insights',
  'one that failed after the model answered (and was paid for) still counts');

select tests.authenticate_as('stranger');
select results_eq($$ select count(*)::int from public.ai_insights $$, array[0], 'another organization sees none');
select throws_ok($$ insert into public.ai_insights (org_id, requested_by) values (tests.org_id('Acme'), (select auth.uid())) $$,
  '42501', null, 'nor asks for one for Acme');

select tests.clear_authentication();
update public.organizations set tier = 'basic' where id = tests.org_id('Globex');
select tests.authenticate_as('stranger');
select throws_ok($$ insert into public.ai_insights (org_id, requested_by) values (tests.org_id('Globex'), (select auth.uid())) $$,
  'P0001', 'tier_limit_exceeded:ai_insights', 'Basic has no insights');

select tests.clear_authentication();
update public.organizations set tier = 'enterprise' where id = tests.org_id('Globex');
insert into public.ai_insights (org_id, kind) values (tests.org_id('Globex'), 'monthly');
select is((select lane from public.ai_insights where org_id = tests.org_id('Globex')), 'priority',
  'Enterprise insights go in the priority lane');

select * from finish();
rollback;
