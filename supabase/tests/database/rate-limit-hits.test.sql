-- rate_limit_hits: staff read, only the service role (the analyze API route) writes.
begin;
select plan(34);

select tests.create_personas();
insert into public.rate_limit_hits (bucket, subject_hash, hit_at)
values ('analyze:ip', 'h1', now() - interval '2 days'), ('analyze:ip', 'h1', now());

-- Each statement counts the rows it read or changed, so one text serves every persona.
select set_config('t.select', $$
  select count(*)::int from public.rate_limit_hits$$, false);
select set_config('t.insert', $$
  with w as (insert into public.rate_limit_hits (bucket, subject_hash) values ('analyze:email', 'h2')
    returning 1)
  select count(*)::int from w$$, false);
select set_config('t.update', $$
  with w as (update public.rate_limit_hits set hit_at = now()
    returning 1)
  select count(*)::int from w$$, false);
select set_config('t.delete', $$
  with w as (delete from public.rate_limit_hits
    returning 1)
  select count(*)::int from w$$, false);

select tests.authenticate_as_anon();
select throws_ok(current_setting('t.select'), '42501', null, 'anon cannot select rate_limit_hits');
select throws_ok(current_setting('t.insert'), '42501', null, 'anon cannot insert rate_limit_hits');
select throws_ok(current_setting('t.update'), '42501', null, 'anon cannot update rate_limit_hits');
select throws_ok(current_setting('t.delete'), '42501', null, 'anon cannot delete rate_limit_hits');

-- Rows of no organization: the stranger (Globex's owner), member, admin and owner are all just not staff.
select tests.authenticate_as('stranger');
select results_eq(current_setting('t.select'), array[0], 'a stranger sees no rate_limit_hits row');
select throws_ok(current_setting('t.insert'), '42501', null, 'a stranger cannot insert rate_limit_hits');
select throws_ok(current_setting('t.update'), '42501', null, 'a stranger cannot update rate_limit_hits');
select throws_ok(current_setting('t.delete'), '42501', null, 'a stranger cannot delete rate_limit_hits');

select tests.authenticate_as('member');
select results_eq(current_setting('t.select'), array[0], 'a member sees no rate_limit_hits row');
select throws_ok(current_setting('t.insert'), '42501', null, 'a member cannot insert rate_limit_hits');
select throws_ok(current_setting('t.update'), '42501', null, 'a member cannot update rate_limit_hits');
select throws_ok(current_setting('t.delete'), '42501', null, 'a member cannot delete rate_limit_hits');

select tests.authenticate_as('admin');
select results_eq(current_setting('t.select'), array[0], 'an admin sees no rate_limit_hits row');
select throws_ok(current_setting('t.insert'), '42501', null, 'an admin cannot insert rate_limit_hits');
select throws_ok(current_setting('t.update'), '42501', null, 'an admin cannot update rate_limit_hits');
select throws_ok(current_setting('t.delete'), '42501', null, 'an admin cannot delete rate_limit_hits');

select tests.authenticate_as('owner');
select results_eq(current_setting('t.select'), array[0], 'an owner sees no rate_limit_hits row');
select throws_ok(current_setting('t.insert'), '42501', null, 'an owner cannot insert rate_limit_hits');
select throws_ok(current_setting('t.update'), '42501', null, 'an owner cannot update rate_limit_hits');
select throws_ok(current_setting('t.delete'), '42501', null, 'an owner cannot delete rate_limit_hits');

select tests.authenticate_as('staff');
select results_eq(current_setting('t.select'), array[2], 'staff can select rate_limit_hits (2 rows)');
select throws_ok(current_setting('t.insert'), '42501', null, 'staff cannot insert rate_limit_hits');
select throws_ok(current_setting('t.update'), '42501', null, 'staff cannot update rate_limit_hits');
select throws_ok(current_setting('t.delete'), '42501', null, 'staff cannot delete rate_limit_hits');

-- Impersonating, staff get the owner's view, not their own.
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq(current_setting('t.select'), array[0], 'read-only impersonating staff sees no rate_limit_hits row');
select throws_ok(current_setting('t.insert'), '42501', null,
  'read-only impersonating staff cannot insert rate_limit_hits');
select throws_ok(current_setting('t.update'), '42501', null,
  'read-only impersonating staff cannot update rate_limit_hits');
select throws_ok(current_setting('t.delete'), '42501', null,
  'read-only impersonating staff cannot delete rate_limit_hits');

select tests.authenticate_as_service_role();
select results_eq(current_setting('t.select'), array[2], 'the service role can select rate_limit_hits (2 rows)');
select results_eq(current_setting('t.update'), array[2], 'the service role can update rate_limit_hits (2 rows)');
select results_eq(current_setting('t.delete'), array[2], 'the service role can delete rate_limit_hits (2 rows)');
select results_eq(current_setting('t.insert'), array[1], 'the service role can insert rate_limit_hits (1 row)');

insert into public.rate_limit_hits (bucket, subject_hash, hit_at)
values ('analyze:ip', 'h3', now() - interval '2 days'), ('analyze:ip', 'h3', now() - interval '1 hour');
select is(
  (select count(*)::int from public.rate_limit_hits
    where bucket = 'analyze:ip' and subject_hash = 'h3' and hit_at > now() - interval '1 day'),
  1, 'a sliding window counts only the hits inside it'
);
select throws_ok(
  $$insert into public.rate_limit_hits (id, bucket, subject_hash) values (1, 'analyze:ip', 'h4')$$, '428C9', null,
  'hit ids come from the identity, never from the caller'
);
select tests.clear_authentication();

select * from finish();
rollback;
