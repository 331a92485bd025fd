-- email_outbox: staff read, only the service role (jobs, API routes) writes.
begin;
select plan(35);

select tests.create_personas();
insert into public.email_outbox (org_id, to_email, template, idempotency_key)
values
  (tests.org_id('Acme'), 'owner@acme.test', 'report-ready', 'report:1'),
  (null, 'ana@lead.test', 'welcome', 'welcome:1');

-- Each statement counts the rows it read or changed, so one text serves every persona.
select set_config('t.select', $$
  select count(*)::int from public.email_outbox$$, false);
select set_config('t.insert', $$
  with w as (insert into public.email_outbox (to_email, template, idempotency_key)
    values ('bia@lead.test', 'nurture-3', 'nurture:1:3')
    returning 1)
  select count(*)::int from w$$, false);
select set_config('t.update', $$
  with w as (update public.email_outbox set attempts = attempts + 1
    returning 1)
  select count(*)::int from w$$, false);
select set_config('t.delete', $$
  with w as (delete from public.email_outbox
    returning 1)
  select count(*)::int from w$$, false);

select tests.authenticate_as_anon();
select throws_ok(current_setting('t.select'), '42501', null, 'anon cannot select email_outbox');
select throws_ok(current_setting('t.insert'), '42501', null, 'anon cannot insert email_outbox');
select throws_ok(current_setting('t.update'), '42501', null, 'anon cannot update email_outbox');
select throws_ok(current_setting('t.delete'), '42501', null, 'anon cannot delete email_outbox');

-- Staff only: members do not read their organization's outbox either.
select tests.authenticate_as('stranger');
select results_eq(current_setting('t.select'), array[0], 'a stranger sees no email_outbox row');
select throws_ok(current_setting('t.insert'), '42501', null, 'a stranger cannot insert email_outbox');
select throws_ok(current_setting('t.update'), '42501', null, 'a stranger cannot update email_outbox');
select throws_ok(current_setting('t.delete'), '42501', null, 'a stranger cannot delete email_outbox');

select tests.authenticate_as('member');
select results_eq(current_setting('t.select'), array[0], 'a member sees no email_outbox row');
select throws_ok(current_setting('t.insert'), '42501', null, 'a member cannot insert email_outbox');
select throws_ok(current_setting('t.update'), '42501', null, 'a member cannot update email_outbox');
select throws_ok(current_setting('t.delete'), '42501', null, 'a member cannot delete email_outbox');

select tests.authenticate_as('admin');
select results_eq(current_setting('t.select'), array[0], 'an admin sees no email_outbox row');
select throws_ok(current_setting('t.insert'), '42501', null, 'an admin cannot insert email_outbox');
select throws_ok(current_setting('t.update'), '42501', null, 'an admin cannot update email_outbox');
select throws_ok(current_setting('t.delete'), '42501', null, 'an admin cannot delete email_outbox');

select tests.authenticate_as('owner');
select results_eq(current_setting('t.select'), array[0], 'an owner sees no email_outbox row');
select throws_ok(current_setting('t.insert'), '42501', null, 'an owner cannot insert email_outbox');
select throws_ok(current_setting('t.update'), '42501', null, 'an owner cannot update email_outbox');
select throws_ok(current_setting('t.delete'), '42501', null, 'an owner cannot delete email_outbox');

select tests.authenticate_as('staff');
select results_eq(current_setting('t.select'), array[2], 'staff can select email_outbox (2 rows)');
select throws_ok(current_setting('t.insert'), '42501', null, 'staff cannot insert email_outbox');
select throws_ok(current_setting('t.update'), '42501', null, 'staff cannot update email_outbox');
select throws_ok(current_setting('t.delete'), '42501', null, 'staff cannot delete email_outbox');

-- Impersonating, staff get the owner's view, not their own.
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq(current_setting('t.select'), array[0], 'read-only impersonating staff sees no email_outbox row');
select throws_ok(current_setting('t.insert'), '42501', null,
  'read-only impersonating staff cannot insert email_outbox');
select throws_ok(current_setting('t.update'), '42501', null,
  'read-only impersonating staff cannot update email_outbox');
select throws_ok(current_setting('t.delete'), '42501', null,
  'read-only impersonating staff cannot delete email_outbox');

select tests.authenticate_as_service_role();
select results_eq(current_setting('t.select'), array[2], 'the service role can select email_outbox (2 rows)');
select results_eq(current_setting('t.update'), array[2], 'the service role can update email_outbox (2 rows)');
select results_eq(current_setting('t.delete'), array[2], 'the service role can delete email_outbox (2 rows)');
select results_eq(current_setting('t.insert'), array[1], 'the service role can insert email_outbox (1 row)');

select results_eq(
  $$with w as (insert into public.email_outbox (to_email, template, idempotency_key)
    values ('bia@lead.test', 'nurture-3', 'nurture:1:3') on conflict (idempotency_key) do nothing returning 1)
    select count(*)::int from w$$,
  array[0], 'a retried job cannot queue the same email twice'
);
select throws_ok(
  $$update public.email_outbox set status = 'sent'$$, '23514', null, 'a sent email records when it was sent'
);
select lives_ok(
  $$update public.email_outbox set status = 'sent', sent_at = now(), provider_id = 're_1'$$,
  'the sender marks an email sent'
);
select tests.clear_authentication();

select * from finish();
rollback;
