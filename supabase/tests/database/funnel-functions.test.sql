-- The anonymous funnel API: funnel.analysis_status and funnel.unsubscribe_lead are anon's only way into
-- url_analyses and leads, give away nothing but the public fields of the one row asked for, and live outside
-- the schema the Data API exposes. The full report is the reward for an email, in the database too.
begin;
select plan(22);
select tests.create_user('visitor');

insert into public.leads (id, email, source, consent_at, consent_text_version, status, unsubscribe_token_hash)
values
  ('00000000-0000-4000-8000-00000000000a', 'ana@lead.test', 'analyzer', now(), 'v1', 'nurturing',
    encode(sha256('ana-unsubscribe-token-0001'), 'hex')),
  ('00000000-0000-4000-8000-00000000000b', 'bia@lead.test', 'analyzer', now(), 'v1', 'converted',
    encode(sha256('bia-unsubscribe-token-0002'), 'hex'));
insert into public.url_analyses (id, url, normalized_url, final_url, lead_id, ip_hash, status, progress, stage, result,
  screenshot_object, started_at, finished_at)
values
  ('00000000-0000-4000-8000-0000000000a1', 'a.test', 'https://a.test/', 'https://www.a.test/',
    '00000000-0000-4000-8000-00000000000a', 'ip-hash-of-ana', 'done', 100, 'done', '{"scores": {"performance": 97}}',
    'analyses/a1.png', now(), now()),
  ('00000000-0000-4000-8000-0000000000a2', 'https://b.test', 'https://b.test/', null, null, 'ip-hash-of-someone',
    'running', 40, 'auditing', null, null, now(), null),
  ('00000000-0000-4000-8000-0000000000a3', 'c.test', 'https://c.test/', null, null, 'ip-hash-of-another',
    'done', 100, 'done', '{"scores": {"performance": 41}, "opportunities": [{"id": "render-blocking"}]}', null, now(), now());

select tests.authenticate_as_anon();
select results_eq(
  $$select id, url, final_url, status, progress, stage, result, email_given
    from funnel.analysis_status('00000000-0000-4000-8000-0000000000a1')$$,
  $$values ('00000000-0000-4000-8000-0000000000a1'::uuid, 'a.test', 'https://www.a.test/', 'done', 100::smallint,
    'done', '{"scores": {"performance": 97}}'::jsonb, true)$$,
  'anon reads a finished analysis by its id'
);
select results_eq(
  $$select status, progress, stage, result, email_given
    from funnel.analysis_status('00000000-0000-4000-8000-0000000000a2')$$,
  $$values ('running', 40::smallint, 'auditing', null::jsonb, false)$$,
  'anon follows the progress of a running analysis'
);
select results_eq(
  $$select result, email_given from funnel.analysis_status('00000000-0000-4000-8000-0000000000a3')$$,
  $$values ('{"scores": {"performance": 41}}'::jsonb, false)$$,
  'before an email is given only the scores leave the database'
);
select is_empty(
  $$select * from funnel.analysis_status('00000000-0000-4000-8000-00000000ffff')$$, 'an unknown id returns nothing'
);
select is_empty($$select * from funnel.analysis_status(null)$$, 'no id returns nothing');
select is(
  (select array_agg(k order by k)
    from funnel.analysis_status('00000000-0000-4000-8000-0000000000a1') s, jsonb_object_keys(to_jsonb(s)) k),
  array['created_at', 'email_given', 'failure_reason', 'final_url', 'finished_at', 'id', 'progress', 'result',
    'screenshot_object', 'stage', 'status', 'url'],
  'only the public fields of an analysis are returned'
);
select ok(
  (select to_jsonb(s)::text !~ '(ip-hash-of-ana|00000000-0000-4000-8000-00000000000a"|ana@lead.test)'
    from funnel.analysis_status('00000000-0000-4000-8000-0000000000a1') s),
  'neither the requester''s IP hash nor the lead leaks through the status'
);
select throws_ok('select * from public.url_analyses', '42501', null, 'anon still cannot read the table itself');

select is(funnel.unsubscribe_lead('ana-unsubscribe-token-0001'), true, 'the unsubscribe link works without signing in');
select is(funnel.unsubscribe_lead('ana-unsubscribe-token-0001'), true, 'following the link again is harmless');
select is(funnel.unsubscribe_lead('bia-unsubscribe-token-0002'), true, 'a converted lead can unsubscribe too');
select is(funnel.unsubscribe_lead('not-a-token-of-anyone-0003'), false, 'an unknown token unsubscribes nobody');
select is(funnel.unsubscribe_lead(null), false, 'a missing token unsubscribes nobody');
select is(funnel.unsubscribe_lead('short'), false, 'a malformed token unsubscribes nobody');
select throws_ok('select * from public.leads', '42501', null, 'anon still cannot read leads');
select tests.clear_authentication();

select results_eq(
  $$select email::text, status, unsubscribed_at is not null from public.leads order by email$$,
  $$values ('ana@lead.test', 'unsubscribed', true), ('bia@lead.test', 'converted', true)$$,
  'an unsubscribed lead stops nurturing; a converted one keeps its status and records the opt-out'
);

select tests.authenticate_as('visitor');
select throws_ok($$select * from funnel.analysis_status('00000000-0000-4000-8000-0000000000a1')$$, '42501', null,
  'a signed-in user holds no door into the funnel');
select tests.clear_authentication();

select ok(
  (select bool_and(p.prosecdef and p.proconfig = array['search_path=""'])
    from pg_proc p
    where p.oid in ('funnel.analysis_status(uuid)'::regprocedure, 'funnel.unsubscribe_lead(text)'::regprocedure)),
  'both functions are security definer with a pinned, empty search_path'
);
select function_privs_are('funnel', 'analysis_status', array['uuid'], 'anon', array['EXECUTE'],
  'anon may call analysis_status');
select function_privs_are('funnel', 'unsubscribe_lead', array['text'], 'anon', array['EXECUTE'],
  'anon may call unsubscribe_lead');
select hasnt_function('public', 'analysis_status', array['uuid'], 'the Data API no longer serves analysis_status');
select hasnt_function('public', 'unsubscribe_lead', array['text'], 'nor unsubscribe_lead');

select * from finish();
rollback;
