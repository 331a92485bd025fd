-- Invitation emails are queued with the invitation, in its transaction: one per invitation a signed-in
-- owner or admin sends (a resend is a new invitation, so a new email), in the organization's language, keyed
-- so it is sent once; none for an invitation that was refused, and none for the service role's own writes.
begin;
select plan(9);
select tests.create_personas();
update public.organizations set locale = 'en' where id = tests.org_id('Acme');

select tests.authenticate_as('admin');
insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Acme'), 'dev@example.com', repeat('a', 64));
select tests.clear_authentication();
select results_eq(
  $$ select o.to_email, o.template, o.locale, o.status, o.payload ->> 'role', o.org_id = i.org_id,
       o.idempotency_key = 'invitation:' || i.id, (o.payload ->> 'invitationId')::uuid = i.id
     from public.email_outbox o join public.invitations i on i.email = 'dev@example.com' $$,
  $$ values ('dev@example.com', 'invitation', 'en', 'queued', 'member', true, true, true) $$,
  'an admin''s invitation queues its email, in the organization''s language, keyed by the invitation');
select ok((select payload::text !~ repeat('a', 64) from public.email_outbox), 'the email row holds no token');

-- resending: the old invitation goes, a new one (new id) comes with a new email
select tests.authenticate_as('admin');
delete from public.invitations where email = 'dev@example.com';
insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Acme'), 'dev@example.com', repeat('b', 64));
select tests.clear_authentication();
select results_eq($$ select count(*)::int from public.email_outbox where to_email = 'dev@example.com' $$, array[2],
  'a resend queues a second email');
select results_eq(
  $$ select count(*)::int from public.email_outbox o join public.invitations i on o.idempotency_key = 'invitation:' || i.id $$,
  array[1], 'keyed by the new invitation');

-- refused invitations queue nothing
select tests.authenticate_as('admin');
select throws_ok(
  $$ insert into public.invitations (org_id, email, role, token_hash) values (tests.org_id('Acme'), 'boss@example.com', 'admin', repeat('c', 64)) $$,
  '42501', 'protected_column:role', 'an admin cannot invite an admin');
select throws_ok(
  $$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Acme'), 'member@arco.test', repeat('d', 64)) $$,
  '23505', 'already_member', 'nor invite a member');
select tests.clear_authentication();
insert into public.org_limit_overrides (org_id, limit_key, value, reason) values (tests.org_id('Acme'), 'team_members', 4, 'test');
select tests.authenticate_as('owner');
select throws_ok(
  $$ insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Acme'), 'fifth@example.com', repeat('e', 64)) $$,
  '23514', 'tier_limit_exceeded:team_members', 'a fifth seat is refused');
select tests.clear_authentication();
select results_eq($$ select count(*)::int from public.email_outbox $$, array[2], 'and none of them queued an email');

-- the service role's own invitations (seed, imports, tooling) queue nothing
select tests.authenticate_as_service_role();
insert into public.invitations (org_id, email, token_hash) values (tests.org_id('Globex'), 'ops@example.com', repeat('f', 64));
select tests.clear_authentication();
select is_empty($$ select * from public.email_outbox where to_email = 'ops@example.com' $$,
  'the service role''s invitation queues no email');

select * from finish();
rollback;
