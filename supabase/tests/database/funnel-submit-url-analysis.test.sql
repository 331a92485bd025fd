-- funnel.submit_url_analysis: POST /api/analyze's only write path. Serves the 24 h cache without counting,
-- applies the per-IP and per-email daily limits, and creates the queued analysis; callable by anon only.
begin;
select plan(27);

select tests.create_personas();

select set_config('t.ip', repeat('1', 64), false), set_config('t.ip2', repeat('2', 64), false),
  set_config('t.email', repeat('e', 64), false);

-- Analyses from before this test: a failed one and one older than a day are never served from the cache.
insert into public.url_analyses (url, normalized_url, status, stage, failure_reason, created_at)
values ('https://failed.test/', 'https://failed.test/', 'failed', 'failed', 'dns_failure', now() - interval '1 hour'),
  ('https://stale.test/', 'https://stale.test/', 'queued', 'queued', null, now() - interval '25 hours');

select tests.authenticate_as_anon();

select set_config('t.first', (
  select analysis_id::text from funnel.submit_url_analysis(
    'https://a.test/', 'https://a.test/', current_setting('t.ip'), null, 3, 10)), true);
select isnt(current_setting('t.first'), null, 'anon submits a URL and gets the new analysis id');
select results_eq(
  $$select analysis_status, cached, retry_after
    from funnel.submit_url_analysis('https://a.test/', 'https://a.test/', repeat('2', 64), null, 3, 10)$$,
  $$values ('queued', true, null::integer)$$,
  'the same URL again, from anyone, is served from the cache'
);
select is(
  (select analysis_id::text from funnel.submit_url_analysis(
    'https://a.test/', 'https://a.test/', current_setting('t.ip'), null, 3, 10)),
  current_setting('t.first'), 'the cache answers with the first analysis'
);
select results_eq(
  $$select cached from funnel.submit_url_analysis('https://failed.test/', 'https://failed.test/',
    repeat('1', 64), null, 3, 10)$$,
  $$values (false)$$, 'a failed analysis is not served from the cache: the URL is analyzed again'
);
select results_eq(
  $$select cached from funnel.submit_url_analysis('https://stale.test/', 'https://stale.test/',
    repeat('1', 64), null, 3, 10)$$,
  $$values (false)$$, 'an analysis older than 24 h is not served from the cache'
);
select results_eq(
  $$select analysis_id is null, analysis_status, cached, retry_after between 86400 - 60 and 86400
    from funnel.submit_url_analysis('https://b.test/', 'https://b.test/', repeat('1', 64), null, 3, 10)$$,
  $$values (true, null::text, false, true)$$,
  'a fourth new URL from the same IP in a day is refused, with the seconds until the oldest hit expires'
);
select results_eq(
  $$select cached, retry_after
    from funnel.submit_url_analysis('https://a.test/', 'https://a.test/', repeat('1', 64), null, 3, 10)$$,
  $$values (true, null::integer)$$,
  'an exhausted IP is still served what is in the cache'
);
select results_eq(
  $$select analysis_id is not null, cached
    from funnel.submit_url_analysis('https://b.test/', 'https://b.test/', repeat('2', 64), null, 3, 10)$$,
  $$values (true, false)$$, 'another IP has its own limit'
);

-- Per email: 2 allowed here, across IPs.
select results_eq(
  $$select analysis_id is not null from funnel.submit_url_analysis('https://c1.test/', 'https://c1.test/',
    repeat('3', 64), repeat('e', 64), 3, 2)$$,
  $$values (true)$$, 'a submission with an email counts for the email too'
);
select results_eq(
  $$select analysis_id is not null from funnel.submit_url_analysis('https://c2.test/', 'https://c2.test/',
    repeat('4', 64), repeat('e', 64), 3, 2)$$,
  $$values (true)$$, 'the same email from another IP still has room'
);
select results_eq(
  $$select analysis_id is null, retry_after between 86400 - 60 and 86400
    from funnel.submit_url_analysis('https://c3.test/', 'https://c3.test/', repeat('5', 64), repeat('e', 64), 3, 2)$$,
  $$values (true, true)$$, 'the email''s limit refuses a fresh IP'
);
select results_eq(
  $$select analysis_id is not null from funnel.submit_url_analysis('https://c3.test/', 'https://c3.test/',
    repeat('5', 64), null, 3, 2)$$,
  $$values (true)$$, 'and the refused attempt did not charge that IP'
);

select throws_ok(
  $$select * from funnel.submit_url_analysis('https://d.test/', 'https://d.test/', '10.0.0.1', null, 3, 10)$$,
  '22023', null, 'a raw IP instead of a keyed hash is refused'
);
select throws_ok(
  $$select * from funnel.submit_url_analysis('https://d.test/', 'https://d.test/', repeat('1', 64), 'a@b.test', 3, 10)$$,
  '22023', null, 'a raw email instead of a keyed hash is refused'
);
select throws_ok(
  $$select * from funnel.submit_url_analysis('https://d.test/', 'https://d.test/', null, null, 3, 10)$$,
  '22004', null, 'the IP hash is required'
);
select throws_ok(
  $$select * from funnel.submit_url_analysis(repeat('x', 2049), repeat('x', 2049), repeat('6', 64), null, 3, 10)$$,
  '23514', null, 'the table still caps the URL length'
);
select throws_ok('select * from public.url_analyses', '42501', null, 'anon still cannot read the table itself');
select throws_ok('select * from public.rate_limit_hits', '42501', null, 'nor the hits');
select tests.clear_authentication();

select results_eq(
  $$select url, normalized_url, ip_hash, status, progress, stage, lead_id is null, result is null
    from public.url_analyses where id = current_setting('t.first')::uuid$$,
  $$values ('https://a.test/', 'https://a.test/', repeat('1', 64), 'queued', 0::smallint, 'queued', true, true)$$,
  'the new analysis is queued with the URL and the requester''s IP hash'
);
select is(
  (select count(*)::int from public.url_analyses where normalized_url = 'https://a.test/'), 1,
  'cache hits created no row'
);
select is(
  (select count(*)::int from public.url_analyses where normalized_url = 'https://b.test/'), 1,
  'the refused submission created no row'
);
select results_eq(
  $$select bucket, count(*)::int from public.rate_limit_hits where subject_hash = repeat('1', 64)
    group by bucket$$,
  $$values ('analyze:ip', 3)$$, 'the first IP was charged for its three new analyses only'
);
select is(
  (select count(*)::int from public.rate_limit_hits where bucket = 'analyze:email' and subject_hash = repeat('e', 64)),
  2, 'the email was charged for its two analyses'
);

select tests.authenticate_as('stranger');
select throws_ok(
  $$select * from funnel.submit_url_analysis('https://e.test/', 'https://e.test/', repeat('7', 64), null, 3, 10)$$,
  '42501', null, 'a signed-in user cannot use the anonymous door (the app calls it as anon)'
);
select tests.clear_authentication();

select ok(
  (select p.prosecdef and p.proconfig = array['search_path=""'] from pg_proc p
    where p.oid = 'funnel.submit_url_analysis(text, text, text, text, integer, integer)'::regprocedure),
  'security definer with a pinned, empty search_path'
);
select function_privs_are('funnel', 'submit_url_analysis', array['text', 'text', 'text', 'text', 'integer', 'integer'],
  'anon', array['EXECUTE'], 'anon may call submit_url_analysis');
select ok(
  not has_schema_privilege('authenticated', 'funnel', 'usage') and not has_schema_privilege('public', 'funnel', 'usage'),
  'the funnel schema is open to anon only'
);

select * from finish();
rollback;
