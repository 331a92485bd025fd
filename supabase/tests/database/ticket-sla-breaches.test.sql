-- public.ticket_sla_breaches: written only by the SLA job (service role); members read their organization's,
-- staff read all.
begin;
select plan(9);
select tests.create_personas();
insert into public.support_tickets (org_id, subject, sla_hours, created_at) values
  (tests.org_id('Acme'), 'Acme checkout', 4, now() - interval '5 hours'),
  (tests.org_id('Globex'), 'Globex logo', 4, now() - interval '6 hours');
insert into public.ticket_sla_breaches (ticket_id, org_id, due_at)
select id, org_id, created_at + interval '4 hours' from public.support_tickets;

select tests.authenticate_as_anon();
select throws_ok($$ select * from public.ticket_sla_breaches $$, '42501', null, 'anon cannot read breaches');

select tests.authenticate_as('member');
select results_eq($$ select t.subject from public.ticket_sla_breaches b join public.support_tickets t on t.id = b.ticket_id $$,
  array['Acme checkout'], 'a member reads their organization''s breaches');
select throws_ok($$ delete from public.ticket_sla_breaches $$, '42501', null, 'a member cannot erase a breach');
select tests.authenticate_as('owner');
select throws_ok($$ update public.ticket_sla_breaches set breached_at = now() $$, '42501', null, 'an owner cannot rewrite a breach');
select tests.authenticate_as('stranger');
select results_eq($$ select count(*)::int from public.ticket_sla_breaches where org_id = tests.org_id('Acme') $$,
  array[0], 'a stranger sees no Acme breach');

select tests.authenticate_as('staff');
select results_eq($$ select count(*)::int from public.ticket_sla_breaches $$, array[2], 'staff read every breach');
select throws_ok($$ insert into public.ticket_sla_breaches (ticket_id, org_id, due_at)
  select id, org_id, now() from public.support_tickets limit 1 $$, '42501', null, 'staff do not mark breaches by hand');

select tests.authenticate_as_service_role();
select throws_ok($$ insert into public.ticket_sla_breaches (ticket_id, org_id, due_at)
  select id, org_id, now() from public.support_tickets where subject = 'Acme checkout' $$, '23505', null,
  'a ticket is breached once');
select tests.clear_authentication();
delete from public.support_tickets where subject = 'Acme checkout';
select results_eq($$ select count(*)::int from public.ticket_sla_breaches $$, array[1], 'a deleted ticket takes its breach along');

select * from finish();
rollback;
