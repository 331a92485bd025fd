-- ai_usage: tokens and cost of AI calls on the plan's key, per organization and month, written by the service
-- only (private.record_ai_usage); members read their organization's months, staff all.
begin;
select plan(8);
select tests.create_personas();
select private.record_ai_usage(tests.org_id('Acme'), 'gpt-4o-mini', 1000, 200, 0.00027);
select private.record_ai_usage(tests.org_id('Acme'), 'gpt-4o-mini', 500, 100, 0.000135);
select private.record_ai_usage(tests.org_id('Globex'), 'text-embedding-3-small', 300, 0, 0.000006);

select is((select requests from public.ai_usage where org_id = tests.org_id('Acme')), 2, 'calls of a month add up');
select is((select input_tokens::int + output_tokens::int from public.ai_usage where org_id = tests.org_id('Acme')),
  1800, 'tokens add up');

select tests.authenticate_as_anon();
select throws_ok($$ select * from public.ai_usage $$, '42501', null, 'anon reads nothing');
select tests.authenticate_as('member');
select results_eq($$ select model from public.ai_usage $$, array['gpt-4o-mini'], 'a member reads their organization''s');
select throws_ok($$ update public.ai_usage set cost_usd = 0 $$, '42501', null, 'a member cannot rewrite usage');
select tests.authenticate_as('owner');
select throws_ok($$ select private.record_ai_usage(tests.org_id('Acme'), 'x', 1, 1, 1) $$, '42501', null,
  'an owner cannot record usage');
select tests.authenticate_as('staff');
select results_eq($$ select count(*)::int from public.ai_usage $$, array[2], 'staff read every organization''s');
select tests.authenticate_as_service_role();
select throws_ok($$ select private.record_ai_usage(tests.org_id('Acme'), 'x', -1, 0, 0) $$, '23514', null,
  'negative tokens are refused');

select * from finish();
rollback;
