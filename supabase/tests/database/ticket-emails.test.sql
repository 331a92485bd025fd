-- Ticket emails are queued with the change that causes them: a client's new ticket emails every staff member,
-- the agency's public reply and a resolution email the ticket's creator, in the organization's language
-- (staff in their profile's), keyed so each goes once. Internal notes, client replies, refused or rolled-back
-- changes and the service role's own writes queue nothing.
begin;
select plan(19);
select tests.create_personas();
update public.organizations set locale = 'en' where id = tests.org_id('Acme');
update public.profiles set locale = 'en' where id = tests.get_user_id('staff_admin');

-- A ticket as create-ticket opens it: the ticket, then its description, in one transaction.
select tests.authenticate_as('member');
insert into public.support_tickets (org_id, subject) values (tests.org_id('Acme'), 'Checkout is slow');
insert into public.ticket_messages (ticket_id, org_id, body)
  select t.id, t.org_id, 'The cart takes 10 s' from public.support_tickets t where t.subject = 'Checkout is slow';
select tests.clear_authentication();
create function tests.ticket_id(subject text) returns uuid
language sql stable security definer
as $$ select t.id from public.support_tickets t where t.subject = ticket_id.subject $$;

select results_eq(
  $$ select o.to_email, o.template, o.locale, o.org_id = tests.org_id('Acme'),
       o.idempotency_key = 'ticket-new:' || tests.ticket_id('Checkout is slow') || ':' || (o.payload ->> 'staffUserId'),
       (o.payload ->> 'ticketId')::uuid = tests.ticket_id('Checkout is slow')
     from public.email_outbox o order by o.to_email $$,
  $$ values ('staff@arco.test', 'ticket-new', 'pt-BR', true, true, true),
            ('staff_admin@arco.test', 'ticket-new', 'en', true, true, true) $$,
  'a client''s new ticket queues one email per staff member, in their language, keyed by ticket and staff member');
select results_eq(
  $$ select (o.payload ->> 'staffUserId')::uuid from public.email_outbox o order by o.to_email $$,
  $$ values (tests.get_user_id('staff')), (tests.get_user_id('staff_admin')) $$,
  'naming the staff member in the payload');
select is_empty($$ select * from public.email_outbox where template <> 'ticket-new' $$,
  'the client''s own first message queues nothing');

-- A ticket refused by the monthly allowance queues nothing.
insert into public.org_limit_overrides (org_id, limit_key, value, reason) values (tests.org_id('Acme'), 'tickets_per_month', 1, 'test');
select tests.authenticate_as('admin');
select throws_ok($$ insert into public.support_tickets (org_id, subject) values (tests.org_id('Acme'), 'One too many') $$,
  '23514', 'tier_limit_exceeded:tickets_per_month', 'a ticket past the allowance is refused');
select tests.clear_authentication();
select results_eq($$ select count(*)::int from public.email_outbox $$, array[2], 'and queues no email');
delete from public.org_limit_overrides where org_id = tests.org_id('Acme');

-- Tickets staff open for a client, and the service role's (seed, imports), queue nothing.
select tests.authenticate_as('staff');
insert into public.support_tickets (org_id, subject, created_by) values (tests.org_id('Acme'), 'Opened by the agency', tests.get_user_id('member'));
select tests.authenticate_as_service_role();
insert into public.support_tickets (org_id, subject, created_by) values (tests.org_id('Acme'), 'Imported', tests.get_user_id('member'));
select tests.clear_authentication();
insert into public.support_tickets (org_id, subject, created_by) values (tests.org_id('Acme'), 'Seeded', tests.get_user_id('member'));
select results_eq($$ select count(*)::int from public.email_outbox $$, array[2],
  'tickets opened by staff, the service role or the seed queue no staff email');

-- Replies: only the agency's public ones reach the creator.
select tests.authenticate_as('staff');
insert into public.ticket_messages (ticket_id, org_id, body, is_internal)
  values (tests.ticket_id('Checkout is slow'), tests.org_id('Acme'), 'Probably the payment plugin', true);
select tests.clear_authentication();
select is_empty($$ select * from public.email_outbox where template = 'ticket-reply' $$, 'an internal note queues nothing');

select tests.authenticate_as('staff');
insert into public.ticket_messages (ticket_id, org_id, body)
  values (tests.ticket_id('Checkout is slow'), tests.org_id('Acme'), 'We disabled the plugin. Better now?');
select tests.clear_authentication();
select results_eq(
  $$ select o.to_email, o.locale, o.org_id = tests.org_id('Acme'),
       o.idempotency_key = 'ticket-reply:' || m.id, (o.payload ->> 'messageId')::uuid = m.id,
       (o.payload ->> 'ticketId')::uuid = m.ticket_id
     from public.email_outbox o join public.ticket_messages m on m.body = 'We disabled the plugin. Better now?'
     where o.template = 'ticket-reply' $$,
  $$ values ('member@arco.test', 'en', true, true, true, true) $$,
  'a staff member''s public reply queues the creator''s email, keyed by the message');
select ok((select payload::text !~ 'plugin' from public.email_outbox where template = 'ticket-reply'),
  'the payload holds ids, not the reply''s text');

select tests.authenticate_as('member');
insert into public.ticket_messages (ticket_id, org_id, body)
  values (tests.ticket_id('Checkout is slow'), tests.org_id('Acme'), 'Yes, thanks!');
select tests.clear_authentication();
select results_eq($$ select count(*)::int from public.email_outbox where template = 'ticket-reply' $$, array[1],
  'a client''s reply queues nothing');

-- A reply that is rolled back queues nothing.
select tests.authenticate_as('staff');
savepoint before_reply;
insert into public.ticket_messages (ticket_id, org_id, body)
  values (tests.ticket_id('Checkout is slow'), tests.org_id('Acme'), 'Never mind');
rollback to savepoint before_reply;
select tests.clear_authentication();
select results_eq($$ select count(*)::int from public.email_outbox where template = 'ticket-reply' $$, array[1],
  'a rolled-back reply leaves no email');

-- A creator who has left the organization is not emailed.
insert into public.support_tickets (org_id, subject, created_by) values (tests.org_id('Acme'), 'From the admin', tests.get_user_id('admin'));
delete from public.memberships where org_id = tests.org_id('Acme') and user_id = tests.get_user_id('admin');
select tests.authenticate_as('staff');
insert into public.ticket_messages (ticket_id, org_id, body)
  values (tests.ticket_id('From the admin'), tests.org_id('Acme'), 'Done on our side.');
update public.support_tickets set status = 'resolved' where id = tests.ticket_id('From the admin');
select tests.clear_authentication();
select is_empty($$ select * from public.email_outbox where to_email = 'admin@arco.test' $$,
  'nor reply nor resolution reach a creator who left the organization');

-- Resolution: once per resolution, again after a reopen.
select tests.authenticate_as('staff');
update public.support_tickets set status = 'in_progress' where id = tests.ticket_id('Checkout is slow');
select tests.clear_authentication();
select is_empty($$ select * from public.email_outbox where template = 'ticket-resolved' $$,
  'a status change other than resolving queues nothing');
select tests.authenticate_as('staff');
update public.support_tickets set status = 'resolved' where id = tests.ticket_id('Checkout is slow');
select tests.clear_authentication();
select results_eq(
  $$ select o.to_email, o.locale,
       o.idempotency_key = 'ticket-resolved:' || t.id || ':' || floor(extract(epoch from t.resolved_at))::bigint,
       (o.payload ->> 'resolvedAt')::bigint = floor(extract(epoch from t.resolved_at))::bigint
     from public.email_outbox o join public.support_tickets t on t.id = (o.payload ->> 'ticketId')::uuid
     where o.template = 'ticket-resolved' $$,
  $$ values ('member@arco.test', 'en', true, true) $$,
  'resolving queues the creator''s email, keyed by the ticket and the resolution time');

select tests.authenticate_as('staff');
update public.support_tickets set subject = 'Checkout is slow' where id = tests.ticket_id('Checkout is slow');
update public.support_tickets set status = 'resolved' where id = tests.ticket_id('Checkout is slow');
select tests.clear_authentication();
select results_eq($$ select count(*)::int from public.email_outbox where template = 'ticket-resolved' $$, array[1],
  'touching a resolved ticket, or resolving it again, queues nothing more');

-- Reopened by the client, resolved again later: a new resolution, a new email.
select tests.authenticate_as('member');
update public.support_tickets set status = 'open' where id = tests.ticket_id('Checkout is slow');
select tests.clear_authentication();
select tests.authenticate_as('staff');
update public.support_tickets set status = 'resolved', resolved_at = now() + interval '1 hour'
  where id = tests.ticket_id('Checkout is slow');
select tests.clear_authentication();
select results_eq($$ select count(*)::int from public.email_outbox where template = 'ticket-resolved' $$, array[2],
  'a ticket resolved again after a reopen queues a second email');
select results_eq(
  $$ select count(distinct idempotency_key)::int from public.email_outbox where template = 'ticket-resolved' $$,
  array[2], 'under its own key');

-- The service role's changes (imports, tooling) queue nothing.
select tests.authenticate_as_service_role();
update public.support_tickets set status = 'resolved' where id = tests.ticket_id('Imported');
insert into public.ticket_messages (ticket_id, org_id, author_id, body)
  values (tests.ticket_id('Imported'), tests.org_id('Acme'), tests.get_user_id('staff'), 'Imported reply');
select tests.clear_authentication();
select is_empty(
  $$ select * from public.email_outbox where (payload ->> 'ticketId')::uuid = tests.ticket_id('Imported') $$,
  'the service role''s replies and resolutions queue nothing');

-- Nobody calls the trigger functions directly.
select ok(
  not has_function_privilege('authenticated', 'private.queue_ticket_reply_email()', 'execute')
    and not has_function_privilege('authenticated', 'private.queue_ticket_resolved_email()', 'execute')
    and not has_function_privilege('authenticated', 'private.queue_ticket_new_email()', 'execute'),
  'the trigger functions are not executable by signed-in users');

select * from finish();
rollback;
