-- leads: staff read, only the service role writes; anon reaches them only through public.unsubscribe_lead
-- (funnel-functions.test.sql).
begin;
select plan(35);

select tests.create_personas();
insert into public.leads (email, source, consent_at, consent_text_version)
values ('ana@lead.test', 'analyzer', now(), 'v1'), ('bia@lead.test', 'website', null, null);

-- Each statement counts the rows it read or changed, so one text serves every persona.
select set_config('t.select', $$
  select count(*)::int from public.leads$$, false);
select set_config('t.insert', $$
  with w as (insert into public.leads (email, source) values ('caio@lead.test', 'referral')
    returning 1)
  select count(*)::int from w$$, false);
select set_config('t.update', $$
  with w as (update public.leads set status = 'nurturing'
    returning 1)
  select count(*)::int from w$$, false);
select set_config('t.delete', $$
  with w as (delete from public.leads
    returning 1)
  select count(*)::int from w$$, false);

select tests.authenticate_as_anon();
select throws_ok(current_setting('t.select'), '42501', null, 'anon cannot select leads');
select throws_ok(current_setting('t.insert'), '42501', null, 'anon cannot insert leads');
select throws_ok(current_setting('t.update'), '42501', null, 'anon cannot update leads');
select throws_ok(current_setting('t.delete'), '42501', null, 'anon cannot delete leads');

-- Rows of no organization: the stranger (Globex's owner), member, admin and owner are all just not staff.
select tests.authenticate_as('stranger');
select results_eq(current_setting('t.select'), array[0], 'a stranger sees no leads row');
select throws_ok(current_setting('t.insert'), '42501', null, 'a stranger cannot insert leads');
select throws_ok(current_setting('t.update'), '42501', null, 'a stranger cannot update leads');
select throws_ok(current_setting('t.delete'), '42501', null, 'a stranger cannot delete leads');

select tests.authenticate_as('member');
select results_eq(current_setting('t.select'), array[0], 'a member sees no leads row');
select throws_ok(current_setting('t.insert'), '42501', null, 'a member cannot insert leads');
select throws_ok(current_setting('t.update'), '42501', null, 'a member cannot update leads');
select throws_ok(current_setting('t.delete'), '42501', null, 'a member cannot delete leads');

select tests.authenticate_as('admin');
select results_eq(current_setting('t.select'), array[0], 'an admin sees no leads row');
select throws_ok(current_setting('t.insert'), '42501', null, 'an admin cannot insert leads');
select throws_ok(current_setting('t.update'), '42501', null, 'an admin cannot update leads');
select throws_ok(current_setting('t.delete'), '42501', null, 'an admin cannot delete leads');

select tests.authenticate_as('owner');
select results_eq(current_setting('t.select'), array[0], 'an owner sees no leads row');
select throws_ok(current_setting('t.insert'), '42501', null, 'an owner cannot insert leads');
select throws_ok(current_setting('t.update'), '42501', null, 'an owner cannot update leads');
select throws_ok(current_setting('t.delete'), '42501', null, 'an owner cannot delete leads');

select tests.authenticate_as('staff');
select results_eq(current_setting('t.select'), array[2], 'staff can select leads (2 rows)');
select throws_ok(current_setting('t.insert'), '42501', null, 'staff cannot insert leads');
select throws_ok(current_setting('t.update'), '42501', null, 'staff cannot update leads');
select throws_ok(current_setting('t.delete'), '42501', null, 'staff cannot delete leads');

-- Impersonating, staff get the owner's view, not their own.
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq(current_setting('t.select'), array[0], 'read-only impersonating staff sees no leads row');
select throws_ok(current_setting('t.insert'), '42501', null, 'read-only impersonating staff cannot insert leads');
select throws_ok(current_setting('t.update'), '42501', null, 'read-only impersonating staff cannot update leads');
select throws_ok(current_setting('t.delete'), '42501', null, 'read-only impersonating staff cannot delete leads');

select tests.authenticate_as_service_role();
select results_eq(current_setting('t.select'), array[2], 'the service role can select leads (2 rows)');
select results_eq(current_setting('t.update'), array[2], 'the service role can update leads (2 rows)');
select results_eq(current_setting('t.delete'), array[2], 'the service role can delete leads (2 rows)');
select results_eq(current_setting('t.insert'), array[1], 'the service role can insert leads (1 row)');

select throws_ok(
  $$insert into public.leads (email, source) values ('CAIO@Lead.Test', 'website')$$, '23505', null,
  'an email address is one lead whatever its casing'
);
select throws_ok(
  $$insert into public.leads (email, source, consent_at) values ('dora@lead.test', 'website', now())$$, '23514', null,
  'consent is stored with the version of the text that was shown'
);
select throws_ok(
  $$insert into public.leads (email, source) values ('edu@lead.test', 'cold-call')$$, '23514', null,
  'a lead source is one of the known sources'
);
select tests.clear_authentication();

select * from finish();
rollback;
