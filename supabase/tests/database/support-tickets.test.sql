-- public.support_tickets: members open tickets in their organization (numbered per organization, stamped with
-- the plan's SLA, counted against the monthly allowance); a client may only close a ticket or reopen a
-- resolved/closed one, as its creator or an owner/admin. Staff work every ticket; only staff delete.
begin;
select plan(56);
select tests.create_personas();
insert into public.support_tickets (org_id, subject, created_by) values
  (tests.org_id('Acme'), 'Checkout is slow', tests.get_user_id('owner')),
  (tests.org_id('Globex'), 'Invoice question', tests.get_user_id('stranger'));

-- anon: no table privileges at all
select tests.authenticate_as_anon();
select throws_ok($$ select * from public.support_tickets $$, '42501', null, 'anon cannot read tickets');
select throws_ok($$ insert into public.support_tickets (org_id, subject) values (tests.org_id('Acme'), 'Spam') $$,
  '42501', null, 'anon cannot open a ticket');
select throws_ok($$ update public.support_tickets set status = 'closed' $$, '42501', null, 'anon cannot update tickets');
select throws_ok($$ delete from public.support_tickets $$, '42501', null, 'anon cannot delete tickets');

-- stranger (owner of Globex)
select tests.authenticate_as('stranger');
select results_eq($$ select subject from public.support_tickets $$, array['Invoice question'],
  'stranger reads only Globex tickets');
select throws_ok($$ insert into public.support_tickets (org_id, subject) values (tests.org_id('Acme'), 'Spam') $$,
  '42501', null, 'stranger cannot open a ticket for Acme');
select is_empty($$ update public.support_tickets set status = 'closed' where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot close Acme tickets');
select is_empty($$ delete from public.support_tickets where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot delete Acme tickets');

-- member: opens tickets, closes and reopens their own, nothing more
select tests.authenticate_as('member');
select results_eq($$ select subject from public.support_tickets $$, array['Checkout is slow'],
  'member reads their organization''s tickets');
select results_eq(
  $$ insert into public.support_tickets (org_id, subject, priority) values (tests.org_id('Acme'), 'Broken form', 'high')
     returning number, status, sla_hours, created_by = tests.get_user_id('member') $$,
  $$ values (2, 'open', 4, true) $$, 'member opens ticket #2, open, with the pro plan''s 4-hour SLA');
select throws_ok(
  $$ insert into public.support_tickets (org_id, subject, status) values (tests.org_id('Acme'), 'Done already', 'resolved') $$,
  '42501', null, 'a new ticket starts open');
select throws_ok(
  $$ insert into public.support_tickets (org_id, subject, assignee_id) values (tests.org_id('Acme'), 'Mine', tests.get_user_id('staff')) $$,
  '42501', null, 'and unassigned');
select throws_ok(
  $$ insert into public.support_tickets (org_id, subject, created_by) values (tests.org_id('Acme'), 'Forged', tests.get_user_id('owner')) $$,
  '42501', null, 'in the caller''s own name');
select results_eq($$ update public.support_tickets set status = 'closed' where subject = 'Broken form' returning status $$,
  array['closed'], 'member closes their own ticket');
select results_eq($$ update public.support_tickets set status = 'open' where subject = 'Broken form' returning status, resolved_at $$,
  $$ values ('open', null::timestamptz) $$, 'and reopens it');
select throws_ok($$ update public.support_tickets set priority = 'urgent' where subject = 'Broken form' $$,
  '42501', 'ticket_change_not_allowed: clients may only close or reopen a ticket', 'member cannot reprioritize');
select throws_ok($$ update public.support_tickets set status = 'resolved' where subject = 'Broken form' $$,
  '42501', 'ticket_change_not_allowed: clients may only close or reopen a ticket', 'member cannot resolve');
select is_empty($$ update public.support_tickets set status = 'closed' where subject = 'Checkout is slow' returning id $$,
  'member cannot close someone else''s ticket');
select is_empty($$ delete from public.support_tickets returning id $$, 'member cannot delete tickets');

-- admin and owner: may close any ticket of the organization
select tests.authenticate_as('admin');
select results_eq($$ select count(*)::int from public.support_tickets $$, array[2], 'admin reads the organization''s tickets');
select results_eq($$ insert into public.support_tickets (org_id, subject) values (tests.org_id('Acme'), 'DNS change') returning number $$,
  array[3], 'admin opens ticket #3');
select results_eq($$ update public.support_tickets set status = 'closed' where subject = 'Checkout is slow' returning status $$,
  array['closed'], 'admin closes a ticket someone else opened');
select throws_ok($$ update public.support_tickets set subject = 'Renamed' where subject = 'Checkout is slow' $$,
  '42501', 'ticket_change_not_allowed: clients may only close or reopen a ticket', 'admin cannot rewrite it');
select is_empty($$ delete from public.support_tickets returning id $$, 'admin cannot delete tickets');
select tests.authenticate_as('owner');
select results_eq($$ select count(*)::int from public.support_tickets $$, array[3], 'owner reads the organization''s tickets');
select lives_ok($$ insert into public.support_tickets (org_id, subject, category) values (tests.org_id('Acme'), 'New page', 'content') $$,
  'owner opens a ticket');
select results_eq($$ update public.support_tickets set status = 'open' where subject = 'Checkout is slow' returning status $$,
  array['open'], 'owner reopens a closed ticket');
select throws_ok($$ update public.support_tickets set status = 'open' where subject = 'DNS change' $$,
  '42501', 'ticket_change_not_allowed: clients may only close or reopen a ticket', 'reopening needs a resolved or closed ticket');
select is_empty($$ delete from public.support_tickets returning id $$, 'owner cannot delete tickets');

-- staff work every organization's tickets
select tests.authenticate_as('staff');
select results_eq($$ select count(*)::int from public.support_tickets $$, array[5], 'staff read every ticket');
select results_eq(
  $$ update public.support_tickets set assignee_id = tests.get_user_id('staff'), status = 'in_progress', priority = 'urgent'
     where subject = 'Checkout is slow' returning status, priority $$,
  $$ values ('in_progress', 'urgent') $$, 'staff assign, prioritize and progress a ticket');
select results_eq($$ update public.support_tickets set status = 'resolved' where subject = 'Checkout is slow' returning resolved_at = now() $$,
  array[true], 'resolving stamps resolved_at');
select throws_ok($$ update public.support_tickets set assignee_id = tests.get_user_id('member') where subject = 'DNS change' $$,
  '23503', null, 'tickets are assigned to staff only');
select results_eq(
  $$ insert into public.support_tickets (org_id, subject, created_by, status) values (tests.org_id('Globex'), 'Called in', tests.get_user_id('stranger'), 'in_progress')
     returning number $$,
  array[2], 'staff open a ticket on a client''s behalf, numbered in that organization');
select results_eq($$ delete from public.support_tickets where subject = 'Called in' returning subject $$, array['Called in'],
  'staff delete a ticket');

-- read-only impersonation of the member: reads as the member, every write refused
select tests.authenticate_as_impersonator('staff', 'member', true);
select results_eq($$ select count(*)::int from public.support_tickets $$, array[4], 'impersonating staff read as the member');
select throws_ok($$ insert into public.support_tickets (org_id, subject) values (tests.org_id('Acme'), 'Shadow') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot open a ticket');
select throws_ok($$ update public.support_tickets set status = 'closed' where subject = 'Broken form' $$,
  '42501', 'impersonation_read_only', 'nor close one');
select is_empty($$ delete from public.support_tickets returning id $$, 'nor delete one');

-- service role (jobs, e-mail intake)
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.support_tickets $$, array[5], 'service role reads every ticket');
select results_eq($$ insert into public.support_tickets (org_id, subject, created_by) values (tests.org_id('Globex'), 'By e-mail', tests.get_user_id('stranger')) returning number $$,
  array[3], 'service role opens a ticket; a deleted ticket''s number is not reused');
select results_eq($$ update public.support_tickets set status = 'waiting_client' where subject = 'By e-mail' returning status $$,
  array['waiting_client'], 'service role updates a ticket');
select lives_ok($$ delete from public.support_tickets where subject = 'By e-mail' $$, 'service role deletes a ticket');

-- numbering and SLA
select tests.clear_authentication();
select results_eq($$ select number from public.support_tickets where org_id = tests.org_id('Acme') order by number $$,
  array[1, 2, 3, 4], 'Acme''s tickets are numbered 1, 2, 3, 4');
select results_eq(
  $$ insert into public.support_tickets (org_id, subject, number, sla_hours) values (tests.org_id('Acme'), 'Forced', 99, 999) returning number, sla_hours $$,
  $$ values (5, 4) $$, 'the number and the SLA are the database''s to set');
update public.organizations set tier = 'free' where id = tests.org_id('Globex');
select results_eq($$ insert into public.support_tickets (org_id, subject) values (tests.org_id('Globex'), 'Free help') returning sla_hours $$,
  array[null::int], 'the free plan promises no response time');
select throws_ok($$ insert into public.support_tickets (org_id, subject, priority) values (tests.org_id('Acme'), 'x', 'whenever') $$,
  '23514', null, 'priority is low, normal, high or urgent');

-- what really changed
select results_eq($$ select subject, status from public.support_tickets where org_id = tests.org_id('Acme') order by number $$,
  $$ values ('Checkout is slow', 'resolved'), ('Broken form', 'open'), ('DNS change', 'open'), ('New page', 'open'), ('Forced', 'open') $$,
  'only the allowed changes were made');

-- server-owned columns: when a ticket was opened is the server's to say (the SLA clock starts there)
select tests.authenticate_as('member');
select results_eq(
  $$ insert into public.support_tickets (org_id, subject, created_at, updated_at)
     values (tests.org_id('Acme'), 'Backdated', now() - interval '30 days', now() - interval '30 days')
     returning created_at = now(), updated_at = now() $$,
  $$ values (true, true) $$, 'a member cannot backdate a ticket');
select tests.authenticate_as('staff');
select results_eq(
  $$ update public.support_tickets set created_at = now() - interval '30 days' where subject = 'Backdated' returning created_at = now() $$,
  array[true], 'nor can anyone move its creation time afterwards');

-- client rules the database holds: reopening within 14 days of resolution, no reply on a finished ticket, and
-- a reply to a ticket waiting on the client hands it back to the agency
select tests.clear_authentication();
insert into public.support_tickets (org_id, subject, created_by, status, resolved_at) values
  (tests.org_id('Acme'), 'Old and done', tests.get_user_id('member'), 'resolved', now() - interval '15 days'),
  (tests.org_id('Acme'), 'Recently done', tests.get_user_id('member'), 'resolved', now() - interval '13 days'),
  (tests.org_id('Acme'), 'Your turn', tests.get_user_id('member'), 'waiting_client', null);
select tests.authenticate_as('member');
select throws_ok($$ update public.support_tickets set status = 'open' where subject = 'Old and done' $$,
  '23514', 'reopen_expired', 'a ticket resolved more than 14 days ago is not reopened');
select results_eq($$ update public.support_tickets set status = 'open' where subject = 'Recently done' returning status $$,
  array['open'], 'one resolved 13 days ago is');
select throws_ok(
  $$ insert into public.ticket_messages (ticket_id, org_id, body)
     select id, org_id, 'Still broken' from public.support_tickets where subject = 'Old and done' $$,
  '23514', 'ticket_closed', 'a client cannot reply on a finished ticket');
select lives_ok(
  $$ insert into public.ticket_messages (ticket_id, org_id, body)
     select id, org_id, 'Here is the access you asked for' from public.support_tickets where subject = 'Your turn' $$,
  'a client replies to a ticket waiting on them');
select results_eq($$ select status from public.support_tickets where subject = 'Your turn' $$, array['open'],
  'which hands it back to the agency');
select tests.authenticate_as('staff');
select lives_ok(
  $$ insert into public.ticket_messages (ticket_id, org_id, body)
     select id, org_id, 'Closing note' from public.support_tickets where subject = 'Old and done' $$,
  'staff may still write on a finished ticket');

select * from finish();
rollback;
