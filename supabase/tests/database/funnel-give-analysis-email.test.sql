-- funnel.give_analysis_email: the email gate's check. The analysis must exist, and giving emails is limited
-- per IP and per email address; callable by anon only.
begin;
select plan(12);

select tests.create_personas();

insert into public.url_analyses (id, url, normalized_url, status, progress, stage)
values ('00000000-0000-4000-8000-0000000000e1', 'https://a.test/', 'https://a.test/', 'running', 40, 'auditing');

select tests.authenticate_as_anon();
select results_eq(
  $$select analysis_found, retry_after from funnel.give_analysis_email(
    '00000000-0000-4000-8000-0000000000e1', repeat('1', 64), repeat('e', 64), 3, 2)$$,
  $$values (true, null::integer)$$, 'anon gives an email for an existing analysis'
);
select results_eq(
  $$select analysis_found, retry_after from funnel.give_analysis_email(
    '00000000-0000-4000-8000-00000000ffff', repeat('1', 64), repeat('e', 64), 3, 2)$$,
  $$values (false, null::integer)$$, 'an unknown analysis is reported as not found'
);
select results_eq(
  $$select retry_after from funnel.give_analysis_email(
    '00000000-0000-4000-8000-0000000000e1', repeat('2', 64), repeat('e', 64), 3, 2)$$,
  $$values (null::integer)$$, 'the same email from another IP'
);
select results_eq(
  $$select retry_after between 86400 - 60 and 86400 from funnel.give_analysis_email(
    '00000000-0000-4000-8000-0000000000e1', repeat('3', 64), repeat('e', 64), 3, 2)$$,
  $$values (true)$$, 'a third time for the same email in a day is refused'
);
select results_eq(
  $$select retry_after from funnel.give_analysis_email(
    '00000000-0000-4000-8000-0000000000e1', repeat('1', 64), repeat('f', 64), 3, 2)$$,
  $$values (null::integer)$$, 'the first IP gives another email'
);
select results_eq(
  $$select retry_after from funnel.give_analysis_email(
    '00000000-0000-4000-8000-0000000000e1', repeat('1', 64), repeat('a', 64), 3, 2)$$,
  $$values (null::integer)$$, 'and a third one'
);
select results_eq(
  $$select retry_after between 86400 - 60 and 86400 from funnel.give_analysis_email(
    '00000000-0000-4000-8000-0000000000e1', repeat('1', 64), repeat('b', 64), 3, 2)$$,
  $$values (true)$$, 'a fourth email from the same IP in a day is refused'
);
select throws_ok(
  $$select * from funnel.give_analysis_email('00000000-0000-4000-8000-0000000000e1', repeat('1', 64),
    'ana@lead.test', 3, 2)$$,
  '22023', null, 'a raw email instead of a keyed hash is refused'
);
select tests.clear_authentication();

select results_eq(
  $$select bucket, count(*)::int from public.rate_limit_hits group by bucket order by bucket$$,
  $$values ('analysis_email:email', 4), ('analysis_email:ip', 4)$$,
  'only the accepted attempts were charged, in the email-gate buckets'
);

select tests.authenticate_as('stranger');
select throws_ok(
  $$select * from funnel.give_analysis_email('00000000-0000-4000-8000-0000000000e1', repeat('1', 64),
    repeat('e', 64), 3, 2)$$,
  '42501', null, 'a signed-in user cannot use the anonymous door'
);
select tests.clear_authentication();

select ok(
  (select p.prosecdef and p.proconfig = array['search_path=""'] from pg_proc p
    where p.oid = 'funnel.give_analysis_email(uuid, text, text, integer, integer)'::regprocedure),
  'security definer with a pinned, empty search_path'
);
select function_privs_are('funnel', 'give_analysis_email', array['uuid', 'text', 'text', 'integer', 'integer'],
  'anon', array['EXECUTE'], 'anon may call give_analysis_email');

select * from finish();
rollback;
