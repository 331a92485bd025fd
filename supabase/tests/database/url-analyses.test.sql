-- url_analyses: staff read, only the service role (API route, analysis job) writes; anon reads one analysis
-- only through public.analysis_status (funnel-functions.test.sql).
begin;
select plan(35);

select tests.create_personas();
insert into public.url_analyses (url, normalized_url, ip_hash)
values ('https://a.test/', 'https://a.test/', 'h1'), ('b.test', 'https://b.test/', 'h2');

-- Each statement counts the rows it read or changed, so one text serves every persona.
select set_config('t.select', $$
  select count(*)::int from public.url_analyses$$, false);
select set_config('t.insert', $$
  with w as (insert into public.url_analyses (url, normalized_url) values ('https://c.test', 'https://c.test/')
    returning 1)
  select count(*)::int from w$$, false);
select set_config('t.update', $$
  with w as (update public.url_analyses set status = 'running', stage = 'loading', progress = 10
    returning 1)
  select count(*)::int from w$$, false);
select set_config('t.delete', $$
  with w as (delete from public.url_analyses
    returning 1)
  select count(*)::int from w$$, false);

select tests.authenticate_as_anon();
select throws_ok(current_setting('t.select'), '42501', null, 'anon cannot select url_analyses');
select throws_ok(current_setting('t.insert'), '42501', null, 'anon cannot insert url_analyses');
select throws_ok(current_setting('t.update'), '42501', null, 'anon cannot update url_analyses');
select throws_ok(current_setting('t.delete'), '42501', null, 'anon cannot delete url_analyses');

-- Rows of no organization: the stranger (Globex's owner), member, admin and owner are all just not staff.
select tests.authenticate_as('stranger');
select results_eq(current_setting('t.select'), array[0], 'a stranger sees no url_analyses row');
select throws_ok(current_setting('t.insert'), '42501', null, 'a stranger cannot insert url_analyses');
select throws_ok(current_setting('t.update'), '42501', null, 'a stranger cannot update url_analyses');
select throws_ok(current_setting('t.delete'), '42501', null, 'a stranger cannot delete url_analyses');

select tests.authenticate_as('member');
select results_eq(current_setting('t.select'), array[0], 'a member sees no url_analyses row');
select throws_ok(current_setting('t.insert'), '42501', null, 'a member cannot insert url_analyses');
select throws_ok(current_setting('t.update'), '42501', null, 'a member cannot update url_analyses');
select throws_ok(current_setting('t.delete'), '42501', null, 'a member cannot delete url_analyses');

select tests.authenticate_as('admin');
select results_eq(current_setting('t.select'), array[0], 'an admin sees no url_analyses row');
select throws_ok(current_setting('t.insert'), '42501', null, 'an admin cannot insert url_analyses');
select throws_ok(current_setting('t.update'), '42501', null, 'an admin cannot update url_analyses');
select throws_ok(current_setting('t.delete'), '42501', null, 'an admin cannot delete url_analyses');

select tests.authenticate_as('owner');
select results_eq(current_setting('t.select'), array[0], 'an owner sees no url_analyses row');
select throws_ok(current_setting('t.insert'), '42501', null, 'an owner cannot insert url_analyses');
select throws_ok(current_setting('t.update'), '42501', null, 'an owner cannot update url_analyses');
select throws_ok(current_setting('t.delete'), '42501', null, 'an owner cannot delete url_analyses');

select tests.authenticate_as('staff');
select results_eq(current_setting('t.select'), array[2], 'staff can select url_analyses (2 rows)');
select throws_ok(current_setting('t.insert'), '42501', null, 'staff cannot insert url_analyses');
select throws_ok(current_setting('t.update'), '42501', null, 'staff cannot update url_analyses');
select throws_ok(current_setting('t.delete'), '42501', null, 'staff cannot delete url_analyses');

-- Impersonating, staff get the owner's view, not their own.
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq(current_setting('t.select'), array[0], 'read-only impersonating staff sees no url_analyses row');
select throws_ok(current_setting('t.insert'), '42501', null,
  'read-only impersonating staff cannot insert url_analyses');
select throws_ok(current_setting('t.update'), '42501', null,
  'read-only impersonating staff cannot update url_analyses');
select throws_ok(current_setting('t.delete'), '42501', null,
  'read-only impersonating staff cannot delete url_analyses');

select tests.authenticate_as_service_role();
select results_eq(current_setting('t.select'), array[2], 'the service role can select url_analyses (2 rows)');
select results_eq(current_setting('t.update'), array[2], 'the service role can update url_analyses (2 rows)');
select results_eq(current_setting('t.delete'), array[2], 'the service role can delete url_analyses (2 rows)');
select results_eq(current_setting('t.insert'), array[1], 'the service role can insert url_analyses (1 row)');

select throws_ok(
  $$update public.url_analyses set status = 'done', stage = 'done', progress = 100$$, '23514', null,
  'a finished analysis has a result'
);
select throws_ok(
  $$update public.url_analyses set status = 'failed', stage = 'failed'$$, '23514', null,
  'a failed analysis says why'
);
select throws_ok($$update public.url_analyses set progress = 101$$, '23514', null, 'progress stays within 0-100');
select tests.clear_authentication();

select * from finish();
rollback;
