-- funnel.take_rate_limits: the sliding daily window behind every funnel limit. Called only by the funnel's
-- door functions; nobody may call it directly.
begin;
select plan(17);

-- Hex keyed hashes as the app would pass them.
select set_config('t.a', repeat('a', 64), false), set_config('t.b', repeat('b', 64), false),
  set_config('t.c', repeat('c', 64), false);

select is(
  funnel.take_rate_limits(array['test:ip'], array[current_setting('t.a')], array[2]), null,
  'the first request has room'
);
select is(
  funnel.take_rate_limits(array['test:ip'], array[current_setting('t.a')], array[2]), null,
  'the second request has room'
);
select is(
  (select count(*)::int from public.rate_limit_hits where bucket = 'test:ip' and subject_hash = current_setting('t.a')),
  2, 'each request with room records one hit'
);
select ok(
  funnel.take_rate_limits(array['test:ip'], array[current_setting('t.a')], array[2]) between 86400 - 60 and 86400,
  'the third is refused until the oldest hit leaves the 24 h window (in seconds, by the wall clock)'
);
select is(
  (select count(*)::int from public.rate_limit_hits where bucket = 'test:ip' and subject_hash = current_setting('t.a')),
  2, 'a refused request records nothing'
);
select is(
  funnel.take_rate_limits(array['test:ip'], array[current_setting('t.b')], array[2]), null,
  'another subject has its own window'
);
select is(
  funnel.take_rate_limits(array['test:other'], array[current_setting('t.a')], array[2]), null,
  'another bucket has its own window'
);

-- A sliding window: hits older than 24 h do not count, and retry_after follows the hit that must expire.
insert into public.rate_limit_hits (bucket, subject_hash, hit_at)
values ('test:slide', current_setting('t.c'), now() - interval '30 hours'),
  ('test:slide', current_setting('t.c'), now() - interval '20 hours'),
  ('test:slide', current_setting('t.c'), now() - interval '2 hours');
select ok(
  funnel.take_rate_limits(array['test:slide'], array[current_setting('t.c')], array[2])
    between 4 * 3600 - 60 and 4 * 3600,
  'with two hits in the window, room returns when the older one (20 h ago) is 24 h old'
);
select ok(
  funnel.take_rate_limits(array['test:slide'], array[current_setting('t.c')], array[1])
    between 22 * 3600 - 60 and 22 * 3600,
  'a limit lowered below the hits in the window waits for enough of them to expire'
);
select is(
  funnel.take_rate_limits(array['test:slide'], array[current_setting('t.c')], array[3]), null,
  'a limit with room lets the request through'
);
select is(
  (select count(*)::int from public.rate_limit_hits where bucket = 'test:slide'), 3,
  'the counted request pruned its bucket''s hit that had left the window (3 = 2 kept + 1 new)'
);

-- All or nothing: one exhausted subject refuses the request, and the other subject is not charged.
select ok(
  funnel.take_rate_limits(
    array['test:ip', 'test:email'], array[current_setting('t.a'), current_setting('t.b')], array[2, 5])
    between 86400 - 60 and 86400,
  'one exhausted limit refuses the whole request'
);
select is(
  (select count(*)::int from public.rate_limit_hits where bucket = 'test:email'), 0,
  'and the subject that had room is not charged'
);
select is(
  funnel.take_rate_limits(array['test:ip', 'test:email'], array[current_setting('t.c'), null], array[2, 5]),
  null, 'a missing subject (no email given) is skipped'
);
select throws_ok(
  $$select funnel.take_rate_limits(array['test:zero'], array[repeat('d', 64)], array[0])$$,
  'P0001', 'take_rate_limits: the limit of test:zero must be at least 1', 'a limit below 1 is a configuration error'
);

select tests.authenticate_as_anon();
select throws_ok(
  $$select funnel.take_rate_limits(array['test:ip'], array[repeat('e', 64)], array[100])$$, '42501', null,
  'anon cannot call the helper directly (it would charge any subject)'
);
select tests.clear_authentication();

select ok(
  not has_function_privilege('authenticated', 'funnel.take_rate_limits(text[], text[], integer[])', 'execute')
    and not has_function_privilege('service_role', 'funnel.take_rate_limits(text[], text[], integer[])', 'execute'),
  'nor can any other API role'
);

select * from finish();
rollback;
